/**
 * What the tools under a chart offer: the code that embeds it in another site
 * and its citation as text and BibTeX. Knows nothing about Astro.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import { chartBibtex, chartCitation, type CitationSource } from './citation.ts';
import { embedCode } from './embed.ts';
import type { Formatter } from '../text/format.ts';
import type { Routes } from '../site/routes.ts';

/** A chart as its tools need it. */
export interface ToolChart {
  id: string;
  text: { title: string };
  /** The embed's published height. */
  embed: { height: number };
}

/** The embed code and citations of one chart. */
export interface ChartToolsText {
  /** The `<iframe>` and auto-height script to paste into another page. */
  embedCode: string;
  /** The citation as plain text. */
  citation: string;
  /** The citation as BibTeX. */
  bibtex: string;
}

/** A chart's embed code (absolute URLs) and its citations. */
export function chartToolsText(
  chart: ToolChart,
  { t, fmt, routes, citation }: { t: UiStrings; fmt: Formatter; routes: Routes; citation: CitationSource },
): ChartToolsText {
  const { id, text } = chart;
  const embedUrl = routes.full(routes.embed(id));
  const cited = { id, title: text.title, url: embedUrl };
  const words = { t, fmt };
  return {
    embedCode: embedCode({
      src: embedUrl,
      title: fill(t.embed.frameTitle, { title: text.title }),
      height: chart.embed.height,
      script: routes.full(routes.embedScript()),
    }),
    citation: chartCitation(citation, cited, words),
    bibtex: chartBibtex(citation, cited, words),
  };
}
