/**
 * Turns one story of the site, in one language, into the model every page and
 * component reads from. The records are those the content gate read and
 * checked once for the whole build (`src/integrations/content-gate.ts`,
 * `src/lib/content/site-reader.ts`); Astro's content collections only render
 * the sections' MDX.
 *
 * This is the only module that touches `astro:content`; everything below it in
 * `src/lib/` works on plain records. `src/data/edition.ts` builds it once per
 * edition and hands it down.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { loadSiteFromDisk, readSiteFiles } from '../lib/content/content-disk.ts';
import { siteCheckOptions } from '../i18n/locales.ts';
import { checkedSite } from '../lib/content/content-once.ts';
import { filesDigest, loadSite, STORIES_DIR, type SiteContent, type StoryContent } from '../lib/content/site-reader.ts';
import { buildFactBook, fillFacts, type FactBook } from '../lib/story/facts.ts';
import { lastModified, newestFirst } from '../lib/story/corrections.ts';
import { editionKeyTiles, type KeyTile } from '../lib/story/key-numbers.ts';
import { reportDating, type ReportDating } from '../lib/story/report.ts';
import type { Formatter } from '../lib/text/format.ts';
import type { MdxTree } from '../lib/content/mdx-tree.ts';
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
  SectionData,
  ShownStory,
  Story,
  Term,
} from '../lib/content/schema.ts';
import type { EditionContent, SectionFile } from '../lib/content/bundle.ts';

/** A section ready to render. */
export interface Section {
  /** Stable id, used for `#slug` and `/slug/`. */
  slug: string;
  /** Heading, with `{{fact}}` placeholders filled in. */
  title: string;
  /** Summary for previews and the contents, placeholders filled in. */
  summary: string;
  /** Front matter as written. */
  data: SectionData;
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

/** Everything the site shows of one story, validated. */
export interface StoryModel {
  /** The story's id: the name of its folder under content/stories/. */
  id: string;
  /** Headline, topic, dek, dates and source. */
  story: ShownStory;
  /** What the story says of the report's date, placeholders filled in: footer, sources page, citation. */
  dating: ReportDating;
  /** The key-number tiles under the header, in this edition's words. */
  keyNumbers: KeyTile[];
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
 * Facts in a stable reading order, whatever the file's: the report's facts by paragraph, then
 * derived facts, then outside facts.
 */
function sortFacts(facts: Fact[]): Fact[] {
  const rank = (f: Fact) => (f.source ? ORIGIN_ORDER.source : f.derived ? ORIGIN_ORDER.derived : ORIGIN_ORDER.outside);
  return [...facts].sort(
    (a, b) =>
      rank(a) - rank(b) || (a.source?.paragraph ?? 0) - (b.source?.paragraph ?? 0) || a.id.localeCompare(b.id, 'en'),
  );
}

/** In `astro dev`: the last site checked, by the digest of the files it was read from. */
let devSite: SiteContent | undefined;

/**
 * The site's content as the content gate read and checked it (src/lib/content/content-once.ts): once
 * per build. In `astro dev` the files are read again on every call, so an editor sees an edit, or the
 * same error the build gives (src/integrations/content-gate.ts), at once instead of stale content; they
 * are checked again only when one of them changed (a request asks many times), and a broken file
 * throws on every call until it is fixed.
 */
function siteContent(): SiteContent {
  const root = process.cwd();
  if (!import.meta.env.DEV) return checkedSite(root) ?? loadSiteFromDisk(root, siteCheckOptions());
  const files = readSiteFiles(root);
  if (devSite?.digest !== filesDigest(files)) devSite = loadSite(files, siteCheckOptions());
  return devSite;
}

/** One story of the site, by id; an unknown id stops the build. */
export function storyContent(site: SiteContent, story: string): StoryContent {
  const found = site.stories.find((s) => s.id === story);
  if (!found)
    throw new Error(`${STORIES_DIR}/${story}/: no such story (stories: ${site.stories.map((s) => s.id).join(', ')})`);
  return found;
}

/** SHA-256 of every content file the site was made from (`SiteContent.digest`). */
export function siteDigest(): string {
  return siteContent().digest;
}

/** The ids of the site's stories, the front story first. */
export function storyIdsOfSite(): string[] {
  return siteContent().stories.map((s) => s.id);
}

/** Each story's headline and dek in a language: its edition's words, or the default edition's where it has none. */
export function storyHeadlines(locale: string): { id: string; headline: string; dek: string }[] {
  return siteContent().stories.map(({ id, bundle }) => {
    const words = bundle.editions?.find((e) => e.locale === locale)?.story.data ?? bundle.story.data;
    return { id, headline: words.headline, dek: words.dek };
  });
}

/** The locales a story has editions in besides the default: the folders of its editions folder. */
export function storyEditionLocales(story: string): string[] {
  return (storyContent(siteContent(), story).bundle.editions ?? []).map((e) => e.locale);
}

/** The id of a section's collection entry: its path below the stories folder, without `.mdx`. */
function entryId(file: string): string {
  return file.slice(STORIES_DIR.length + 1).replace(/\.mdx$/, '');
}

type SectionEntry = CollectionEntry<'sections'> | CollectionEntry<'editionSections'>;

/** The collection entries that render a story's sections, by id (`{story}/sections/{name}`). */
async function sectionEntries(): Promise<Map<string, SectionEntry>> {
  const all = [...(await getCollection('sections')), ...(await getCollection('editionSections'))];
  return new Map(all.map((entry) => [entry.id, entry]));
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

/** The story record in the edition's words: headline, topic, dek, brief, site name and the report's description. */
function translatedStory(english: Story, words: EditionStory | undefined): Story {
  if (!words) return english;
  return {
    ...english,
    headline: words.headline,
    dek: words.dek,
    inBrief: words.inBrief,
    topic: words.topic,
    published: words.published,
    source: {
      ...english.source,
      dating: words.source.dating,
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

/** Records in the order of their ids, whatever the file's (the lists that show them all read in this order). */
function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Looks up an edition's words for a record by its id. */
function wordsById<T extends { id: string }>(records: readonly T[] | undefined): (id: string) => T | undefined {
  const byId = new Map(records?.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

/** A story's sections in one language, from its checked files, each rendered by its collection entry. */
function shownSections(
  files: readonly SectionFile[],
  entries: Map<string, SectionEntry>,
  book: FactBook,
  fmt: Formatter,
): Section[] {
  return files.map((section) => {
    const entry = entries.get(entryId(section.file));
    if (!entry) throw new Error(`${section.file}: not found in the content collections (src/content.config.ts)`);
    return {
      slug: section.data.slug,
      title: fillFacts(section.data.title, book, fmt),
      summary: fillFacts(section.data.summary, book, fmt),
      data: section.data,
      file: section.file,
      tree: section.tree as MdxTree,
      render: () => render(entry),
    };
  });
}

/** What `loadStoryModel` builds: one story in one language. */
export interface StoryModelOptions {
  /** The story's id (its folder under content/stories/). */
  story: string;
  /** The edition's locale, and the default one (whose words are the English records). */
  locale: string;
  defaultLocale: string;
  /** The edition's formatter, which fills `{{fact}}` placeholders. */
  fmt: Formatter;
}

/**
 * Loads a story for an edition: the default edition is the records as
 * written; another takes its words from the story's `editions/{locale}/`
 * and everything else (ids, numbers, sources, structure) from the English
 * records. Text with `{{fact}}` placeholders is filled in through the
 * edition's formatter.
 */
export async function loadStoryModel({
  story: id,
  locale,
  defaultLocale,
  fmt,
}: StoryModelOptions): Promise<StoryModel> {
  const site = siteContent();
  const { bundle } = storyContent(site, id);
  const edition = locale === defaultLocale ? undefined : bundle.editions?.find((e) => e.locale === locale);
  if (locale !== defaultLocale && !edition)
    throw new Error(`${STORIES_DIR}/${id}/editions/${locale}/: the story has no "${locale}" edition`);
  const siteName = site.site.data.name[locale];
  if (!siteName) throw new Error(`${site.site.file}: site.name.${locale} is missing`);

  const factWords = wordsById(edition?.facts.records);
  const book = buildFactBook(sortFacts(bundle.facts.records).map((fact) => translatedFact(fact, factWords(fact.id))));
  const entityWords = wordsById(edition?.entities.records);
  const entities = byId(bundle.entities.records).map((entity) => translatedEntity(entity, entityWords(entity.id)));
  const termWords = wordsById(edition?.terms.records);
  const terms = byId(bundle.terms.records).map((term) => translatedTerm(term, termWords(term.id)));
  const quoteWords = wordsById(edition?.quotes.records);
  const quotes = byId(bundle.quotes?.records ?? []).map((quote): ShownQuote => {
    const words = quoteWords(quote.id);
    return words ? { ...quote, affiliation: words.affiliation, translation: words.text } : quote;
  });
  const story = { ...translatedStory(bundle.story.data, edition?.story.data), siteName };
  const corrections = translatedCorrections(bundle.corrections.records, edition);
  const sections = shownSections(edition?.sections ?? bundle.sections, await sectionEntries(), book, fmt);

  return {
    id,
    story,
    dating: reportDating(story, book, fmt),
    keyNumbers: editionKeyTiles(bundle.keyNumbers.records, edition?.keyNumbers.records, book, fmt),
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
