/**
 * `/data/{chart}.svg` (and under each edition's prefix): a chart as a
 * self-contained SVG file, in the light theme, with its title and source in
 * the image (src/components/charts/standalone-svg.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../../components/charts/standalone-svg.ts';
import { chartFor, chartPaths } from '../../../data/edition.ts';

export const getStaticPaths: GetStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { id } = chartFor(locals.edition, params.chart, `/data/${params.chart}.svg`);
  return new Response(await standaloneSvg(locals.edition, id), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
