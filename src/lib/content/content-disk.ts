/**
 * Reads a project's content files from disk into the map `content-reader.ts`
 * and `site-reader.ts` work on. The only module under `src/lib/` that touches the file system.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCounts, rememberCheckedSite } from './content-once.ts';
import { loadContent, type ContentFiles, type ContentLayout } from './content-reader.ts';
import {
  loadSite,
  SITE_FILE,
  STORIES_DIR,
  storyLayout,
  type SiteCheckOptions,
  type SiteContent,
} from './site-reader.ts';
import type { CheckOptions, ContentBundle } from './bundle.ts';

/** Adds every file of one story's `layout` under `root` to `files` (missing files are left out, and reported by the reader). */
function addStoryFiles(files: Map<string, string>, root: string, layout: ContentLayout): void {
  const { story, facts, entities, terms, corrections, quotes, keyNumbers, charts } = layout;
  for (const path of [story, facts, entities, terms, corrections, quotes, keyNumbers, charts]) {
    const full = join(root, path);
    if (existsSync(full)) files.set(path, readFileSync(full, 'utf8'));
  }
  const sectionsDir = join(root, layout.sections);
  if (existsSync(sectionsDir)) {
    for (const name of readdirSync(sectionsDir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      files.set(`${layout.sections}/${name}`, readFileSync(join(sectionsDir, name), 'utf8'));
    }
  }
  // Every file under the editions folder (`{locale}/*.yaml`, `{locale}/sections/*.mdx`).
  const editionsDir = join(root, layout.editions);
  if (existsSync(editionsDir)) {
    for (const name of readdirSync(editionsDir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(ya?ml|mdx)$/.test(name))
        files.set(`${layout.editions}/${name}`, readFileSync(join(editionsDir, name), 'utf8'));
    }
  }
}

/** Reads every file of one story folder's `layout` under `root`. */
export function readContentFiles(root: string, layout: ContentLayout): ContentFiles {
  contentCounts().reads += 1;
  const files = new Map<string, string>();
  addStoryFiles(files, root, layout);
  return files;
}

/** Reads the site settings and every story folder under `root`: one read of the whole content. */
export function readSiteFiles(root: string): ContentFiles {
  contentCounts().reads += 1;
  const files = new Map<string, string>();
  if (existsSync(join(root, SITE_FILE))) files.set(SITE_FILE, readFileSync(join(root, SITE_FILE), 'utf8'));
  const storiesDir = join(root, STORIES_DIR);
  if (!existsSync(storiesDir)) return files;
  for (const entry of readdirSync(storiesDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory()) continue;
    const before = files.size;
    addStoryFiles(files, root, storyLayout(entry.name));
    // A folder with no content file is still a story folder, so the reader names what it lacks.
    if (files.size === before) files.set(`${STORIES_DIR}/${entry.name}/`, '');
  }
  return files;
}

/** Reads and checks one story folder under `root`; throws a `ContentError` listing every problem. */
export function loadContentFromDisk(root: string, options: CheckOptions, layout: ContentLayout): ContentBundle {
  return loadContent(readContentFiles(root, layout), options, layout);
}

/** Reads and checks the whole site under `root`; throws a `ContentError` listing every problem. */
export function loadSiteFromDisk(root: string, options: SiteCheckOptions): SiteContent {
  const site = loadSite(readSiteFiles(root), options);
  // The rest of the build (src/data/story.ts) takes this instead of reading and checking again.
  rememberCheckedSite(root, site);
  return site;
}
