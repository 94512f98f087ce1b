/**
 * Reads a project's content files from disk into the map `content-reader.ts`
 * and `site-reader.ts` work on, and keeps the reader's YAML parses on disk between builds
 * (`diskParseStore`). The content stage's only module that touches the file system.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { contentCounts, rememberCheckedSite } from './content-once.ts';
import { loadContent, type ContentFiles, type ContentLayout, type ParseStore } from './content-reader.ts';
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

/** The reader's code (and the YAML parser's version) that decides a parse: a change to either is a new store. */
function readerIdentity(root: string): string {
  const reader = readFileSync(join(root, 'src/lib/content/content-reader.ts'));
  const yaml = createRequire(join(root, 'package.json'))('yaml/package.json') as { version: string };
  return createHash('sha256').update(reader).update(`yaml@${yaml.version}`).digest('hex');
}

/** The parse store's file: its identity and its parses by the SHA-256 of their keys. */
interface StoredParses {
  identity: string;
  parses: [string, unknown][];
}

/**
 * A parse store kept in `dir` (one file, `yaml-parses.bin`): YAML parses of earlier builds, by a hash
 * of everything that decides them (the file's whole text among it) and of the reader's code and YAML
 * parser. Only a parse of exactly the same text comes back; every schema and rule still runs on it.
 * `save()` writes the parses this process used (so the file holds what recent builds read, not every
 * text ever parsed), when they differ from what was there. A missing, unreadable or outdated file is
 * an empty store.
 */
export function diskParseStore(dir: string, root: string): ParseStore & { save: () => void } {
  const file = join(dir, 'yaml-parses.bin');
  const identity = readerIdentity(root);
  let kept = new Map<string, unknown>();
  try {
    const found = deserialize(readFileSync(file)) as StoredParses;
    if (found.identity === identity) kept = new Map(found.parses);
  } catch {
    // No store yet, or one this Node cannot read: start empty.
  }
  const used = new Map<string, unknown>();
  const hash = (key: string) => createHash('sha256').update(key).digest('hex');
  return {
    get: (key) => {
      const id = hash(key);
      const value = kept.get(id);
      if (value !== undefined) used.set(id, value);
      return value;
    },
    set: (key, value) => void used.set(hash(key), value),
    save: () => {
      if (used.size === kept.size && [...used.keys()].every((id) => kept.has(id))) return;
      mkdirSync(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, serialize({ identity, parses: [...used] } satisfies StoredParses));
      renameSync(temp, file);
      kept = new Map(used);
    },
  };
}
