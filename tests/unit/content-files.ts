/**
 * Reads a content folder for the tests through the real reader
 * (`src/lib/content/content-reader.ts`), overlaying folders file by file: a broken
 * fixture in `tests/fixtures/bad/NAME/` replaces only the files it holds, the
 * rest come from `tests/fixtures/good/`. Paths are relative to the project root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  contentLayout,
  readContent as readContentFiles,
  type ContentLayout,
} from '../../src/lib/content/content-reader.ts';
import type { ContentBundle, ContentProblem } from '../../src/lib/content/bundle.ts';
import { STORY_DIR, STORY_FILES } from '../support/story-files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Where a file of the project's layout sits inside any content folder: `facts.yaml`, `sections`. */
const inFolder = (path: string) => relative(STORY_DIR, path);

/** Finds a file in the overlay folder first, then in the base folder. */
function pick(dirs: string[], name: string): string {
  const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
  if (!found) throw new Error(`no ${name} in ${dirs.join(' or ')}`);
  return found;
}

/** The files of `dirs` overlaid (earlier folders win) and the layout naming them. */
export function overlayFiles(...dirs: string[]): { files: Map<string, string>; layout: ContentLayout } {
  const rel = (path: string) => relative(ROOT, path);
  const base = contentLayout(rel(dirs.at(-1) ?? join(ROOT, STORY_DIR)));
  const file = (path: string) => rel(pick(dirs, inFolder(path)));
  const layout: ContentLayout = {
    story: file(STORY_FILES.story),
    facts: file(STORY_FILES.facts),
    entities: file(STORY_FILES.entities),
    terms: file(STORY_FILES.terms),
    corrections: file(STORY_FILES.corrections),
    keyNumbers: file(STORY_FILES.keyNumbers),
    sections: base.sections,
    // Quotations are optional: a fixture without them has none.
    quotes: rel(
      dirs.map((dir) => join(dir, 'quotes.yaml')).find((path) => existsSync(path)) ??
        join(dirs.at(-1) ?? '', 'quotes.yaml'),
    ),
    // Charts are optional too: a fixture without them has none.
    charts: rel(
      dirs.map((dir) => join(dir, 'charts.yaml')).find((path) => existsSync(path)) ??
        join(dirs.at(-1) ?? '', 'charts.yaml'),
    ),
    editions: base.editions,
  };
  const files = new Map<string, string>();
  for (const path of [layout.story, layout.facts, layout.entities, layout.terms, layout.corrections, layout.keyNumbers])
    files.set(path, readFileSync(join(ROOT, path), 'utf8'));
  for (const optional of [layout.quotes, layout.charts])
    if (existsSync(join(ROOT, optional))) files.set(optional, readFileSync(join(ROOT, optional), 'utf8'));
  const sections = inFolder(STORY_FILES.sections);
  const names = new Set(
    dirs.flatMap((dir) => (existsSync(join(dir, sections)) ? readdirSync(join(dir, sections)) : [])),
  );
  for (const name of [...names].filter((n) => n.endsWith('.mdx')).sort()) {
    const path = rel(pick(dirs, join(sections, name)));
    files.set(path, readFileSync(join(ROOT, path), 'utf8'));
  }
  return { files, layout };
}

/** Reads content from `dirs` (earlier folders override later ones, file by file). */
export function readContent(...dirs: string[]): { bundle: ContentBundle; schemaProblems: ContentProblem[] } {
  const { files, layout } = overlayFiles(...dirs);
  const { bundle, problems } = readContentFiles(files, layout);
  if (!bundle) throw new Error(`content did not parse: ${JSON.stringify(problems)}`);
  return { bundle, schemaProblems: problems };
}

/** The problems found reading `dirs` (syntax, shape, schema), whether or not a bundle could be made. */
export function readProblems(...dirs: string[]): ContentProblem[] {
  const { files, layout } = overlayFiles(...dirs);
  return readContentFiles(files, layout).problems;
}

/** Changes to files, by their path inside the content folder (`facts.yaml`, `sections/first.mdx`): old text → new text. */
export type FileEdits = Record<string, (text: string) => string>;

/**
 * Reads `dirs` like `readContent`, after changing some files' texts in memory:
 * a case that needs no fixture folder of its own. Every edit must change its
 * file, and the result must pass the reader, so a failing rule fails for its
 * own reason.
 */
export function readEdited(edits: FileEdits, ...dirs: string[]): ContentBundle {
  const { files, layout } = overlayFiles(...dirs);
  for (const [name, edit] of Object.entries(edits)) {
    const path = [...files.keys()].find((key) => key.endsWith(`/${name}`));
    const text = path === undefined ? undefined : files.get(path);
    if (path === undefined || text === undefined) throw new Error(`no ${name} in ${dirs.join(' or ')}`);
    const changed = edit(text);
    if (changed === text) throw new Error(`the edit of ${name} changed nothing`);
    files.set(path, changed);
  }
  const { bundle, problems } = readContentFiles(files, layout);
  if (!bundle || problems.length > 0) throw new Error(`edited content did not read: ${JSON.stringify(problems)}`);
  return bundle;
}
