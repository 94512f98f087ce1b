/**
 * `/embed/{chart}/oembed.json`: the oEmbed record of an embed page (type
 * `rich`: the `<iframe>`, its size, the chart's title and who provides it),
 * linked from the page's `<link rel="alternate" type="application/json+oembed">`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fill } from '../../../../lib/text/fill.ts';
import { langParam, LOCALE_CODES } from '../../../../i18n/locales.ts';
import { CHART_IDS, isChartId } from '../../../../lib/charts/definitions.ts';
import { oembedRecord } from '../../../../lib/publish/embed.ts';

export const getStaticPaths = (() =>
  LOCALE_CODES.flatMap((locale) =>
    CHART_IDS.map((chart) => ({ params: { lang: langParam(locale), chart } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals }) => {
  const id = params.chart ?? '';
  if (!isChartId(id)) throw new Error(`/embed/${id}/oembed.json: unknown chart`);
  const { charts, t, routes, model } = locals.edition;
  const chart = charts.get(id)!;
  const record = oembedRecord({
    title: chart.text.title,
    providerName: model.story.siteName,
    providerUrl: routes.absolute(),
    frame: {
      src: routes.full(routes.embed(id)),
      title: fill(t.embed.frameTitle, { title: chart.text.title }),
      height: chart.embed.height,
    },
  });
  return new Response(`${JSON.stringify(record, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
