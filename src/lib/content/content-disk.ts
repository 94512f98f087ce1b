/**
 * Reads a project's content files from disk into the map `content-reader.ts`
 * works on. The only module under `src/lib/` that touches the file system.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCounts, rememberCheckedContent } from './content-once.ts';
import { CONTENT_FILES, loadContent, type ContentFiles, type ContentLayout } from './content-reader.ts';
import type { CheckOptions, ContentBundle } from './bundle.ts';

/** Reads every file of `layout` under `root` (missing files are left out, and reported by the reader). */
export function readContentFiles(root: string, layout: ContentLayout = CONTENT_FILES): ContentFiles {
  contentCounts().reads += 1;
  const files = new Map<string, string>();
  for (const path of [
    layout.story,
    layout.facts,
    layout.entities,
    layout.terms,
    layout.corrections,
    layout.quotes,
    layout.charts,
  ]) {
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
  return files;
}

/** Reads and checks the content under `root`; throws a `ContentError` listing every problem. */
export function loadContentFromDisk(
  root: string,
  options: CheckOptions,
  layout: ContentLayout = CONTENT_FILES,
): ContentBundle {
  const bundle = loadContent(readContentFiles(root, layout), options, layout);
  // The rest of the build (src/data/story.ts) takes this instead of reading and checking again.
  if (layout === CONTENT_FILES) rememberCheckedContent(root, bundle);
  return bundle;
}
