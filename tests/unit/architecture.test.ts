/**
 * The one-way flow, checked on the source: only `src/data/` (and the
 * collections' own config) reads Astro's content collections; components and
 * the layout never load data themselves — they render what the page or
 * `Astro.locals` (set once by `src/middleware.ts`) hands them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './content-files.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const SOURCE = filesUnder(join(ROOT, 'src')).filter((f) => /\.(ts|astro|mjs)$/.test(f));
const rel = (path: string) => relative(ROOT, path);
const readsCollections = (text: string) => /from ['"]astro:content['"]|getCollection\(|getEntry\(/.test(text);
const loadsData = (text: string) =>
  /\bload(Story|StoryModel|Edition)\b|from ['"](\.\.\/)+data\//.test(text.replace(/import type [^;]+;/g, ''));

describe('who may load data', () => {
  it('leaves reading the collections to src/data/ and the collections config', () => {
    const readers = SOURCE.filter((f) => readsCollections(readFileSync(f, 'utf8'))).map(rel);
    expect(readers.sort()).toEqual(['src/content.config.ts', 'src/data/story.ts']);
  });

  it('has no component or layout that loads data', () => {
    const offenders = SOURCE.filter((f) => /^src\/(components|layouts)\//.test(rel(f)))
      .filter((f) => loadsData(readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('keeps src/lib free of Astro and of the data layer', () => {
    const offenders = SOURCE.filter((f) => rel(f).startsWith('src/lib/'))
      .filter((f) => /from ['"]astro:|from ['"](\.\.\/)+data\//.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });
});
