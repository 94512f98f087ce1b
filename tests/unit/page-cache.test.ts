/**
 * The page cache's two parts that are ours: the content digest the pages' cache key is made from
 * (src/lib/content/site-reader.ts, `filesDigest`), and the guard that drops Astro's page list after a
 * build that did not finish (src/integrations/page-cache.ts). A real rebuild that copies every page,
 * and one that renders every page after an unfinished build, are in tests/e2e/reproducible.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSiteFiles } from '../../src/lib/content/content-disk.ts';
import { filesDigest, loadSite } from '../../src/lib/content/site-reader.ts';
import {
  finishPageCache,
  PAGE_CACHE_MANIFEST,
  PAGE_CACHE_MARK,
  startPageCache,
} from '../../src/integrations/page-cache.ts';
import { siteCheckOptions } from '../../src/i18n/locales.ts';
import { ROOT } from './content-files.ts';

describe('the content digest', () => {
  const files = readSiteFiles(ROOT);

  it('is the digest of every file the site was read from', () => {
    const site = loadSite(files, siteCheckOptions());
    expect(site.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(site.digest).toBe(filesDigest(files));
  });

  it('does not depend on the order the files were read in', () => {
    expect(filesDigest(new Map([...files].reverse()))).toBe(filesDigest(files));
  });

  it('changes when any one file changes by one character, is added or is removed', () => {
    const base = filesDigest(files);
    const seen = new Set([base]);
    for (const path of files.keys()) {
      const edited = new Map(files);
      edited.set(path, `${files.get(path)!} `);
      seen.add(filesDigest(edited));
    }
    expect(seen.size).toBe(files.size + 1);
    const added = new Map(files).set('content/stories/x/facts.yaml', '');
    const removed = new Map(files);
    removed.delete([...files.keys()][0]!);
    expect(filesDigest(added)).not.toBe(base);
    expect(filesDigest(removed)).not.toBe(base);
  });

  it('tells a text moved to another file, or a text that holds a path, from the files it looks like', () => {
    const two = new Map([
      ['a.yaml', 'x'],
      ['b.yaml', 'y'],
    ]);
    const moved = new Map([
      ['a.yaml', 'y'],
      ['b.yaml', 'x'],
    ]);
    const one = new Map([['a.yaml', 'x\0b.yaml\0y']]);
    expect(new Set([filesDigest(two), filesDigest(moved), filesDigest(one)]).size).toBe(3);
  });
});

describe('the page cache guard', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'page-cache-')));
  const manifest = () => join(dir, PAGE_CACHE_MANIFEST);
  const mark = () => join(dir, PAGE_CACHE_MARK);

  it('keeps the page list of a build that finished, and marks the new build as under way', () => {
    fresh();
    writeFileSync(manifest(), '{}');
    expect(startPageCache(dir)).toBe(false);
    expect(readFileSync(manifest(), 'utf8')).toBe('{}');
    expect(existsSync(mark())).toBe(true);
    finishPageCache(dir);
    expect(existsSync(mark())).toBe(false);
  });

  it('drops the page list when the last build left its mark (it stopped before it was done)', () => {
    fresh();
    writeFileSync(manifest(), '{}');
    startPageCache(dir);
    // No finishPageCache: the build stopped halfway.
    expect(startPageCache(dir)).toBe(true);
    expect(existsSync(manifest())).toBe(false);
    expect(existsSync(mark())).toBe(true);
  });

  it('starts in a cache folder that does not exist yet, with nothing to drop', () => {
    fresh();
    const inner = join(dir, 'node_modules/.astro');
    expect(startPageCache(inner)).toBe(false);
    expect(existsSync(join(inner, PAGE_CACHE_MARK))).toBe(true);
  });
});
