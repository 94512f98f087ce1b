/**
 * Where the front story's files are (`content/stories/{front story}/…`), read from the site
 * settings without loading the content, for tests that name this story's files.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ContentLayout } from '../../src/lib/content/content-reader.ts';
import { SITE_FILE, storyLayout } from '../../src/lib/content/site-reader.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The front story's id, as content/site.yaml names it. */
export const FRONT_STORY: string = (() => {
  const [site] = parse(readFileSync(join(ROOT, SITE_FILE), 'utf8')) as { frontStory?: string }[];
  if (!site?.frontStory) throw new Error(`${SITE_FILE}: no frontStory`);
  return site.frontStory;
})();

/** The front story's files, relative to the project root. */
export const STORY_FILES: ContentLayout = storyLayout(FRONT_STORY);

/** The front story's folder, relative to the project root: `content/stories/{front story}`. */
export const STORY_DIR: string = STORY_FILES.story.replace(/\/story\.yaml$/, '');
