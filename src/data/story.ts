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
import { loadContentFromDisk } from '../lib/content-disk.ts';
import { CONTENT_FILES } from '../lib/content-reader.ts';
import { buildFactBook, fillFacts, type FactBook } from '../lib/facts.ts';
import { lastModified, newestFirst } from '../lib/corrections.ts';
import type { Formatter } from '../lib/format.ts';
import { parseMdx, type MdxTree } from '../lib/mdx-tree.ts';
import type { Correction, Entity, Fact, Story, Term } from '../lib/schema.ts';
import { assertValidContent } from '../lib/validate.ts';

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
  /** The MDX body parsed once, for reading time and glossary mentions. */
  tree: MdxTree;
  /** Renders the MDX body: components never touch the collection entry themselves. */
  render: () => ReturnType<typeof render>;
}

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
  /** Published corrections, clarifications and updates, newest first. */
  corrections: Correction[];
  /** When the story last changed for readers (YYYY-MM-DD): the latest correction, or the publication date. */
  modified: string;
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

/**
 * Loads and checks the story; text with `{{fact}}` placeholders is filled in
 * through the edition's formatter.
 */
export async function loadStoryModel(fmt: Formatter): Promise<StoryModel> {
  // In `astro dev` the content layer keeps serving its last good entries after
  // a broken edit; reading the files again shows the editor the same error the
  // build gives (src/integrations/content-gate.ts) instead of stale content.
  if (import.meta.env.DEV) loadContentFromDisk(process.cwd());
  const [storyEntries, sectionEntries, factEntries, entityEntries, termEntries, correctionEntries] = await Promise.all([
    getCollection('story'),
    getCollection('sections'),
    getCollection('facts'),
    getCollection('entities'),
    getCollection('glossary'),
    getCollection('corrections'),
  ]);
  const story = storyEntries[0]?.data;
  if (!story || storyEntries.length !== 1) {
    throw new Error(
      `${CONTENT_FILES.story}: must hold exactly one entry with id "story" (found ${storyEntries.length})`,
    );
  }
  const sorted = [...sectionEntries].sort((a, b) => a.data.order - b.data.order);
  const trees = sorted.map((entry) => parseMdx(entry.body ?? ''));
  const facts = sortFacts(factEntries.map((entry) => entry.data));
  const entities = entityEntries.map((entry) => entry.data);
  const terms = termEntries.map((entry) => entry.data);
  const corrections = correctionEntries.map((entry) => entry.data);

  assertValidContent({
    story: { file: CONTENT_FILES.story, data: story },
    sections: sorted.map((entry, i) => ({
      file: entry.filePath ?? `content/sections/${entry.id}.mdx`,
      data: entry.data,
      body: entry.body ?? '',
      tree: trees[i] as MdxTree,
    })),
    facts: { file: CONTENT_FILES.facts, records: facts },
    entities: { file: CONTENT_FILES.entities, records: entities },
    terms: { file: CONTENT_FILES.terms, records: terms },
    corrections: { file: CONTENT_FILES.corrections, records: corrections },
  });

  const book = buildFactBook(facts);
  return {
    story,
    inBrief: story.inBrief.map((text) => fillFacts(text, book, fmt)),
    sections: sorted.map((entry, i) => ({
      slug: entry.data.slug,
      title: fillFacts(entry.data.title, book, fmt),
      summary: fillFacts(entry.data.summary, book, fmt),
      data: entry.data,
      tree: trees[i] as MdxTree,
      render: () => render(entry),
    })),
    facts: book,
    entities: new Map(entities.map((e) => [e.id, e])),
    terms: new Map(terms.map((t) => [t.id, t])),
    corrections: newestFirst(corrections).map((c) => ({ ...c, description: fillFacts(c.description, book, fmt) })),
    modified: lastModified(story.published, corrections),
  };
}
