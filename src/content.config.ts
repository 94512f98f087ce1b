/**
 * Astro content collections: the section files of every story, which Astro
 * compiles and renders as MDX. Everything else about a story (its data files
 * and the sections' front matter) is read and checked once per build by the
 * content gate (`src/integrations/content-gate.ts`, through
 * `src/lib/content/site-reader.ts`), and `src/data/story.ts` takes the records
 * from that read; the collections only render. Ids are paths, so every story
 * and every edition can use the same slugs.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { STORIES_DIR } from './lib/content/site-reader.ts';
import { SectionSchema } from './lib/content/schema.ts';

/** The id of a section entry: its path below the stories folder, without `.mdx`. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

/** Each story's sections: `content/stories/{story}/sections/*.mdx` (ids `{story}/sections/{name}`). */
const sections = defineCollection({
  loader: glob({ pattern: '*/sections/*.mdx', base: `./${STORIES_DIR}`, generateId: byPath }),
  schema: SectionSchema,
});

/**
 * The sections of each story's editions in other languages:
 * `content/stories/{story}/editions/{locale}/sections/*.mdx` (ids `{story}/editions/{locale}/sections/{name}`).
 */
const editionSections = defineCollection({
  loader: glob({ pattern: '*/editions/*/sections/*.mdx', base: `./${STORIES_DIR}`, generateId: byPath }),
  schema: SectionSchema,
});

export const collections = { sections, editionSections };
