/**
 * Vitest hooks over the harness, one call per test file: `useStaticSite` serves
 * a built folder for the whole file; `useBuiltSite` also starts Debian's
 * Chromium once and hands each test fresh browser contexts, closed after the
 * test whether it passed or failed. Contexts opened outside a test (in a
 * `beforeAll`) live until the file ends.
 *
 * @example
 * const site = useBuiltSite({ viewport: { width: 360, height: 740 } });
 * it('loads', async () => {
 *   const { page, problems } = await site.open('sources/');
 *   expect(problems.consoleErrors).toEqual([]);
 * });
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  DIST_DIR,
  launchBrowser,
  recordProblems,
  serveStatic,
  type PageProblems,
  type ServeOptions,
  type StaticSite,
} from './harness.ts';

/** What to serve, and how. */
export interface StaticSiteOptions {
  /** The built folder (default dist/, or DIST_DIR). */
  dir?: string;
  /** The base path the site is served under, with slashes (default `/`). */
  base?: string;
  /** Probe script, 404 callback and response headers, as for `serveStatic`. */
  serve?: ServeOptions;
  /** Runs once before the server starts, e.g. a build into `dir` (given up to `PREPARE_TIMEOUT`). */
  prepare?: () => void | Promise<void>;
}

/** How long `prepare` and the server start may take together: a build on a busy machine. */
export const PREPARE_TIMEOUT = 240_000;

/** The running server of a test file (read its fields inside hooks and tests, once it has started). */
export interface ServedSite {
  /** Origin plus base path, ending in a slash: `http://127.0.0.1:1234/sub/`. */
  readonly url: string;
  /** The folder being served. */
  readonly dir: string;
  /** `path` (relative to the base, or absolute) as a URL on this server. */
  at(path?: string): string;
}

/** Serves a built folder on 127.0.0.1 from the file's first test to its last. */
export function useStaticSite(options: StaticSiteOptions = {}): ServedSite {
  let site: StaticSite | undefined;
  const started = () => {
    if (!site) throw new Error('the test server is not running: use the site inside a hook or test');
    return site;
  };
  beforeAll(
    async () => {
      await options.prepare?.();
      site = await serveStatic(options.dir ?? DIST_DIR, options.base ?? '/', options.serve);
    },
    options.prepare ? PREPARE_TIMEOUT : undefined,
  );
  afterAll(async () => {
    await site?.close();
  });
  return {
    get url() {
      return started().url;
    },
    get dir() {
      return started().dir;
    },
    at: (path = '') => new URL(path, started().url).href,
  };
}

/** Options of one page: the context's (viewport, colour scheme, scripts, permissions …) and how to load it. */
export interface OpenOptions extends BrowserContextOptions {
  /** Runs on the new context before the page is created: init scripts, routes. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
  /** When navigation counts as done (default `load`). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

/** A page opened by `open`, with what went wrong while it loaded and since. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
}

/** The served site and Chromium of a test file. */
export interface BuiltSite extends ServedSite {
  /** The file's Chromium. */
  readonly browser: Browser;
  /** A fresh context (the file's defaults overridden by `options`), closed after the current test. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Opens `path` (relative to the base, or absolute) in a fresh context, recording console errors and failed requests. */
  open(path?: string, options?: OpenOptions): Promise<OpenedPage>;
  /**
   * Up to `size` pages of one setting (`options`), kept open for the whole file and lent to one call
   * at a time: `use(path, fn)` takes a free page, sends it to about:blank (so what the last page still
   * had in flight ends there), clears its problems (and calls `reset` with its context, for what the
   * caller records itself), loads `path` afresh and hands it to `fn`. For the
   * page-by-page gates: every page is still a fresh load at that setting, without a new browser context
   * and renderer for each. Safe for tests that run side by side.
   */
  pagePool(options: OpenOptions & { size: number; reset?: (context: BrowserContext) => void }): PagePool;
}

/** Pages of one setting, lent out one call at a time (see `BuiltSite.pagePool`). */
export interface PagePool {
  use<T>(path: string, fn: (opened: OpenedPage) => Promise<T>): Promise<T>;
}

/**
 * Serves a built folder and starts Chromium once for the test file. `options`
 * (viewport, colorScheme, javaScriptEnabled …) are the defaults of every context it opens.
 */
export function useBuiltSite(options: StaticSiteOptions & BrowserContextOptions = {}): BuiltSite {
  const { dir, base, serve, prepare, ...contextDefaults } = options;
  const site = useStaticSite({ dir, base, serve, prepare });
  let browser: Browser | undefined;
  /** Contexts of the running test, and of the file (opened in a beforeAll). */
  const perTest: BrowserContext[] = [];
  const perFile: BrowserContext[] = [];
  let inTest = false;

  const closeAll = async (contexts: BrowserContext[]) => {
    const closing = contexts.splice(0).map((context) => context.close());
    await Promise.allSettled(closing);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll(perFile);
    await browser?.close();
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await closeAll(perTest);
  });

  const launched = () => {
    if (!browser) throw new Error('Chromium is not running: use the site inside a hook or test');
    return browser;
  };
  /** A new context with the file's defaults, closed after the test (or the file, outside a test, or `until: 'file'`). */
  const context = async (overrides: BrowserContextOptions = {}, until?: 'file') => {
    const created = await launched().newContext({ ...contextDefaults, ...overrides });
    (until === 'file' || !inTest ? perFile : perTest).push(created);
    return created;
  };
  const openIn = async (
    created: BrowserContext,
    path: string,
    prepareContext: OpenOptions['prepare'],
    waitUntil: OpenOptions['waitUntil'],
  ) => {
    await prepareContext?.(created);
    const page = await created.newPage();
    const problems = recordProblems(page);
    await page.goto(site.at(path), { waitUntil });
    return { page, context: created, problems };
  };

  return {
    get url() {
      return site.url;
    },
    get dir() {
      return site.dir;
    },
    at: site.at,
    get browser() {
      return launched();
    },
    context,
    async open(path = '', { prepare: prepareContext, waitUntil = 'load', ...overrides } = {}) {
      return openIn(await context(overrides), path, prepareContext, waitUntil);
    },
    pagePool({ size, reset, prepare: prepareContext, waitUntil = 'load', ...overrides }) {
      // File-long contexts (closed when the file ends), made the first time each is needed.
      const newPage = async (): Promise<OpenedPage> => {
        const created = await context(overrides, 'file');
        await prepareContext?.(created);
        const page = await created.newPage();
        return { page, context: created, problems: recordProblems(page) };
      };
      return pagePool(size, newPage, async (entry, path) => {
        await entry.page.goto('about:blank');
        entry.problems.consoleErrors.length = 0;
        entry.problems.failedRequests.length = 0;
        reset?.(entry.context);
        await entry.page.goto(site.at(path), { waitUntil });
      });
    },
  };
}

/**
 * Up to `size` pages made by `newPage` when first needed, lent to one call of `use` at a time (a call
 * waits for a free page); `load` readies a page for a path before it is handed over.
 */
function pagePool(
  size: number,
  newPage: () => Promise<OpenedPage>,
  load: (entry: OpenedPage, path: string) => Promise<void>,
): PagePool {
  const free: OpenedPage[] = [];
  const waiting: ((entry: OpenedPage) => void)[] = [];
  let made = 0;
  const take = (): Promise<OpenedPage> => {
    const idle = free.pop();
    if (idle) return Promise.resolve(idle);
    if (made < size) {
      made += 1;
      return newPage();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const give = (entry: OpenedPage) => {
    const next = waiting.shift();
    if (next) next(entry);
    else free.push(entry);
  };
  return {
    async use(path, fn) {
      const entry = await take();
      try {
        await load(entry, path);
        return await fn(entry);
      } finally {
        give(entry);
      }
    },
  };
}
