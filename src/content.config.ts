/**
 * Astro content collections: where each kind of content lives and which schema
 * checks it. The schemas themselves (one comment per field) are in
 * `src/lib/schema.ts`; cross-record rules run in `src/data/story.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { EntitySchema, FactSchema, SectionSchema, StorySchema, TermSchema } from './lib/schema.ts';

/** The story's headline, dek, dates and source: `content/story.yaml`. */
const story = defineCollection({ loader: file('content/story.yaml'), schema: StorySchema });

/** One MDX file per section: `content/sections/*.mdx`. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sections' }),
  schema: SectionSchema,
});

/** Every fact with its provenance: `content/facts.yaml`. */
const facts = defineCollection({ loader: file('content/facts.yaml'), schema: FactSchema });

/** People, organisations, places and groups: `content/entities.yaml`. */
const entities = defineCollection({ loader: file('content/entities.yaml'), schema: EntitySchema });

/** Glossary terms: `content/glossary.yaml`. */
const glossary = defineCollection({ loader: file('content/glossary.yaml'), schema: TermSchema });

export const collections = { story, sections, facts, entities, glossary };
