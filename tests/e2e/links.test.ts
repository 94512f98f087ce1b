/**
 * Links gate on the root build (dist/, or DIST_DIR): every internal link,
 * #fragment and asset in every built HTML page and stylesheet resolves to a
 * file the build wrote, and every fragment to an id in its target page. Reads
 * the files with an HTML parser; no server, no browser. The BASE_PATH=/sub/
 * build is crawled, link by link, in base-path.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, checkBuiltLinks } from '../support/crawl.ts';
import { DIST_DIR } from '../support/harness.ts';

describe(`links in ${DIST_DIR}`, () => {
  const report = checkBuiltLinks(DIST_DIR);

  it('finds the pages and references to check', () => {
    console.info(
      `links: ${report.pages} pages, ${report.stylesheets} stylesheets, ${report.checked} internal references ` +
        `(${report.fragments} with a #fragment), ${report.external} external (not fetched)`,
    );
    expect(report.pages).toBe(builtPages(DIST_DIR).length);
    expect(report.pages).toBeGreaterThanOrEqual(3);
    expect(report.fragments).toBeGreaterThan(0);
  });

  it('resolves every internal link, fragment and asset', () => {
    const lines = report.broken.map((b) => `${b.in}: ${b.from} "${b.url}": ${b.problem}`);
    expect(lines).toEqual([]);
  });
});

describe('the link checker', () => {
  it('reports a missing page, a missing asset, a missing id, a folder without its slash and a broken CSS url()', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      mkdirSync(join(dir, 'about'));
      mkdirSync(join(dir, '_astro'));
      writeFileSync(join(dir, 'about/index.html'), '<!doctype html><title>a</title><h1 id="team">Team</h1>');
      writeFileSync(join(dir, '_astro/site.css'), 'body{background:url(/missing.png)}');
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html><head><link rel="canonical" href="https://example.org/">' +
          '<link rel="stylesheet" href="/_astro/site.css"><title>t</title></head><body>' +
          '<a href="/about/#team">ok</a><a href="about/">ok</a><a href="https://example.org/about/">ok</a>' +
          '<a href="#intro">ok</a><p id="intro">x</p><a href="https://elsewhere.example/">external</a>' +
          '<a href="/nowhere/">1</a><img src="/logo.svg" alt=""><a href="/about/#staff">3</a>' +
          '<a href="/about">4</a><a href="#gone">5</a></body></html>',
      );
      const report = checkBuiltLinks(dir);
      expect(report.external).toBe(1);
      expect(report.broken.map((b) => `${b.in} ${b.url}`)).toEqual([
        'index.html /nowhere/',
        'index.html /logo.svg',
        'index.html /about/#staff',
        'index.html /about',
        'index.html #gone',
        '_astro/site.css /missing.png',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
