/**
 * Astro content collections: where each kind of content lives and which schema
 * checks it. The schemas themselves (one comment per field) are in
 * `src/lib/content/schema.ts`; the data files are read by `yamlListLoader`, which stops
 * on any broken file instead of keeping the cache's old entries. Cross-record
 * rules run in `src/data/story.ts` (and, before the build, in the content gate).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_FILES } from './lib/content/content-reader.ts';
import {
  CorrectionSchema,
  EntitySchema,
  FactSchema,
  QuoteSchema,
  SectionSchema,
  StorySchema,
  TermSchema,
} from './lib/content/schema.ts';
import { yamlListLoader } from './loaders/yaml-list.ts';

/** The story's headline, dek, dates and source: `content/story.yaml`. */
const story = defineCollection({
  loader: yamlListLoader(CONTENT_FILES.story, 'story', StorySchema),
  schema: StorySchema,
});

/** One MDX file per section: `content/sections/*.mdx`. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${CONTENT_FILES.sections}` }),
  schema: SectionSchema,
});

/** Every fact with its provenance: `content/facts.yaml`. */
const facts = defineCollection({
  loader: yamlListLoader(CONTENT_FILES.facts, 'facts', FactSchema),
  schema: FactSchema,
});

/** People, organisations, places and groups: `content/entities.yaml`. */
const entities = defineCollection({
  loader: yamlListLoader(CONTENT_FILES.entities, 'entities', EntitySchema),
  schema: EntitySchema,
});

/** Glossary terms: `content/glossary.yaml`. */
const glossary = defineCollection({
  loader: yamlListLoader(CONTENT_FILES.terms, 'terms', TermSchema),
  schema: TermSchema,
});

/** Published corrections, clarifications and updates: `content/corrections.yaml`. */
const corrections = defineCollection({
  loader: yamlListLoader(CONTENT_FILES.corrections, 'corrections', CorrectionSchema, { allowEmptyList: true }),
  schema: CorrectionSchema,
});

/** The report's quotations shown as block quotes: `content/quotes.yaml`. */
const quotes = defineCollection({
  loader: yamlListLoader(CONTENT_FILES.quotes, 'quotes', QuoteSchema),
  schema: QuoteSchema,
});

/**
 * The sections of the editions in other languages: `content/editions/{locale}/sections/*.mdx`
 * (ids `{locale}/sections/{name}`). Their words for the data files are read and checked by
 * the content reader (src/data/story.ts); these entries are for rendering the MDX.
 */
const editionSections = defineCollection({
  loader: glob({
    pattern: '*/sections/*.mdx',
    base: `./${CONTENT_FILES.editions}`,
    // By path, not by the `slug` field: every edition's section has the same slug.
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: SectionSchema,
});

export const collections = { story, sections, facts, entities, glossary, corrections, quotes, editionSections };
