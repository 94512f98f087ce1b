/** `/data/<chart>.csv`: the numbers behind each chart, made at build time from the fact book. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../data/story.ts';
import { CHART_IDS, chartCsv, isChartId } from '../../lib/charts/registry.ts';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = async ({ params }) => {
  const id = params.chart ?? '';
  if (!isChartId(id)) throw new Error(`/data/${id}.csv: unknown chart`);
  const { facts } = await loadStory();
  return new Response(chartCsv(id, facts), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
