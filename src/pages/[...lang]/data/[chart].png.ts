/**
 * `/data/{chart}.png` (and under each edition's prefix): a chart as a PNG
 * about 1200 px wide, rasterised at build time from the chart's SVG file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { standalonePng } from '../../../components/charts/standalone-svg.ts';
import { chartFor, chartPaths } from '../../../data/edition.ts';

export const getStaticPaths: GetStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { id } = chartFor(locals.edition, params.chart, `/data/${params.chart}.png`);
  return new Response(await standalonePng(locals.edition, id), { headers: { 'Content-Type': 'image/png' } });
};
