/** `/data/<chart>.csv`: the numbers behind each chart, made at build time from the fact book. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIn, pathsOfEditions } from '../../../data/edition.ts';

export const getStaticPaths = (() =>
  pathsOfEditions((edition) =>
    [...edition.charts.values()].map(({ id }) => ({ params: { chart: id }, props: {} })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals }) => {
  const chart = chartIn(locals.edition, params.chart, `data/${params.chart}.csv`);
  return new Response(chart.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
