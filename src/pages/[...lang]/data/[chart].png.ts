/**
 * `/data/{chart}.png` (and under each edition's prefix): a chart as a PNG
 * about 1200 px wide, rasterised at build time from the chart's SVG file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { standalonePng } from '../../../components/charts/standalone-svg.ts';
import { langParam, LOCALE_CODES } from '../../../i18n/locales.ts';
import { CHART_IDS, isChartId } from '../../../lib/charts/definitions.ts';

export const getStaticPaths: GetStaticPaths = () =>
  LOCALE_CODES.flatMap((locale) => CHART_IDS.map((chart) => ({ params: { lang: langParam(locale), chart } })));

export const GET: APIRoute = async ({ params, locals }) => {
  const id = params.chart ?? '';
  if (!isChartId(id)) throw new Error(`/data/${id}.png: unknown chart`);
  return new Response(await standalonePng(locals.edition, id), { headers: { 'Content-Type': 'image/png' } });
};
