/** `/data/<chart>.csv`: the numbers behind each chart, made at build time from the fact book. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFor, chartPaths } from '../../../data/edition.ts';

export const getStaticPaths: GetStaticPaths = chartPaths;

export const GET: APIRoute = ({ params, locals }) => {
  const chart = chartFor(locals.edition, params.chart, `/data/${params.chart}.csv`);
  return new Response(chart.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
