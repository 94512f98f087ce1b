/**
 * What the smoke tests read from a rendered page, as self-contained functions
 * that run inside the browser (any engine: they are serialised, so they use
 * nothing from outside their own body). They know the site only through
 * generic markup: <main>, headings, `figure` with an `svg`, `section[id]`.
 */
import type { EnginePage } from './engines.ts';

/** One rendered page, as the smoke tests see it. */
export interface PageReport {
  /** `document.documentElement.scrollWidth` and `clientWidth` (the viewport minus a classic scrollbar). */
  scrollWidth: number;
  clientWidth: number;
  /** Elements sticking out past the right or left edge, outside any box that scrolls or clips them. */
  overflowing: string[];
  /** Headings (h1–h3) of <main> that a reader could see, and those that should show but do not. */
  headings: number;
  hiddenHeadings: string[];
  /** Every figure holding an SVG: its visible SVGs, their labels, and the labels that are not legible. */
  charts: { id: string; visibleSvgs: number; labels: number; badLabels: string[] }[];
  /** The ids of `section[id]` in <main> (the story's sections). */
  sections: string[];
  /** `data-theme` on <html> (set by the page's script) and the page's background and text colours. */
  theme: string | null;
  background: string;
  color: string;
}

/** What the checks below share, installed on `window` by `installPageTools` (each check runs on its own). */
export interface PageTools {
  /** `[r, g, b, a]` of a computed `rgb()`/`rgba()` colour, or null. */
  parseColor(value: string): [number, number, number, number] | null;
  /** WCAG contrast ratio of two colours. */
  contrast(a: number[], b: number[]): number;
  /** The colour painted behind an element: the nearest opaque background up the tree. */
  backgroundOf(el: Element | null): number[];
  isShown(el: Element): boolean;
  /** `<tag#id.class> "text"`, for messages. */
  describe(el: Element): string;
  /** Content a reader opens by hand (closed <details>, popovers) or meant for screen readers only. */
  intentionallyHidden(el: Element): boolean;
}

declare global {
  interface Window {
    __pageTools?: PageTools;
  }
}

/** Installs the shared helpers of the checks on `window` (runs in the page). */
export function installPageTools(): void {
  const parseColor = (value: string): [number, number, number, number] | null => {
    const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value.trim());
    return match
      ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])]
      : null;
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R = 0, G = 0, B = 0] = [r, g, b].map((c) => {
      const s = (c ?? 0) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  window.__pageTools = {
    parseColor,
    contrast: (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    },
    backgroundOf: (el) => {
      for (let node = el; node; node = node.parentElement) {
        const color = parseColor(getComputedStyle(node).backgroundColor);
        if (color && color[3] > 0.5) return color;
      }
      return [255, 255, 255];
    },
    isShown: (el) => {
      if ('checkVisibility' in el) return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
      return (el as HTMLElement).offsetParent !== null;
    },
    describe: (el) => {
      const text = el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 50) ?? '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/)[0]}` : '';
      return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}> "${text}"`;
    },
    intentionallyHidden: (el) =>
      el.closest('details:not([open]) > :not(summary), [popover]:not(:popover-open), dialog:not([open]), .sr-only') !==
      null,
  };
}

/** Sideways scroll: what sticks out, ignoring what sits inside a box that scrolls or clips it (runs in the page). */
export function overflowReport(): Pick<PageReport, 'scrollWidth' | 'clientWidth' | 'overflowing'> {
  if (!window.__pageTools) throw new Error('installPageTools has not run on this page');
  const { isShown, describe } = window.__pageTools;
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const clipped = (el: Element) => {
    for (let node = el.parentElement; node && node !== document.body && node !== root; node = node.parentElement) {
      const overflowX = getComputedStyle(node).overflowX;
      if (overflowX !== 'visible') return true;
    }
    return false;
  };
  const overflowing: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const right = box.right + window.scrollX;
    const left = box.left + window.scrollX;
    if ((right > clientWidth + 0.5 || left < -0.5) && !clipped(el) && isShown(el)) {
      overflowing.push(`${describe(el)} ${Math.round(left)}–${Math.round(right)} px`);
    }
  }
  return { scrollWidth: root.scrollWidth, clientWidth, overflowing };
}

/** The headings of <main> a reader can see, those that should show but do not, and the sections (runs in the page). */
export function headingReport(): Pick<PageReport, 'headings' | 'hiddenHeadings' | 'sections'> {
  if (!window.__pageTools) throw new Error('installPageTools has not run on this page');
  const { parseColor, contrast, backgroundOf, isShown, describe, intentionallyHidden } = window.__pageTools;
  const clientWidth = document.documentElement.clientWidth;
  const main = document.querySelector('main');
  const headingElements = main ? [...main.querySelectorAll('h1, h2, h3')] : [];
  const hiddenHeadings: string[] = [];
  let headings = 0;
  for (const heading of headingElements) {
    if (intentionallyHidden(heading)) continue;
    const box = heading.getBoundingClientRect();
    const color = parseColor(getComputedStyle(heading).color);
    const problems = [];
    if (!isShown(heading) || box.width < 2 || box.height < 2) problems.push('not rendered');
    if (box.left + window.scrollX < -0.5 || box.right + window.scrollX > clientWidth + 0.5) problems.push('off-screen');
    if (color && contrast(color, backgroundOf(heading)) < 3) problems.push('no contrast');
    if (problems.length > 0) hiddenHeadings.push(`${describe(heading)}: ${problems.join(', ')}`);
    else headings += 1;
  }
  const sections = main ? [...main.querySelectorAll('section[id]')].map((s) => s.id) : [];
  return { headings, hiddenHeadings, sections };
}

/** Every figure holding an SVG: its visible SVGs, their labels, and the labels that are not legible (runs in the page). */
export function chartReport(): PageReport['charts'] {
  if (!window.__pageTools) throw new Error('installPageTools has not run on this page');
  const { parseColor, contrast, backgroundOf, isShown, describe } = window.__pageTools;
  const pageBackground = backgroundOf(document.documentElement);
  return [...document.querySelectorAll('figure')]
    .filter((figure) => figure.querySelector('svg') !== null)
    .map((figure, index) => {
      const svgs = [...figure.querySelectorAll('svg')].filter((svg) => {
        const box = svg.getBoundingClientRect();
        return isShown(svg) && box.width > 0 && box.height > 0;
      });
      let labels = 0;
      const badLabels: string[] = [];
      for (const svg of svgs) {
        const frame = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          if (!text.textContent?.trim()) continue;
          labels += 1;
          const box = text.getBoundingClientRect();
          const style = getComputedStyle(text);
          const fill = parseColor(style.fill);
          const problems = [];
          if (!isShown(text) || box.width < 1 || box.height < 1) problems.push('not rendered');
          // Cut off by the SVG's edge (charts clip with overflow: hidden). Across, the box is the advance
          // width: allow a pixel of anti-aliasing. Down, it is the font's whole line box, which reaches past
          // the glyphs, so only a label losing more than a quarter of its height counts.
          const shownHeight = Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top);
          if (box.left < frame.left - 1 || box.right > frame.right + 1 || shownHeight < box.height * 0.75)
            problems.push(
              `cut off: ${Math.round(box.left - frame.left)},${Math.round(box.top - frame.top)} ${Math.round(box.width)}×${Math.round(box.height)} in ${Math.round(frame.width)}×${Math.round(frame.height)}`,
            );
          if (!fill || fill[3] === 0 || Number(style.fillOpacity) === 0) problems.push(`no fill (${style.fill})`);
          else if (contrast(fill, pageBackground) < 3)
            problems.push(`fill ${style.fill} too faint on the page background`);
          if (problems.length > 0) badLabels.push(`${describe(text)}: ${problems.join(', ')}`);
        }
      }
      return {
        id: figure.id || figure.dataset.chart || `figure ${index + 1}`,
        visibleSvgs: svgs.length,
        labels,
        badLabels,
      };
    });
}

/** `data-theme` on <html> and the page's background and text colours (runs in the page). */
export function themeReport(): Pick<PageReport, 'theme' | 'background' | 'color'> {
  const root = document.documentElement;
  const rootStyle = getComputedStyle(root);
  return { theme: root.dataset.theme ?? null, background: rootStyle.backgroundColor, color: rootStyle.color };
}

/** Inspects the page in view: overflow, headings, charts, theme; each check runs in the page in turn. */
export async function inspectPage(browser: Pick<EnginePage, 'evaluate'>): Promise<PageReport> {
  await browser.evaluate(installPageTools);
  return {
    ...(await browser.evaluate(overflowReport)),
    ...(await browser.evaluate(headingReport)),
    charts: await browser.evaluate(chartReport),
    ...(await browser.evaluate(themeReport)),
  };
}

/** Where a section sits after opening its `/#slug` link (runs in the page). */
export function sectionPosition(id: string) {
  const section = document.getElementById(id);
  const root = document.documentElement;
  return {
    found: section !== null,
    top: section ? section.getBoundingClientRect().top : NaN,
    viewportHeight: window.innerHeight,
    atBottom: Math.ceil(window.scrollY + window.innerHeight) >= root.scrollHeight - 1,
    targeted: section?.matches(':target') ?? false,
  };
}
