/**
 * Loads the whole story from Astro's content collections, runs the cross-record
 * checks and returns one model that every page and component reads from.
 * The files themselves were already read strictly by the content gate
 * (`src/integrations/content-gate.ts`); the checks here run on what the
 * collections actually hold.
 *
 * This is the only module that touches `astro:content`; everything below it in
 * `src/lib/` works on plain records. `src/data/edition.ts` builds it once per
 * edition and hands it down.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { loadContentFromDisk } from '../lib/content/content-disk.ts';
import { contentCheckOptions } from '../i18n/locales.ts';
import { checkedContent, englishFingerprint } from '../lib/content/content-once.ts';
import { CONTENT_FILES } from '../lib/content/content-reader.ts';
import { buildFactBook, fillFacts, type FactBook } from '../lib/story/facts.ts';
import { inFileOrder, lastModified, newestFirst } from '../lib/story/corrections.ts';
import type { Formatter } from '../lib/text/format.ts';
import { parseMdx, type MdxTree } from '../lib/content/mdx-tree.ts';
import type {
  ChartEntry,
  Correction,
  EditionEntity,
  EditionFact,
  EditionStory,
  EditionTerm,
  Entity,
  Fact,
  Quote,
  Story,
  Term,
} from '../lib/content/schema.ts';
import type { ContentBundle, EditionContent } from '../lib/content/bundle.ts';
import { assertValidContent } from '../lib/content/validate.ts';

/** A section ready to render. */
export interface Section {
  /** Stable id, used for `#slug` and `/slug/`. */
  slug: string;
  /** Heading, with `{{fact}}` placeholders filled in. */
  title: string;
  /** Summary for previews and the contents, placeholders filled in. */
  summary: string;
  /** Front matter as written. */
  data: CollectionEntry<'sections'>['data'];
  /** The section file, for error messages. */
  file: string;
  /** The MDX body parsed once, for reading time and glossary mentions. */
  tree: MdxTree;
  /** Renders the MDX body: components never touch the collection entry themselves. */
  render: () => ReturnType<typeof render>;
}

/** A quotation as an edition shows it: the report's words, and ours where the edition is not English. */
export type ShownQuote = Quote & {
  /** Our translation, in an edition other than English. */
  translation?: string;
};

/** Everything the site shows, validated. */
export interface StoryModel {
  /** Headline, dek, dates and source. */
  story: Story;
  /** "In 30 seconds" bullets, `{{fact}}` placeholders filled in. */
  inBrief: string[];
  /** Sections in reading order. */
  sections: Section[];
  /** All facts, derived values computed. */
  facts: FactBook;
  /** People, organisations, places and groups by id. */
  entities: ReadonlyMap<string, Entity>;
  /** Glossary terms by id. */
  terms: ReadonlyMap<string, Term>;
  /** The report's quotations by id, with this edition's translation where it is not English. */
  quotes: ReadonlyMap<string, ShownQuote>;
  /** Published corrections, clarifications and updates, newest first. */
  corrections: Correction[];
  /** When the story last changed for readers (YYYY-MM-DD): the latest correction, or the publication date. */
  modified: string;
  /** The story's charts (charts.yaml) in file order, each with this edition's words. */
  charts: ChartEntry[];
}

const ORIGIN_ORDER = { source: 0, derived: 1, outside: 2 } as const;

/**
 * Facts in a stable reading order: the report's facts by paragraph, then derived
 * facts, then outside facts (Astro's loader does not keep the file's order).
 */
function sortFacts(facts: Fact[]): Fact[] {
  const rank = (f: Fact) => (f.source ? ORIGIN_ORDER.source : f.derived ? ORIGIN_ORDER.derived : ORIGIN_ORDER.outside);
  return [...facts].sort(
    (a, b) =>
      rank(a) - rank(b) || (a.source?.paragraph ?? 0) - (b.source?.paragraph ?? 0) || a.id.localeCompare(b.id, 'en'),
  );
}

/** The English records as the collections hold them, checked together: once per build (afresh in dev). */
function englishContent(): ReturnType<typeof readEnglishContent> {
  if (import.meta.env.DEV) return readEnglishContent();
  return (english ??= readEnglishContent());
}
let english: ReturnType<typeof readEnglishContent> | undefined;

async function readEnglishContent() {
  const [storyEntries, sectionEntries, factEntries, entityEntries, termEntries, correctionEntries, quoteEntries] =
    await Promise.all([
      getCollection('story'),
      getCollection('sections'),
      getCollection('facts'),
      getCollection('entities'),
      getCollection('glossary'),
      getCollection('corrections'),
      getCollection('quotes'),
    ]);
  const story = storyEntries[0]?.data;
  if (!story || storyEntries.length !== 1) {
    throw new Error(
      `${CONTENT_FILES.story}: must hold exactly one entry with id "story" (found ${storyEntries.length})`,
    );
  }
  const sorted = [...sectionEntries].sort((a, b) => a.data.order - b.data.order);
  const bundle: ContentBundle = {
    story: { file: CONTENT_FILES.story, data: story },
    sections: sorted.map((entry) => ({
      file: entry.filePath ?? `${CONTENT_FILES.sections}/${entry.id}.mdx`,
      data: entry.data,
      body: entry.body ?? '',
      tree: parseMdx(entry.body ?? ''),
    })),
    facts: { file: CONTENT_FILES.facts, records: sortFacts(factEntries.map((entry) => entry.data)) },
    entities: { file: CONTENT_FILES.entities, records: entityEntries.map((entry) => entry.data) },
    terms: { file: CONTENT_FILES.terms, records: termEntries.map((entry) => entry.data) },
    // In the order the file lists them (the order of publication): the loader does not keep it.
    corrections: {
      file: CONTENT_FILES.corrections,
      records: inFileOrder(
        correctionEntries.map((entry) => entry.data),
        // The gate's read keeps the file's order; only without it (dev) are the files read again.
        (
          (!import.meta.env.DEV && checkedContent(process.cwd())) ||
          loadContentFromDisk(process.cwd(), contentCheckOptions())
        ).corrections.records.map((c) => c.id),
      ),
    },
    quotes: { file: CONTENT_FILES.quotes, records: quoteEntries.map((entry) => entry.data) },
    // Charts are no collection: the content reader's read of charts.yaml (the gate's, in a build).
    ...chartsOnDisk(),
  };
  // The content gate read these files and ran every rule on them moments ago: when the collections
  // hold exactly those records, the rules are not run again; anything else (a content layer serving
  // something else) is checked here in full.
  const gated = checkedContent(process.cwd());
  if (!gated || englishFingerprint(gated) !== englishFingerprint(bundle))
    assertValidContent(bundle, contentCheckOptions());
  return { bundle, entries: sorted };
}

/** The story's charts as the content reader read them (in a build, the gate's read). */
function chartsOnDisk(): Pick<ContentBundle, 'charts'> {
  const root = process.cwd();
  const { charts } = (!import.meta.env.DEV && checkedContent(root)) || loadContentFromDisk(root, contentCheckOptions());
  return charts ? { charts } : {};
}

/** The charts with an edition's words (the edition rules check that each has them). */
function translatedCharts(charts: readonly ChartEntry[], edition: EditionContent | undefined): ChartEntry[] {
  if (!edition) return [...charts];
  const words = wordsById(edition.charts.records);
  return charts.map((chart) => {
    const theirs = words(chart.id);
    if (!theirs) throw new Error(`${edition.charts.file}: charts[${chart.id}] is missing`);
    return { ...chart, words: theirs.words };
  });
}

/** A fact with an edition's words: its label, its text value, a derived fact's explanation. */
function translatedFact(fact: Fact, words: EditionFact | undefined): Fact {
  if (!words) return fact;
  return {
    ...fact,
    label: words.label,
    ...(words.value !== undefined ? { value: words.value } : {}),
    ...(fact.derived && words.explanation ? { derived: { ...fact.derived, explanation: words.explanation } } : {}),
  };
}

/** The edition's own files, read and checked by the same strict reader as the content gate. */
function editionContent(locale: string): EditionContent {
  // In a build, the gate's read (src/lib/content/content-once.ts); in dev, the files as they are now.
  const root = process.cwd();
  const content = (!import.meta.env.DEV && checkedContent(root)) || loadContentFromDisk(root, contentCheckOptions());
  const edition = content.editions?.find((e) => e.locale === locale);
  if (!edition) throw new Error(`${CONTENT_FILES.editions}/${locale}/: the "${locale}" edition has no content folder`);
  return edition;
}

/** An entity in the edition's words, where it gives them. */
function translatedEntity(entity: Entity, words: EditionEntity | undefined): Entity {
  if (!words) return entity;
  // The English entry's outside source (named in this language where the edition gives its words), else
  // the source of this language's name.
  const source = entity.source
    ? { ...entity.source, ...(words.sourceName ? { name: words.sourceName } : {}) }
    : words.nameSource;
  return {
    ...entity,
    name: words.name,
    ...(words.shortName ? { shortName: words.shortName } : {}),
    ...(words.role ? { role: words.role } : {}),
    description: words.description,
    ...(source ? { source } : {}),
  };
}

/** A glossary term in the edition's words, where it gives them. */
function translatedTerm(term: Term, words: EditionTerm | undefined): Term {
  if (!words) return term;
  const source = term.source ?? words.source;
  return {
    ...term,
    term: words.term,
    aliases: words.aliases,
    definition: words.definition,
    ...(source ? { source } : {}),
  };
}

/** The story record in the edition's words: headline, dek, brief, site name and the report's description. */
function translatedStory(english: Story, words: EditionStory | undefined): Story {
  if (!words) return english;
  return {
    ...english,
    headline: words.headline,
    dek: words.dek,
    inBrief: words.inBrief,
    siteName: words.siteName,
    published: words.published,
    source: {
      ...english.source,
      kind: words.source.kind,
      dateline: words.source.dateline,
      covers: { ...english.source.covers, text: words.source.covers },
      publisher: words.source.publisher,
    },
  };
}

/**
 * Every edition lists every correction, in its own words; dates, kinds, sections, facts and sources
 * come from the English record (the edition rules check that each has its words).
 */
function translatedCorrections(records: Correction[], edition: EditionContent | undefined): Correction[] {
  if (!edition) return records;
  const correctionWords = new Map(edition.corrections.records.map((c) => [c.id, c]));
  return records.map((correction): Correction => {
    const words = correctionWords.get(correction.id);
    if (!words) throw new Error(`${edition.corrections.file}: corrections[${correction.id}] is missing`);
    return { ...correction, summary: words.summary, description: words.description };
  });
}

/** Looks up an edition's words for a record by its id. */
function wordsById<T extends { id: string }>(records: readonly T[] | undefined): (id: string) => T | undefined {
  const byId = new Map(records?.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

type EnglishContent = Awaited<ReturnType<typeof readEnglishContent>>;

/** The English sections, from the collection entries, titles and summaries filled in. */
function englishSections({ bundle, entries }: EnglishContent, book: FactBook, fmt: Formatter): Section[] {
  return entries.map((entry, i) => ({
    slug: entry.data.slug,
    title: fillFacts(entry.data.title, book, fmt),
    summary: fillFacts(entry.data.summary, book, fmt),
    data: entry.data,
    file: bundle.sections[i]?.file ?? '',
    tree: bundle.sections[i]?.tree as MdxTree,
    render: () => render(entry),
  }));
}

/** An edition's sections, from its own files and the editionSections collection, placeholders filled in. */
async function translatedSections(
  edition: EditionContent,
  locale: string,
  book: FactBook,
  fmt: Formatter,
): Promise<Section[]> {
  const editionEntries = new Map(
    (await getCollection('editionSections'))
      .filter((entry) => entry.id.startsWith(`${locale}/`))
      .map((entry) => [entry.data.slug, entry]),
  );
  return edition.sections.map((section) => {
    const entry = editionEntries.get(section.data.slug);
    if (!entry) throw new Error(`${section.file}: not found in the editionSections collection`);
    return {
      slug: section.data.slug,
      title: fillFacts(section.data.title, book, fmt),
      summary: fillFacts(section.data.summary, book, fmt),
      data: section.data,
      file: section.file,
      tree: section.tree,
      render: () => render(entry),
    };
  });
}

/**
 * Loads and checks the story for an edition: English is the records as
 * written; another edition takes its words from `content/editions/{locale}/`
 * and everything else (ids, numbers, sources, structure) from the English
 * records. Text with `{{fact}}` placeholders is filled in through the
 * edition's formatter.
 */
export async function loadStoryModel(fmt: Formatter, locale: string, defaultLocale: string): Promise<StoryModel> {
  // In `astro dev` the content layer keeps serving its last good entries after
  // a broken edit; reading the files again shows the editor the same error the
  // build gives (src/integrations/content-gate.ts) instead of stale content.
  if (import.meta.env.DEV) loadContentFromDisk(process.cwd(), contentCheckOptions());
  const content = await englishContent();
  const { bundle } = content;
  const edition = locale === defaultLocale ? undefined : editionContent(locale);

  const factWords = wordsById(edition?.facts.records);
  const book = buildFactBook(bundle.facts.records.map((fact) => translatedFact(fact, factWords(fact.id))));
  const entityWords = wordsById(edition?.entities.records);
  const entities = bundle.entities.records.map((entity) => translatedEntity(entity, entityWords(entity.id)));
  const termWords = wordsById(edition?.terms.records);
  const terms = bundle.terms.records.map((term) => translatedTerm(term, termWords(term.id)));
  const quoteWords = wordsById(edition?.quotes.records);
  const quotes = (bundle.quotes?.records ?? []).map((quote): ShownQuote => {
    const words = quoteWords(quote.id);
    return words ? { ...quote, affiliation: words.affiliation, translation: words.text } : quote;
  });
  const story = translatedStory(bundle.story.data, edition?.story.data);
  const corrections = translatedCorrections(bundle.corrections.records, edition);
  const sections = edition ? await translatedSections(edition, locale, book, fmt) : englishSections(content, book, fmt);

  return {
    story,
    // Running text: small numbers in words where the language writes them so (German, dpa); titles keep digits.
    inBrief: story.inBrief.map((text) => fillFacts(text, book, fmt, { prose: true })),
    sections,
    facts: book,
    entities: new Map(entities.map((e) => [e.id, e])),
    terms: new Map(terms.map((t) => [t.id, t])),
    quotes: new Map(quotes.map((q) => [q.id, q])),
    corrections: newestFirst(corrections).map((c) => ({
      ...c,
      summary: fillFacts(c.summary, book, fmt),
      description: fillFacts(c.description, book, fmt, { prose: true }),
    })),
    modified: lastModified(story.published, corrections),
    charts: translatedCharts(bundle.charts?.records ?? [], edition),
  };
}
