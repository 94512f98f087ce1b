/**
 * The test harness shared by the browser tests and the scripts: a static
 * server over a built folder (optionally under a sub-path, serving 404.html
 * for misses, as static hosts do; optionally injecting a probe script into
 * every page), Debian's Chromium through playwright-core, and a child build
 * into another folder. Nothing downloads a browser. Knows nothing of vitest:
 * `built-site.ts` wraps it in hooks for test files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The built site under test: dist/, or DIST_DIR (a helper building elsewhere, a BASE_PATH build). */
export const DIST_DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');

/**
 * The one `BASE_PATH=/sub/` build of a run, shared by the sub-path crawl (tests/e2e/base-path.test.ts) and the
 * server suite (tests/servers/): `dist-sub/`, or SUB_DIST_DIR. `npm run build:sub` makes it.
 */
export const SUB_DIST_DIR = resolve(ROOT, process.env.SUB_DIST_DIR ?? 'dist-sub');

/** The settings of the sub-path build. */
export const SUB_SITE = { SITE_URL: 'https://example.org', BASE_PATH: '/sub/' } as const;

/** Where the two-story site is built (`npm run build:stories`): this project's stories and the test fixture's. */
export const STORIES_DIST_DIR = resolve(ROOT, process.env.STORIES_DIST_DIR ?? 'dist-stories');

/** The second story of the two-story site: the valid fixture (tests/fixtures/good), served under `/{id}/`. */
export const SECOND_STORY = { id: 'second-story', dir: resolve(ROOT, 'tests/fixtures/good') } as const;

/** Where Debian installs Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on a machine with no network but the loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A running static server. */
export interface StaticSite {
  /** Origin plus base path, ending in a slash: `http://127.0.0.1:1234/sub/`. */
  url: string;
  /** The folder being served. */
  dir: string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Optional test hooks for `serveStatic`. */
export interface ServeOptions {
  /**
   * A script served at `path` (under the base) and loaded by a `<script src>` inserted at the very top of
   * every HTML page's `<head>`, before the page's own scripts and CSP: a probe for browsers whose driver
   * shows no console. Same-origin, so the site's `script-src 'self'` allows it.
   */
  inject?: { path: string; script: string };
  /** Called with the address of every request answered with 404. */
  onMiss?: (url: string) => void;
  /** Headers sent with every response, as a host would (e.g. the CSP from `_headers`). */
  headers?: Record<string, string>;
}

/** The built HTML file a request path resolves to, as sirv would find it, or null. */
function htmlFileFor(dir: string, path: string): string | null {
  const root = resolve(dir);
  let rel: string;
  try {
    rel = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  const candidates = rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}.html`, `${rel}/index.html`];
  for (const candidate of candidates) {
    const file = resolve(root, `.${candidate}`);
    if (!file.startsWith(root + sep) || !file.endsWith('.html')) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Serves `dir` (default `dist/`) on 127.0.0.1 under `base`, like a plain static host. */
export async function serveStatic(dir = DIST_DIR, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run the build first`);
  const { inject, onMiss, headers = {} } = options;
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const withProbe = (html: Buffer | string) =>
    inject
      ? String(html).replace(/<head\b[^>]*>/i, (tag) => `${tag}<script src="${base}${inject.path}"></script>`)
      : html;
  const notFound = withProbe(readFileSync(join(dir, '404.html')));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const send404 = () => {
      onMiss?.(url);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (!url.startsWith(base)) return send404();
    req.url = `/${url.slice(base.length)}`;
    if (inject) {
      if (req.url.split('?')[0] === `/${inject.path}`) {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(inject.script);
      }
      const html = htmlFileFor(dir, req.url);
      if (html) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(withProbe(readFileSync(html)));
      }
    }
    files(req, res, send404);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    dir,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Starts Debian's Chromium. */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What a page did wrong while loading: console errors, failed or 4xx/5xx requests. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Records, from now on, the console errors and failed or 4xx/5xx requests of `page`. */
export function recordProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return problems;
}

/**
 * The environment for a child build, without the variables Vitest adds
 * (BASE_URL, MODE, NODE_ENV=test, …): Vite would take BASE_URL over BASE_PATH.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return { ...env, ...extra };
}

/** Builds the project into `outDir` with extra environment (`SITE_URL`, `BASE_PATH`); returns its log, throws with the output on failure. */
export function buildSite(outDir: string, env: Record<string, string> = {}): string {
  return execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: buildEnv({ NO_COLOR: '1', ...env }),
    stdio: 'pipe',
    encoding: 'utf8',
  });
}

/** When a build folder was written: its index.html's modification time, or -1 when there is none. */
function builtAt(dir: string): number {
  const index = join(dir, 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : -1;
}

/**
 * The shared `BASE_PATH=/sub/` build, made here only when it is missing or older than `dist/` (a suite run on
 * its own after `npm run build`); `npm test` makes it once, before the suites (`npm run build:sub`).
 */
export function subPathBuild(): string {
  const root = builtAt(DIST_DIR);
  const sub = builtAt(SUB_DIST_DIR);
  if (sub < 0 || sub < root) {
    console.info(`${SUB_DIST_DIR} is ${sub < 0 ? 'missing' : 'older than dist/'}: building it (npm run build:sub)`);
    rmSync(SUB_DIST_DIR, { recursive: true, force: true });
    buildSite(SUB_DIST_DIR, { ...SUB_SITE });
  }
  return SUB_DIST_DIR;
}
