/**
 * Rules for the sections' MDX bodies, read from each section's tree
 * (`mdx-tree.ts`): the records components name exist, the who's who lists
 * exactly the sections that name each entry, our analysis is labelled, and no
 * figure is typed into prose.
 */
import { mdxElements, mdxParagraphs, mdxTree, proseLines, type MdxTree } from '../mdx-tree.ts';
import type { ContentBundle } from '../bundle.ts';
import { typedNumbers } from './figures.ts';
import { idsOf, problem, type ContentRule } from './shared.ts';

/**
 * Digit sequences allowed in MDX prose outside components. Empty on purpose:
 * every figure reaches prose through `<Fact id="…" />`.
 */
export const ALLOWED_PROSE_NUMBERS: readonly string[] = [];

/** MDX components that refer to records, and where each id must be listed. */
const REFERENCE_TAGS = {
  Fact: 'facts',
  Who: 'entities',
  Term: 'terms',
  Chart: 'charts',
  Quote: 'quotes',
} as const;
type ReferenceTag = keyof typeof REFERENCE_TAGS;

/** One `<Fact id="…">`, `<Who id="…">`, `<Term id="…">`, `<Chart id="…">` or `<Quote id="…">` in an MDX body. */
export interface Reference {
  /** The component's name. */
  tag: ReferenceTag;
  /** The id it names. */
  id: string;
  /** Line in the body, from 1. */
  line: number;
}

/** Finds every record reference in an MDX body (its tree, or its text). */
export function findReferences(body: MdxTree | string): Reference[] {
  return mdxElements(mdxTree(body), ...Object.keys(REFERENCE_TAGS)).flatMap(({ name, attributes, line }) =>
    attributes.id === undefined ? [] : [{ tag: name as ReferenceTag, id: attributes.id, line }],
  );
}

/** The ids each tag may name. */
function knownIds(bundle: ContentBundle): Record<ReferenceTag, ReadonlySet<string>> {
  return {
    Fact: idsOf(bundle.facts.records),
    Who: idsOf(bundle.entities.records),
    Term: idsOf(bundle.terms.records),
    Chart: idsOf(bundle.charts?.records ?? []),
    Quote: idsOf(bundle.quotes?.records ?? []),
  };
}

/** Where the ids a tag may name are listed: a content file (the charts' with their ids). */
function referenceSource(bundle: ContentBundle, tag: ReferenceTag): string {
  const source = REFERENCE_TAGS[tag];
  if (source === 'charts')
    return bundle.charts
      ? `${bundle.charts.file} (charts: ${bundle.charts.records.map((chart) => chart.id).join(', ')})`
      : 'a charts file (this story has none)';
  if (source === 'quotes') return bundle.quotes?.file ?? 'a quotes file (this story has none)';
  return bundle[source].file;
}

/** Every `<Fact>`, `<Who>`, `<Term>`, `<Chart>` and `<Quote>` names an id that exists. */
export const mdxReferences: ContentRule = (bundle) => {
  const known = knownIds(bundle);
  return bundle.sections.flatMap((section) =>
    findReferences(section.tree)
      .filter((ref) => !known[ref.tag].has(ref.id))
      .map((ref) =>
        problem(
          section.file,
          `body line ${ref.line} <${ref.tag} id>`,
          `"${ref.id}" is not in ${referenceSource(bundle, ref.tag)}`,
        ),
      ),
  );
};

/** An entry lists a section in its `sections` exactly when that section names it with `<Who id>`. */
export const entitySections: ContentRule = (bundle) =>
  bundle.sections.flatMap((section) => {
    const slug = section.data.slug;
    const named = new Set(mdxElements(section.tree, 'Who').map((who) => who.attributes.id));
    return bundle.entities.records.flatMap((entity) => {
      const listed = entity.sections.includes(slug);
      const field = `entities[${entity.id}].sections`;
      if (listed && !named.has(entity.id))
        return [
          problem(
            bundle.entities.file,
            field,
            `lists "${slug}", but ${section.file} never names it with <Who id="${entity.id}">`,
          ),
        ];
      if (!listed && named.has(entity.id))
        return [
          problem(
            bundle.entities.file,
            field,
            `does not list "${slug}", but ${section.file} names it with <Who id="${entity.id}">`,
          ),
        ];
      return [];
    });
  });

/**
 * Lines of an MDX body (its tree, or its text) that open a "Why it matters"
 * paragraph outside an `<Analysis>` block: our analysis must be labelled as such.
 */
export function unlabelledAnalysis(body: MdxTree | string): number[] {
  return mdxParagraphs(mdxTree(body))
    .filter((paragraph) => !paragraph.within.includes('Analysis') && /^\s*Why it matters/i.test(paragraph.text))
    .map((paragraph) => paragraph.line);
}

/** A "Why it matters" paragraph stands inside `<Analysis>`, so readers see it labelled as ours. */
export const labelledAnalysis: ContentRule = (bundle) =>
  bundle.sections.flatMap((section) =>
    unlabelledAnalysis(section.tree).map((line) =>
      problem(
        section.file,
        `body line ${line}`,
        'a "Why it matters" paragraph is our analysis: put it inside <Analysis>…</Analysis> so readers see the label',
      ),
    ),
  );

/** Digit runs typed into the prose of an MDX body (its tree, or its text), with their lines. */
export function findTypedNumbers(body: MdxTree | string): { text: string; line: number }[] {
  return proseLines(mdxTree(body)).flatMap(({ text, line }) =>
    typedNumbers(text)
      .filter((typed) => !ALLOWED_PROSE_NUMBERS.includes(typed))
      .map((typed) => ({ text: typed, line })),
  );
}

/** No figure is typed into prose: each comes from the fact book through `<Fact id="…" />`. */
export const proseFigures: ContentRule = (bundle) =>
  bundle.sections.flatMap((section) =>
    findTypedNumbers(section.tree).map((typed) =>
      problem(
        section.file,
        `body line ${typed.line}`,
        `the number "${typed.text}" is typed into prose; show it with <Fact id="…" /> so it has one source`,
      ),
    ),
  );

/** A link in an MDX body to one of a chart's own addresses: its embed page or a download. */
export interface ChartLink {
  /** The URL as written. */
  url: string;
  /** The chart id the URL names. */
  id: string;
  /** Line in the body, from 1. */
  line: number;
}

/**
 * Links in an MDX body (Markdown `[text](url)` or an `href="url"`) to a chart's
 * embed page (`…/embed/{id}/`) or download (`…/data/{id}.csv|svg|png`), with
 * the chart id each one names.
 */
export function findChartLinks(body: string): ChartLink[] {
  const links: ChartLink[] = [];
  const urls = /\]\(\s*<?([^)\s>]+)>?[^)]*\)|\bhref=["']([^"']+)["']/g;
  const chartAddress = /(?:^|\/)(?:embed\/([^/?#]+)(?:\/|$)|data\/([^/?#]+)\.(?:csv|svg|png)(?:[?#]|$))/;
  for (const match of body.matchAll(urls)) {
    const url = match[1] ?? match[2] ?? '';
    const address = chartAddress.exec(url.split(/[?#]/)[0] ?? '');
    if (!address) continue;
    const line = body.slice(0, match.index).split('\n').length;
    links.push({ url, id: address[1] ?? address[2] ?? '', line });
  }
  return links;
}

/** A link to a chart's embed page or download names a chart that exists, in every edition's sections too. */
export const mdxChartLinks: ContentRule = (bundle) => {
  const charts = idsOf(bundle.charts?.records ?? []);
  const sections = [...bundle.sections, ...(bundle.editions ?? []).flatMap((edition) => edition.sections)];
  return sections.flatMap((section) =>
    findChartLinks(section.body)
      .filter((link) => !charts.has(link.id))
      .map((link) =>
        problem(
          section.file,
          `body line ${link.line} link`,
          `"${link.url}" names the chart "${link.id}", which is not in ${referenceSource(bundle, 'Chart')}`,
        ),
      ),
  );
};
