/** `/data/<chart>.csv`: the numbers behind each chart, made at build time from the fact book. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, isChartId } from '../../../lib/charts/definitions.ts';
import { langParam, LOCALE_CODES } from '../../../i18n/locales.ts';

export const getStaticPaths: GetStaticPaths = () =>
  LOCALE_CODES.flatMap((locale) => CHART_IDS.map((chart) => ({ params: { lang: langParam(locale), chart } })));

export const GET: APIRoute = ({ params, locals }) => {
  const id = params.chart ?? '';
  if (!isChartId(id)) throw new Error(`/data/${id}.csv: unknown chart`);
  const chart = locals.edition.charts.get(id)!;
  return new Response(chart.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
