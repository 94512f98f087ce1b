/**
 * Chart embeds: the code a reader pastes into another site, the oEmbed record
 * that describes it, and the height the frame needs without the auto-height
 * script (estimated from the chart's words and size, on the wide side, at a
 * narrow and a wide frame).
 *
 * The height estimate follows the embed page's own CSS (src/pages/[...lang]/embed/[chart]/index.astro
 * and src/layouts/Embed.astro use the sizes in `EMBED_METRICS`); the browser
 * tests check it against real frames. Pure: knows nothing about Astro, files
 * or the content.
 */
import { wrapText } from '../charts/standalone.ts';

/** Sizes of the embed page, in CSS pixels: its CSS uses these numbers. */
export const EMBED_METRICS = {
  /** Padding of the page on every side. */
  padding: 12,
  /** The chart title: size and line height. */
  title: { size: 17, line: 22.1 },
  /** The takeaway under the title. */
  takeaway: { size: 16, line: 23.2, above: 4 },
  /** Space between the caption and the drawing. */
  captionGap: 12,
  /** The drawing's widest size (as on the story page). */
  chartMaxWidth: 440,
  /** The source line. */
  source: { size: 14, line: 20.3, above: 8 },
  /** The closed "Show data" line. */
  data: { line: 24, above: 8 },
  /** The "From: story" line. */
  from: { size: 14, line: 20.3, above: 8 },
} as const;

/** Frame widths the published height must fit: a phone (a 320 px screen less margins) and a wide column. */
export const EMBED_WIDTHS = { narrow: 288, wide: 640 } as const;

/** What the height of an embed depends on. */
interface EmbedContent {
  /** The chart's laid-out size (its viewBox). */
  width: number;
  height: number;
  title: string;
  takeaway: string;
  source: string;
  /** The "From: …" line as shown. */
  from: string;
}

/** How many lines a text takes at a width (breaks at spaces, or between CJK characters). */
export function lineCount(text: string, size: number, width: number, bold = false): number {
  return wrapText(text, size, width, bold).length;
}

/** Estimated height of the embed page in a frame `frameWidth` pixels wide. */
export function embedHeightAt(content: EmbedContent, frameWidth: number): number {
  const m = EMBED_METRICS;
  const inner = frameWidth - 2 * m.padding;
  const chartWidth = Math.min(inner, m.chartMaxWidth);
  const height =
    2 * m.padding +
    lineCount(content.title, m.title.size, inner, true) * m.title.line +
    m.takeaway.above +
    lineCount(content.takeaway, m.takeaway.size, inner) * m.takeaway.line +
    m.captionGap +
    (chartWidth * content.height) / content.width +
    m.source.above +
    lineCount(content.source, m.source.size, inner) * m.source.line +
    m.data.above +
    m.data.line +
    m.from.above +
    lineCount(content.from, m.from.size, inner) * m.from.line;
  return Math.ceil(height);
}

/** The heights an embed needs at a narrow and a wide frame, and the one we publish (enough for both). */
export interface EmbedHeights {
  narrow: number;
  wide: number;
  /** The `height` of the embed code and of the oEmbed record. */
  height: number;
}

/**
 * Room added to the estimate: the reader's fonts are not ours (a Chinese face's
 * line boxes run taller than the Latin metrics above), and a frame cut short
 * hides the source line.
 */
export const EMBED_SAFETY = 24;

/** The published height: the taller of the narrow and wide estimates, plus the safety room, rounded up to ten pixels. */
export function embedHeights(content: EmbedContent): EmbedHeights {
  const narrow = embedHeightAt(content, EMBED_WIDTHS.narrow);
  const wide = embedHeightAt(content, EMBED_WIDTHS.wide);
  return { narrow, wide, height: Math.ceil((Math.max(narrow, wide) + EMBED_SAFETY) / 10) * 10 };
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What the embed code is made of. */
interface EmbedCodeInput {
  /** Absolute URL of the embed page. */
  src: string;
  /** The frame's title, for screen readers. */
  title: string;
  /** Its height without the script, in pixels. */
  height: number;
  /** Absolute URL of the auto-height script; omitted for the oEmbed HTML. */
  script?: string;
}

/** The `<iframe>` that shows a chart on another site. */
function embedFrame({ src, title, height }: EmbedCodeInput): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `style="width:100%;height:${height}px;border:0"></iframe>`
  );
}

/** The embed code: the `<iframe>`, and the optional auto-height script on a line of its own. */
export function embedCode(input: EmbedCodeInput): string {
  const frame = embedFrame(input);
  return input.script ? `${frame}\n<script src="${escapeAttribute(input.script)}" async></script>` : frame;
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/, section 2.3.4). */
interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  /** The `<iframe>` alone: consumers strip scripts, and the frame needs none. */
  html: string;
  width: number;
  height: number;
}

/** The oEmbed record of one embed page. */
export function oembedRecord(input: {
  title: string;
  providerName: string;
  providerUrl: string;
  frame: EmbedCodeInput;
}): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: embedFrame(input.frame),
    width: EMBED_WIDTHS.wide,
    height: input.frame.height,
  };
}

/** The message the embed page posts to its parent with its height, and the one a host sends to ask for it. */
export const EMBED_MESSAGES = { height: 'nev-explainer:embed-height', ask: 'nev-explainer:embed-ask' } as const;
