/**
 * A chart as a file of its own (the SVG and PNG downloads): the chart laid out
 * as on the page, framed with its title above and its source below, and its
 * paint taken out of the site's stylesheets and written onto each element in
 * the light theme's colours, so the file needs no stylesheet and no CSS
 * variable to look as it does on the page.
 *
 * Pure string and number work: the stylesheets come in as text (the caller
 * reads `src/styles/tokens.css`, `base.css` and `charts.css`), and the SVG comes in as the
 * markup `ChartSvg.astro` rendered. Knows nothing about Astro or files.
 */
import { breakTokens } from '../text/phrases.ts';
import { makeLabel, round, type Label } from './geometry.ts';

/** Space around the chart and between its parts, in SVG units. */
export const FRAME = {
  /** Margin on every side. */
  padding: 16,
  /** Title size (bold), a little larger than the chart's 14-unit labels. */
  titleSize: 17,
  /** Source-line size. */
  sourceSize: 11,
  /** Between the title and the chart, and between the chart and the source. */
  gap: 12,
} as const;

/** Width every PNG download is rendered at, in pixels. */
export const PNG_WIDTH = 1200;

/** The frame around a chart in its standalone file. */
export interface StandaloneFrame {
  /** Size of the whole image, in SVG units. */
  width: number;
  height: number;
  /** Where the chart's own drawing starts. */
  chartX: number;
  chartY: number;
  /** The title, one label per line. */
  head: Label[];
  /** The source line and the credit, one label per line. */
  foot: Label[];
}

/** What a frame is made from: the chart's size and the words around it. */
interface FrameInput {
  /** The chart's laid-out size. */
  width: number;
  height: number;
  /** The chart's title. */
  title: string;
  /** Its source line. */
  source: string;
  /** Who made it and where it lives: "NEV Explainer · https://…". */
  credit: string;
}

/** True for a character of a script written without spaces between words (Chinese, Japanese). */
function isCjk(char: string): boolean {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char);
}

/** Estimated width of a line: the page's estimate, with a full em for each CJK character. */
export function frameTextWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += isCjk(char) ? 1 : 0;
  const rest = [...text].filter((char) => !isCjk(char)).join('');
  const latin = makeLabel(rest, 0, 0, size).box.width;
  // Bold faces run about a tenth wider.
  return (ems * size + latin) * (bold ? 1.1 : 1);
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, and in Chinese
 * (which has no spaces to break at) between BudouX phrases, never inside one.
 */
export function wrapText(text: string, size: number, maxWidth: number, bold = false): string[] {
  const tokens = breakTokens(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const next = `${line}${token}`;
    if (line.trim() && frameTextWidth(next, size, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Lays out the frame: title lines, the chart below them, then the source and the credit. */
export function layoutFrame(input: FrameInput): StandaloneFrame {
  const { padding, titleSize, sourceSize, gap } = FRAME;
  const width = input.width + 2 * padding;
  const textWidth = input.width;
  const titleLine = Math.round(titleSize * 1.3);
  const sourceLine = Math.round(sourceSize * 1.4);
  const head = wrapText(input.title, titleSize, textWidth, true).map((line, i) =>
    makeLabel(line, padding, padding + titleSize * 0.95 + i * titleLine, titleSize, { tone: 'strong' }),
  );
  const chartY = padding + head.length * titleLine + gap;
  const footTop = chartY + input.height + gap;
  const footLines = [
    ...wrapText(input.source, sourceSize, textWidth),
    ...wrapText(input.credit, sourceSize, textWidth),
  ];
  const foot = footLines.map((line, i) =>
    makeLabel(line, padding, footTop + sourceSize * 0.95 + i * sourceLine, sourceSize, { tone: 'muted' }),
  );
  const height = Math.ceil(footTop + footLines.length * sourceLine + padding - (sourceLine - sourceSize));
  return { width, height, chartX: padding, chartY: round(chartY), head, foot };
}

/** The PNG's size: `PNG_WIDTH` wide, the frame's proportions kept. */
export function pngSize(frame: Pick<StandaloneFrame, 'width' | 'height'>): { width: number; height: number } {
  return { width: PNG_WIDTH, height: Math.round((frame.height * PNG_WIDTH) / frame.width) };
}

// ---------------------------------------------------------------------------
// Paint: the site's chart styles, resolved to the light theme's colours.

/** SVG paint properties copied from the stylesheet onto elements; layout properties stay behind. */
const PAINT_PROPERTIES = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-dasharray',
  'paint-order',
  'font-weight',
  'font-variant-numeric',
]);

/** One declaration. */
interface Declaration {
  property: string;
  value: string;
}

/** A rule of the chart stylesheet that paints SVG elements: the classes it applies to and what it sets. */
interface PaintRule {
  /** Class names it matches (a selector list of single classes). */
  classes: string[];
  declarations: Declaration[];
}

/**
 * The light palette: the custom properties of the first `:root { … }` block of
 * tokens.css, each `light-dark(light, dark)` pair read as its light half.
 */
export function lightPalette(tokensCss: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1];
  if (!block) throw new Error('tokens.css: no :root { … } block with the palette');
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => {
      const value = m[2]!.trim();
      const pair = /^light-dark\(\s*([^,]+?)\s*,/.exec(value);
      return [m[1]!, pair ? pair[1]! : value] as [string, string];
    }),
  );
}

/** The page's font stack (the `font-family` of `html` in base.css), for the text in the files. */
export function fontStack(baseCss: string): string {
  const stack = /\bhtml\s*\{[^}]*?font-family:\s*([^;]+);/.exec(baseCss)?.[1];
  if (!stack) throw new Error('base.css: no font-family on html');
  return stack.replace(/\s+/g, ' ').trim();
}

/** `#rgb` or `#rrggbb` as three channels, 0–255. */
function hexChannels(hex: string): [number, number, number] {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Channels as `#rrggbb`. */
function toHex(channels: readonly number[]): string {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Resolves `var(--x)` from the palette and `color-mix(in srgb, A p%, B)` to a
 * hex colour, as a browser computes it for opaque colours.
 */
export function resolveValue(value: string, palette: Readonly<Record<string, string>>): string {
  let resolved = value.replace(/var\(\s*(--[\w-]+)\s*\)/g, (_, name: string) => {
    const found = palette[name];
    if (found === undefined) throw new Error(`chart styles: ${name} is not in the light palette`);
    return found;
  });
  resolved = resolved.replace(
    /color-mix\(\s*in srgb\s*,\s*(#[0-9a-f]{3,6})\s+([\d.]+)%\s*,\s*(#[0-9a-f]{3,6})\s*\)/gi,
    (_, a: string, share: string, b: string) => {
      const p = Number(share) / 100;
      const [ca, cb] = [hexChannels(a), hexChannels(b)];
      return toHex(ca.map((channel, i) => channel * p + cb[i]! * (1 - p)));
    },
  );
  if (/var\(|color-mix\(/.test(resolved)) throw new Error(`chart styles: cannot resolve "${value}"`);
  return resolved;
}

/**
 * The rules of the chart stylesheet that paint SVG elements, in source order,
 * with colours resolved: rules whose selectors are all single `.chart-…`
 * classes, keeping only paint properties.
 */
export function chartPaintRules(chartsCss: string, palette: Readonly<Record<string, string>>): PaintRule[] {
  const css = chartsCss.replace(/\/\*[\s\S]*?\*\//g, '');
  // Only top-level rules: @media blocks (print) are left out.
  const topLevel = css.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*[^{}]*\}/g, '');
  const rules: PaintRule[] = [];
  for (const match of topLevel.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const selectors = match[1]!.split(',').map((sel) => sel.trim());
    if (!selectors.every((sel) => /^\.chart-[\w-]+$/.test(sel))) continue;
    const declarations = [...match[2]!.matchAll(/([\w-]+)\s*:\s*([^;]+);?/g)]
      .map((m) => ({ property: m[1]!, value: m[2]!.trim() }))
      .filter((d) => PAINT_PROPERTIES.has(d.property))
      .map((d) => ({ ...d, value: resolveValue(d.value, palette) }));
    if (declarations.length > 0) rules.push({ classes: selectors.map((sel) => sel.slice(1)), declarations });
  }
  return rules;
}

/** The declarations that apply to an element with these classes (later rules win, as in the cascade). */
export function paintFor(classes: readonly string[], rules: readonly PaintRule[]): Declaration[] {
  const applied = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.classes.some((name) => classes.includes(name))) continue;
    for (const { property, value } of rule.declarations) {
      applied.delete(property);
      applied.set(property, value);
    }
  }
  return [...applied].map(([property, value]) => ({ property, value }));
}

/**
 * Writes each classed element's paint into a `style` attribute (before any
 * style it already has, which wins), so the SVG looks right with no stylesheet.
 */
export function inlinePaint(svg: string, rules: readonly PaintRule[]): string {
  return svg.replace(
    /<([a-zA-Z][\w-]*)((?:\s[^>]*?)?)(\/?)>/g,
    (whole, tag: string, attributes: string, slash: string) => {
      const classList = /\sclass="([^"]*)"/.exec(attributes)?.[1];
      if (classList === undefined) return whole;
      const declarations = paintFor(classList.split(/\s+/).filter(Boolean), rules);
      if (declarations.length === 0) return whole;
      const style = declarations.map(({ property, value }) => `${property}:${value}`).join(';');
      const own = attributes.trimEnd();
      const existing = /\sstyle="([^"]*)"/.exec(own);
      const merged = existing
        ? own.replace(existing[0], ` style="${style};${existing[1]}"`)
        : `${own} style="${style}"`;
      return `<${tag}${merged}${slash ? ' /' : ''}>`;
    },
  );
}
