/**
 * `/embed/{chart}/oembed.json`: the oEmbed record of an embed page (type
 * `rich`: the `<iframe>`, its size, the chart's title and who provides it),
 * linked from the page's `<link rel="alternate" type="application/json+oembed">`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fill } from '../../../../lib/text/fill.ts';
import { chartFor, chartPaths } from '../../../../data/edition.ts';
import { oembedRecord } from '../../../../lib/publish/embed.ts';

export const getStaticPaths = chartPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals }) => {
  const { t, routes, model } = locals.edition;
  const chart = chartFor(locals.edition, params.chart, `/embed/${params.chart}/oembed.json`);
  const { id } = chart;
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
