/**
 * A build on a host, with no SITE_URL: a Netlify deploy preview under
 * BASE_PATH=/sub/ takes its URL from DEPLOY_PRIME_URL (and says so), keeps
 * search engines out (noindex on every page, robots.txt disallows, no sitemap
 * entries), and its `_redirects`, applied as Netlify does, gives each
 * edition's missing pages that edition's 404 page. The main build (dist/) is
 * checked for the same 404 rules at the root, and for being indexable.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netlifyAnswer, parseRedirects } from '../support/netlify-redirects.ts';
import { exclusiveBuild } from '../support/build-lock.ts';
import { buildEnv, DIST_DIR, ROOT } from '../support/harness.ts';

const PREVIEW_URL = 'https://deploy-preview-42--nev-explainer.netlify.app';
const BASE = '/sub/';
const scratch = mkdtempSync(join(tmpdir(), 'host-build-'));
const outDir = join(scratch, 'dist');
let log = '';

beforeAll(() => {
  const env = buildEnv({
    NETLIFY: 'true',
    CONTEXT: 'deploy-preview',
    URL: 'https://nev-explainer.netlify.app',
    DEPLOY_PRIME_URL: PREVIEW_URL,
    BASE_PATH: BASE,
  });
  delete env.SITE_URL;
  // In the project folder, so one build at a time (its caches, Astro's page list among them, are shared).
  log = exclusiveBuild(() =>
    execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    }),
  );
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

/** The published folder of a build served under `base`: the build in a folder named like the base. */
function publishDir(dir: string, base: string): string {
  if (base === '/') return dir;
  const root = mkdtempSync(join(scratch, 'publish-'));
  mkdirSync(join(root, ...base.split('/').filter(Boolean).slice(0, -1)), { recursive: true });
  symlinkSync(dir, join(root, base.slice(1, -1)));
  return root;
}

describe('a Netlify deploy preview build under /sub/, with no SITE_URL', () => {
  it('says which variable the URL came from', () => {
    expect(log).toContain(`[site] ${PREVIEW_URL}${BASE} from DEPLOY_PRIME_URL, BASE_PATH (Netlify, deploy-preview)`);
    expect(log).toContain('not indexable');
    expect(log).not.toContain('SITE_URL is not set');
  });

  it('links every page to the preview URL and marks it noindex', () => {
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html, page).toContain('<meta name="robots" content="noindex">');
      expect(html, page).not.toContain('localhost');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (canonical) expect(canonical.startsWith(`${PREVIEW_URL}${BASE}`), `${page}: ${canonical}`).toBe(true);
    }
  });

  it('disallows crawling in robots.txt and lists no page in the sitemap', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    const sitemaps = readdirSync(outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
    for (const file of sitemaps) expect(readFileSync(join(outDir, file), 'utf8')).not.toContain('<loc>');
  });

  it("answers a missing page in each edition with that edition's 404 page, under /sub/", () => {
    const rules = parseRedirects(readFileSync(join(outDir, '_redirects'), 'utf8'));
    const root = publishDir(outDir, BASE);
    for (const [path, page] of [
      ['de/missing/', 'de/404.html'],
      ['zh/missing/', 'zh/404.html'],
      ['missing/', '404.html'],
    ]) {
      expect(netlifyAnswer(rules, root, `${BASE}${path}`), path).toEqual({ status: 404, file: `${BASE}${page}` });
    }
    expect(netlifyAnswer(rules, root, `${BASE}de/`)).toEqual({ status: 200, file: `${BASE}de/index.html` });
  });
});

describe('the main build (dist/)', () => {
  it("answers a missing page in each edition with that edition's 404 page, at the root", () => {
    const rules = parseRedirects(readFileSync(join(DIST_DIR, '_redirects'), 'utf8'));
    for (const [path, page, lang] of [
      ['/de/missing/', '/de/404.html', 'de'],
      ['/zh/missing/', '/zh/404.html', 'zh-Hans'],
      ['/missing/', '/404.html', 'en'],
    ] as const) {
      const answer = netlifyAnswer(rules, DIST_DIR, path);
      expect(answer, path).toEqual({ status: 404, file: page });
      expect(readFileSync(join(DIST_DIR, page), 'utf8'), page).toContain(`<html lang="${lang}"`);
    }
  });

  it('is indexable: no noindex outside the embed pages, robots.txt allows', () => {
    for (const page of htmlFiles(DIST_DIR).filter((file) => !/(^|\/)embed\//.test(file))) {
      expect(readFileSync(join(DIST_DIR, page), 'utf8'), page).not.toContain('name="robots"');
    }
    expect(readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nAllow: \/\n/);
  });
});
