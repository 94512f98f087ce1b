/**
 * Cross-record checks on the story's content, run on every build.
 *
 * Zod (in `schema.ts`) checks each record on its own; this module checks what
 * no single record can: that ids exist and are unique, that every paragraph of
 * the report is explained somewhere, that a number stands in its evidence, and
 * that no figure is typed into prose. Each problem names the file and the field.
 * It knows nothing about Astro: pages hand it plain records.
 */
import { buildFactBook, FactError, fillFacts, placeholderIds, withoutPlaceholders, type FactBook } from './facts.ts';
import { CHART_IDS, CHART_IDS_FILE } from './charts/ids.ts';
import { createFormatter, isRange, numberSpellings } from './format.ts';
import en from '../i18n/en.ts';

/** Summaries are measured as the English edition prints them. */
const ENGLISH = createFormatter(en.format);
import type { Correction, Entity, Fact, SectionData, Story, Term } from './schema.ts';

/** Records read from one file, with the file's path for error messages. */
export interface FileRecords<T> {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The records the file holds. */
  records: T[];
}

/** One section file: its front matter and raw MDX body. */
export interface SectionFile {
  /** Path of the MDX file, relative to the project root. */
  file: string;
  /** Validated front matter. */
  data: SectionData;
  /** The MDX body as written (no front matter). */
  body: string;
}

/** Everything the story is built from. */
export interface ContentBundle {
  /** The story's own record and its file. */
  story: { file: string; data: Story };
  /** One entry per section file. */
  sections: SectionFile[];
  /** All fact records. */
  facts: FileRecords<Fact>;
  /** People, organisations, places and groups. */
  entities: FileRecords<Entity>;
  /** Glossary terms. */
  terms: FileRecords<Term>;
  /** Published corrections, clarifications and updates. */
  corrections: FileRecords<Correction>;
}

/** Options of the checks. */
export interface CheckOptions {
  /** The build's date, YYYY-MM-DD (UTC): no correction may be dated later. Defaults to today. */
  today?: string;
}

/** Today's date in UTC, YYYY-MM-DD. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** One thing wrong with the content. */
export interface ContentProblem {
  /** File the problem is in. */
  file: string;
  /** Line in the file, from 1, where the reader knows it. */
  line?: number;
  /** Record and field, like `facts[bmw-shenyang-investment-cny].source.quote`. */
  field: string;
  /** What is wrong, in words an editor can act on. */
  message: string;
}

/** Thrown when content breaks a rule; its message lists every problem. */
export class ContentError extends Error {
  override name = 'ContentError';
  /** The problems found, in file order. */
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
  }
}

/** Longest section summary or title once `{{fact}}` placeholders are filled, in characters. */
export const SUMMARY_MAX = 200;

/** Longest evidence quote, in words. */
export const MAX_QUOTE_WORDS = 25;

/**
 * Digit sequences allowed in MDX prose outside components. Empty on purpose:
 * every figure reaches prose through `<Fact id="…" />`.
 */
export const ALLOWED_PROSE_NUMBERS: readonly string[] = [];

/**
 * Slugs a section may not take, because `/{slug}/` would collide with another
 * route or folder of the built site: pages (`sources`), share images (`og`),
 * chart data (`data`), bundled assets, and names kept for later use. The
 * story's own share image is `og/story.png`, so `story` is reserved too.
 */
export const RESERVED_SLUGS: readonly string[] = [
  '404',
  'api',
  'assets',
  'charts',
  'corrections',
  'citation',
  'data',
  'embed',
  'facts',
  'favicon',
  'feed',
  'index',
  'og',
  'robots',
  'sitemap',
  'sitemap-index',
  'sources',
  'story',
];

/** MDX components that refer to records, and the collection each id must exist in (charts: the chart ids). */
const REFERENCE_TAGS = { Fact: 'facts', Who: 'entities', Term: 'terms', Chart: 'charts' } as const;
type ReferenceTag = keyof typeof REFERENCE_TAGS;

/** One `<Fact id="…">`, `<Who id="…">`, `<Term id="…">` or `<Chart id="…">` in an MDX body. */
export interface Reference {
  /** The component's name. */
  tag: ReferenceTag;
  /** The id it names. */
  id: string;
  /** Line in the body, from 1. */
  line: number;
}

/** Finds every record reference in an MDX body. */
export function findReferences(body: string): Reference[] {
  const references: Reference[] = [];
  const pattern = /<(Fact|Who|Term|Chart)\b[^>]*?\bid=["']([^"']*)["']/g;
  for (const match of body.matchAll(pattern)) {
    const line = body.slice(0, match.index).split('\n').length;
    references.push({ tag: match[1] as ReferenceTag, id: match[2] ?? '', line });
  }
  return references;
}

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

/** Prose of an MDX body with tags, expressions, imports and comments removed. */
export function proseOf(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
}

/** Digit runs typed into prose, with their line numbers. */
export function findTypedNumbers(body: string): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  proseOf(body)
    .split('\n')
    .forEach((line, index) => {
      for (const match of line.matchAll(/\d[\d,.]*/g)) {
        if (!ALLOWED_PROSE_NUMBERS.includes(match[0])) found.push({ text: match[0], line: index + 1 });
      }
    });
  return found;
}

/** Dates ("17 May 2024") and years ("2022") a correction may name in words: they are not figures of the report. */
const DATES_AND_YEARS =
  /\b(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b/g;

/**
 * What is wrong with a text that may show figures only as `{{fact-id}}`
 * placeholders (a title, a summary, a bullet, a correction): ids not in the
 * fact book, braces left over from a broken placeholder, digits typed in.
 * `notFigures` takes out words with digits that are not figures (dates).
 */
function factTextProblems(text: string, factIds: ReadonlySet<string>, notFigures?: RegExp): string[] {
  const messages = placeholderIds(text)
    .filter((id) => !factIds.has(id))
    .map((id) => `{{${id}}} is not a fact id`);
  const rest = withoutPlaceholders(text);
  if (/\{\{|\}\}/.test(rest)) messages.push('has a "{{" or "}}" that is not part of a {{fact-id}} placeholder');
  const typed = (notFigures ? rest.replace(notFigures, ' ') : rest).match(/\d[\d,.]*/);
  if (typed) messages.push(`the number "${typed[0]}" is typed in; write {{fact-id}} so it has one source`);
  return messages;
}

/**
 * Lines of an MDX body that open a "Why it matters" paragraph outside an
 * `<Analysis>` block: our analysis must be labelled as such.
 */
export function unlabelledAnalysis(body: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  body.split('\n').forEach((line, index) => {
    if (/<Analysis\b[^>]*>/.test(line)) depth += 1;
    if (depth === 0 && /^\s*(\*\*)?Why it matters/i.test(line)) lines.push(index + 1);
    if (/<\/Analysis>/.test(line)) depth = Math.max(0, depth - 1);
  });
  return lines;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** True when the evidence quote contains the number, in any way the report might write it. */
export function quoteHasNumber(quote: string, value: number): boolean {
  const text = quote.toLowerCase();
  return numberSpellings(value).some((spelling) =>
    new RegExp(`(^|[^\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`).test(text),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

/** Where the ids a tag may name are listed: a content file, or the chart ids with their names. */
function referenceSource(bundle: ContentBundle, tag: ReferenceTag): string {
  const source = REFERENCE_TAGS[tag];
  return source === 'charts' ? `${CHART_IDS_FILE} (charts: ${CHART_IDS.join(', ')})` : bundle[source].file;
}

/**
 * Corrections name sections and facts that exist, fall between the story's
 * publication and the build, and agree with the facts' histories.
 */
export function findCorrectionProblems(bundle: ContentBundle, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { file, records } = bundle.corrections;
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const slugs = new Set(bundle.sections.map((s) => s.data.slug));
  const factIds = new Set(bundle.facts.records.map((f) => f.id));
  const published = bundle.story.data.published;
  for (const correction of records) {
    const at = (field: string) => `corrections[${correction.id}].${field}`;
    for (const slug of correction.sections)
      if (!slugs.has(slug)) add(at('sections'), `"${slug}" is not a section slug`);
    for (const id of correction.facts) if (!factIds.has(id)) add(at('facts'), `"${id}" is not in ${bundle.facts.file}`);
    for (const message of factTextProblems(correction.description, factIds, DATES_AND_YEARS))
      add(at('description'), message);
    if (correction.date < published)
      add(at('date'), `${correction.date} is before the story was published (${published})`);
    if (correction.date > today) add(at('date'), `${correction.date} is after today's build (${today})`);
  }
  const byId = new Map(records.map((c) => [c.id, c]));
  for (const fact of bundle.facts.records) {
    (fact.history ?? []).forEach((revision, i) => {
      const field = `facts[${fact.id}].history[${i}].correction`;
      const correction = byId.get(revision.correction);
      if (!correction)
        problems.push({ file: bundle.facts.file, field, message: `"${revision.correction}" is not in ${file}` });
      else if (!correction.facts.includes(fact.id))
        problems.push({
          file: bundle.facts.file,
          field,
          message: `"${revision.correction}" does not list "${fact.id}" in its facts`,
        });
    });
  }
  return problems;
}

/** Checks the whole bundle; returns every problem found (empty when all is well). */
export function findContentProblems(bundle: ContentBundle, options: CheckOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = findCorrectionProblems(bundle, options.today ?? isoToday());
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const paragraphCount = bundle.story.data.source.paragraphs;
  const inReport = (n: number) => Number.isInteger(n) && n >= 1 && n <= paragraphCount;

  const factIds = new Set(bundle.facts.records.map((f) => f.id));
  const entityIds = new Set(bundle.entities.records.map((e) => e.id));
  const termIds = new Set(bundle.terms.records.map((t) => t.id));
  const slugs = new Set(bundle.sections.map((s) => s.data.slug));
  const known: Record<ReferenceTag, Set<string>> = {
    Fact: factIds,
    Who: entityIds,
    Term: termIds,
    Chart: new Set(CHART_IDS),
  };

  // Unique ids.
  for (const id of duplicates(bundle.facts.records.map((f) => f.id)))
    add(bundle.facts.file, `facts[${id}].id`, `"${id}" is used by more than one fact`);
  for (const id of duplicates(bundle.entities.records.map((e) => e.id)))
    add(bundle.entities.file, `entities[${id}].id`, `"${id}" is used by more than one entry`);
  for (const id of duplicates(bundle.terms.records.map((t) => t.id)))
    add(bundle.terms.file, `terms[${id}].id`, `"${id}" is used by more than one term`);
  for (const slug of duplicates(bundle.sections.map((s) => s.data.slug))) {
    for (const s of bundle.sections.filter((x) => x.data.slug === slug))
      add(s.file, 'slug', `"${slug}" is used by more than one section`);
  }
  for (const section of bundle.sections.filter((s) => RESERVED_SLUGS.includes(s.data.slug)))
    add(
      section.file,
      'slug',
      `"${section.data.slug}" is reserved: /${section.data.slug}/ is another part of the site; choose another slug`,
    );
  for (const order of duplicates(bundle.sections.map((s) => String(s.data.order)))) {
    for (const s of bundle.sections.filter((x) => String(x.data.order) === order))
      add(s.file, 'order', `${order} is used by more than one section`);
  }

  // Facts: provenance and references.
  for (const fact of bundle.facts.records) {
    const at = (field: string) => `facts[${fact.id}].${field}`;
    if (fact.source) {
      const { paragraph, quote } = fact.source;
      if (!inReport(paragraph))
        add(
          bundle.facts.file,
          at('source.paragraph'),
          `${paragraph} is not a paragraph of the report (1–${paragraphCount})`,
        );
      const words = wordCount(quote);
      if (words > MAX_QUOTE_WORDS)
        add(bundle.facts.file, at('source.quote'), `has ${words} words; keep evidence to at most ${MAX_QUOTE_WORDS}`);
      const numbers =
        typeof fact.value === 'number'
          ? [fact.value]
          : fact.value !== undefined && isRange(fact.value)
            ? [fact.value.min, fact.value.max]
            : [];
      for (const n of numbers) {
        if (!quoteHasNumber(quote, n))
          add(
            bundle.facts.file,
            at('source.quote'),
            `does not contain the value ${n} (as digits or a word): "${quote}"`,
          );
      }
    }
    if (fact.claimedBy && !entityIds.has(fact.claimedBy))
      add(bundle.facts.file, at('claimedBy'), `"${fact.claimedBy}" is not in ${bundle.entities.file}`);
    for (const input of fact.derived?.inputs ?? []) {
      if (!factIds.has(input)) add(bundle.facts.file, at('derived.inputs'), `"${input}" is not a fact id`);
    }
  }
  let book: FactBook | undefined;
  if (!problems.some((p) => p.field.includes('derived.inputs') || p.field.endsWith('.id'))) {
    try {
      book = buildFactBook(bundle.facts.records);
    } catch (error) {
      if (!(error instanceof FactError)) throw error;
      add(bundle.facts.file, 'derived', error.message);
    }
  }

  // Entities.
  for (const entity of bundle.entities.records) {
    const at = (field: string) => `entities[${entity.id}].${field}`;
    if (entity.organisation && !entityIds.has(entity.organisation))
      add(bundle.entities.file, at('organisation'), `"${entity.organisation}" is not an entry of this file`);
    if (entity.coordinates && !factIds.has(entity.coordinates))
      add(bundle.entities.file, at('coordinates'), `"${entity.coordinates}" is not a fact id`);
    for (const slug of entity.sections) {
      if (!slugs.has(slug)) add(bundle.entities.file, at('sections'), `"${slug}" is not a section slug`);
    }
  }

  // Story: what the source's publisher is comes from a named outside source.
  const publisherFact = bundle.story.data.source.publisherFact;
  if (publisherFact) {
    const fact = bundle.facts.records.find((f) => f.id === publisherFact);
    if (!fact) add(bundle.story.file, 'source.publisherFact', `"${publisherFact}" is not a fact id`);
    else if (!fact.outside)
      add(bundle.story.file, 'source.publisherFact', `"${publisherFact}" must be an outside fact with a named source`);
  }

  // Story: the headline and dek carry no figures; figures live in the fact book.
  for (const field of ['headline', 'dek'] as const) {
    const typed = bundle.story.data[field].match(/\d[\d,.]*/);
    if (typed) add(bundle.story.file, field, `the number "${typed[0]}" is typed in; leave figures to the facts`);
  }

  // Story: "In 30 seconds" bullets take numbers only from the fact book.
  bundle.story.data.inBrief.forEach((text, i) => {
    const field = `inBrief[${i}]`;
    for (const message of factTextProblems(text, factIds)) add(bundle.story.file, field, message);
  });

  // Sections: paragraphs, references, typed numbers.
  const cited = new Set<number>();
  for (const section of bundle.sections) {
    for (const n of section.data.paragraphs) {
      if (inReport(n)) cited.add(n);
      else add(section.file, 'paragraphs', `${n} is not a paragraph of the report (1–${paragraphCount})`);
    }
    if (section.data.keyFact && !factIds.has(section.data.keyFact))
      add(section.file, 'keyFact', `"${section.data.keyFact}" is not a fact id`);
    for (const field of ['title', 'summary'] as const) {
      const text = section.data[field];
      for (const message of factTextProblems(text, factIds)) add(section.file, field, message);
      const known = placeholderIds(text).every((id) => factIds.has(id));
      if (book && known && fillFacts(text, book, ENGLISH).length > SUMMARY_MAX) {
        add(
          section.file,
          field,
          `is ${fillFacts(text, book, ENGLISH).length} characters once facts are filled in; keep it to ${SUMMARY_MAX}`,
        );
      }
    }
    const references = findReferences(section.body);
    for (const ref of references) {
      if (!known[ref.tag].has(ref.id)) {
        add(
          section.file,
          `body line ${ref.line} <${ref.tag} id>`,
          `"${ref.id}" is not in ${referenceSource(bundle, ref.tag)}`,
        );
      }
    }
    for (const link of findChartLinks(section.body)) {
      if (!known.Chart.has(link.id)) {
        add(
          section.file,
          `body line ${link.line} link`,
          `"${link.url}" names the chart "${link.id}", which is not in ${referenceSource(bundle, 'Chart')}`,
        );
      }
    }
    const named = new Set(references.filter((r) => r.tag === 'Who').map((r) => r.id));
    for (const entity of bundle.entities.records) {
      const listed = entity.sections.includes(section.data.slug);
      if (listed && !named.has(entity.id)) {
        add(
          bundle.entities.file,
          `entities[${entity.id}].sections`,
          `lists "${section.data.slug}", but ${section.file} never names it with <Who id="${entity.id}">`,
        );
      }
      if (!listed && named.has(entity.id)) {
        add(
          bundle.entities.file,
          `entities[${entity.id}].sections`,
          `does not list "${section.data.slug}", but ${section.file} names it with <Who id="${entity.id}">`,
        );
      }
    }
    for (const line of unlabelledAnalysis(section.body)) {
      add(
        section.file,
        `body line ${line}`,
        'a "Why it matters" paragraph is our analysis: put it inside <Analysis>…</Analysis> so readers see the label',
      );
    }
    for (const typed of findTypedNumbers(section.body)) {
      add(
        section.file,
        `body line ${typed.line}`,
        `the number "${typed.text}" is typed into prose; show it with <Fact id="…" /> so it has one source`,
      );
    }
  }
  const uncited = Array.from({ length: paragraphCount }, (_, i) => i + 1).filter((n) => !cited.has(n));
  const sectionsDir = bundle.sections[0]?.file.replace(/[^/]*$/, '') ?? 'content/sections/';
  if (uncited.length > 0)
    add(
      sectionsDir,
      'paragraphs',
      `no section cites paragraph${uncited.length > 1 ? 's' : ''} ${uncited.join(', ')} of the report`,
    );
  return problems;
}

/** Checks the bundle and throws a `ContentError` listing every problem. */
export function assertValidContent(bundle: ContentBundle, options: CheckOptions = {}): void {
  const problems = findContentProblems(bundle, options);
  if (problems.length > 0) throw new ContentError(problems);
}
