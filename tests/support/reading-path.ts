/**
 * The story's reading path, measured from the built HTML: what a reader sees
 * from the headline to the end of the last section, counted in words (English,
 * German: `Intl.Segmenter` word segments) or Han characters (Chinese).
 * Deterministic: parse5 parses the page as a browser does, no browser runs.
 *
 * What counts is what Chromium renders visibly with every `<details>` closed,
 * in document order from `h1.story-headline` to the end of the last
 * `section.story-section`:
 * - a closed `<details>` shows only its `<summary>`: the rest is skipped;
 * - not rendered, so skipped: `[hidden]`, a closed `[popover]` (the glossary
 *   definitions a term's button opens), the visually hidden `.sr-only` and
 *   the `display: none` `.hidden` classes, `<script>`, `<style>`, `<template>`,
 *   `<noscript>` (scripts run), and an SVG's `<title>` and `<desc>` (tooltips
 *   and descriptions for assistive technology);
 * - rendered, so counted although assistive technology skips it:
 *   `aria-hidden="true"` (the visible "Analysis" labels);
 * - not reading, so skipped: navigation (`<nav>`: the contents list) and
 *   controls (`<button>`, form fields): their words are labels, not text;
 * - counted: all other text, chart labels (`<svg><text>`) included.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type Parent = DefaultTreeAdapterTypes.ParentNode;

/** How a budget counts: words, or Han characters. */
export type ReadingUnit = 'words' | 'han';

/** The figures of one edition's reading path. */
export interface ReadingPath {
  /** The text of the path, blocks separated by newlines. */
  text: string;
  /** Words (Intl.Segmenter, word-like segments) in the edition's language. */
  words: number;
  /** Han characters (Script=Han). */
  han: number;
}

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'nav',
  'button',
  'input',
  'select',
  'textarea',
]);
const SVG_SKIPPED = new Set(['title', 'desc']);
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'text',
  'tspan',
  'g',
  'svg',
  'caption',
]);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const classes = (el: Element) => new Set((attr(el, 'class') ?? '').split(/\s+/).filter(Boolean));
const isElement = (node: Node | Parent): node is Element => 'tagName' in node;

/** True when the element is not rendered, or is not reading (see the module comment). */
function skipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.namespaceURI === 'http://www.w3.org/2000/svg' && SVG_SKIPPED.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'popover') !== undefined) return true;
  const cls = classes(el);
  return cls.has('sr-only') || cls.has('hidden');
}

/** The visible text of a node, blocks on their own lines; a closed `<details>` gives its `<summary>` only. */
export function visibleText(node: Node | Parent): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!('childNodes' in node)) return '';
  if (isElement(node) && skipped(node)) return '';
  let children = node.childNodes;
  if (isElement(node) && node.tagName === 'details' && attr(node, 'open') === undefined) {
    children = children.filter((child) => isElement(child) && child.tagName === 'summary');
  }
  const inner = children.map((child) => visibleText(child)).join('');
  return isElement(node) && BLOCK_TAGS.has(node.tagName) ? `\n${inner}\n` : inner;
}

/** Counts word-like segments (`Intl.Segmenter`) and Han characters in a text. */
export function countText(text: string, locale: string): { words: number; han: number } {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return { words, han };
}

function* walk(node: Parent): Generator<Element> {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* walk(child);
  }
}

/** The elements of the path: the headline, then every later sibling-or-ancestor's-sibling up to the last section. */
function pathText(doc: DefaultTreeAdapterTypes.Document): string {
  const all = [...walk(doc)];
  const headline = all.find((el) => el.tagName === 'h1' && classes(el).has('story-headline'));
  const sections = all.filter((el) => el.tagName === 'section' && classes(el).has('story-section'));
  const last = sections.at(-1);
  if (!headline || !last) throw new Error('the page has no h1.story-headline or no section.story-section');
  // Text nodes in document order between the headline's start and the last section's end.
  const parts: string[] = [];
  let inside = false;
  const visit = (node: Node): boolean => {
    if (node === headline) inside = true;
    if (isElement(node) && inside && skipped(node)) return node === last;
    if (isElement(node) && inside && node.tagName === 'details' && attr(node, 'open') === undefined) {
      parts.push(visibleText(node));
      return node === last;
    }
    if (node.nodeName === '#text' && inside) parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    if ('childNodes' in node) {
      const block = isElement(node) && BLOCK_TAGS.has(node.tagName);
      if (block && inside) parts.push('\n');
      for (const child of node.childNodes) if (visit(child)) return true;
      if (block && inside) parts.push('\n');
    }
    return node === last;
  };
  for (const child of doc.childNodes) if (visit(child)) break;
  return parts.join('');
}

/** The reading path of a built story page, with its counts. */
export function readingPath(html: string, locale: string): ReadingPath {
  const text = pathText(parse(html))
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
  return { text, ...countText(text, locale) };
}

/** Each edition's budget for its reading path (issue 18). */
export const READING_BUDGETS: Readonly<Record<string, { unit: ReadingUnit; max: number }>> = {
  en: { unit: 'words', max: 1500 },
  de: { unit: 'words', max: 1700 },
  zh: { unit: 'han', max: 2600 },
};
