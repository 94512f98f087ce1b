/**
 * A copy of the project in a temporary folder, for builds that must not touch the real one (the
 * scaled-story benchmark, the two-story site): everything but installed, built and cached files, with
 * a node_modules of links to the project's packages and a `.astro` cache folder of its own, so a
 * copy's build never fills or reads the project's cache.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Top-level entries of the project that are never copied: installed, built or cached files. */
const SKIP = new Set(['node_modules', '.git', '.astro', 'screenshots', 'test-results']);

/** A copy of the project. */
export interface ProjectCopy {
  /** The copy's root: run `astro build` here. */
  root: string;
  /** Deletes the copy. */
  remove: () => void;
}

/** Copies the project at `root` into a new temporary folder named `{prefix}…`. */
export function copyProject(root: string, prefix: string): ProjectCopy {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => {
      const top = relative(root, source).split('/')[0] ?? '';
      return !SKIP.has(top) && !top.startsWith('dist');
    },
  });
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')).filter((entry) => entry !== '.astro')) {
    symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return { root: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}
