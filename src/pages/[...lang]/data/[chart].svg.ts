/**
 * `/data/{chart}.svg` (and under each edition's prefix): a chart as a
 * self-contained SVG file, in the light theme, with its title and source in
 * the image (src/components/charts/standalone-svg.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { standaloneSvg } from '../../../components/charts/standalone-svg.ts';
import { langParam, LOCALE_CODES } from '../../../i18n/locales.ts';
import { CHART_IDS, isChartId } from '../../../lib/charts/definitions.ts';

export const getStaticPaths: GetStaticPaths = () =>
  LOCALE_CODES.flatMap((locale) => CHART_IDS.map((chart) => ({ params: { lang: langParam(locale), chart } })));

export const GET: APIRoute = async ({ params, locals }) => {
  const id = params.chart ?? '';
  if (!isChartId(id)) throw new Error(`/data/${id}.svg: unknown chart`);
  return new Response(await standaloneSvg(locals.edition, id), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
