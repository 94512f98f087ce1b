/**
 * The checks every documented server configuration must pass, written once
 * and run against nginx and Caddy, at the root and under a sub-path: status
 * codes, redirects, the 404 page, types and charsets, compression, caching,
 * every security header, CSP hashes for every inline script, hidden host files,
 * and framing: the chart embed pages may be framed by any site, nothing else.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, securityHeaders, type HeaderField } from '../../src/lib/site/security-headers.ts';
import {
  fetchFrom,
  htmlFiles,
  makeCertificates,
  tempDir,
  type Certificates,
  type Reply,
  type RunningServer,
  type SiteFolders,
} from './harness.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Script types a browser runs (anything else, such as JSON-LD, is data). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of every inline script a browser would run, read with a real HTML parser. */
export function inlineScriptTexts(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script') {
      const element = node as Element;
      const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
      const type = (attr('type') ?? '').trim().toLowerCase();
      if (attr('src') === undefined && EXECUTABLE.has(type)) {
        found.push(element.childNodes.map((child) => ('value' in child ? child.value : '')).join(''));
      }
    }
    const children: Node[] = 'content' in node && node.content ? [node.content] : [];
    if ('childNodes' in node) children.push(...(node.childNodes as Node[]));
    for (const child of children) walk(child);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

/** `'sha256-…'` of a script's text, as a browser computes it. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Every inline script hash of every page of a build. */
export function buildScriptHashes(dir: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(dir)) {
    for (const script of inlineScriptTexts(readFileSync(join(dir, file), 'utf8'))) hashes.add(sha256Source(script));
  }
  return [...hashes];
}

/** The sources of `script-src` in a CSP header. */
function scriptSources(policy: string): string[] {
  const directive = policy.split(';').map((part) => part.trim().split(/\s+/));
  return directive.find(([name]) => name === 'script-src')?.slice(1) ?? [];
}

/** What a suite needs to know about one server and one build. */
export interface ServerSuite {
  /** `nginx-root`, `caddy-sub`, …: names the describe block. */
  title: string;
  /** The server's binary; the suite is skipped, with a message, when it is missing. */
  binary: string;
  /** `/` or `/sub/`. */
  base: string;
  /** The build to serve (a function: the sub-path build is made in global setup). */
  build: () => string;
  /** Lays out the build for the configuration's `root`. */
  folders: (build: string, scratch: string) => SiteFolders;
  /** Starts the server on the documented configuration. */
  start: (certs: Certificates, folders: SiteFolders) => Promise<RunningServer>;
  /** Status of the redirect to the slash URL of a folder: 301 (nginx) or 308 (Caddy). */
  slashRedirect: number;
  /** Status of the HTTP → HTTPS redirect. */
  httpsRedirect: number;
  /** Extra checks run with the server up. */
  extra?: (context: () => SuiteContext) => void;
}

/** The running server and what the checks compare against. */
export interface SuiteContext {
  server: RunningServer;
  certs: Certificates;
  dir: string;
  expected: HeaderField[];
  /** The headers of the chart embed pages: the same, but framable by any site and without X-Frame-Options. */
  framable: HeaderField[];
  get: (path: string, headers?: Record<string, string>) => Promise<Reply>;
}

/** The suite's server, started before its tests and stopped after, and what its checks share. */
interface SuiteChecks {
  suite: ServerSuite;
  ctx: () => SuiteContext;
  get: SuiteContext['get'];
  /** Fails unless the reply carries every security header, each with the value the build wrote. */
  expectSecurityHeaders: (reply: Reply, what: string) => void;
  /** The built file a site path maps to. */
  file: (path: string) => Buffer;
  /** Site paths of the files in a build folder with a given ending. */
  filesIn: (folder: string, ending: string) => string[];
}

/** Registers the server's start and stop around the file's tests, and the helpers the checks use. */
function startServer(suite: ServerSuite): SuiteChecks {
  let context: SuiteContext | undefined;
  const ctx = (): SuiteContext => {
    if (!context) throw new Error(`${suite.title} did not start`);
    return context;
  };
  const get = (path: string, headers?: Record<string, string>) =>
    fetchFrom({ port: ctx().server.httpsPort, path: `${suite.base}${path}`, ca: ctx().certs.ca, headers });
  let scratch = '';

  beforeAll(async () => {
    const dir = suite.build();
    scratch = tempDir(`${suite.title}-`);
    const certs = makeCertificates(scratch);
    const server = await suite.start(certs, suite.folders(dir, scratch));
    const hashes = buildScriptHashes(dir);
    context = {
      server,
      certs,
      dir,
      expected: securityHeaders(hashes),
      framable: securityHeaders(hashes, 'any'),
      get,
    };
  });

  afterAll(async () => {
    await context?.server.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  return {
    suite,
    ctx,
    get,
    expectSecurityHeaders: (reply, what) => {
      for (const { name, value } of ctx().expected) {
        expect(reply.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
      }
    },
    file: (path) => readFileSync(join(ctx().dir, path.endsWith('/') || path === '' ? `${path}index.html` : path)),
    filesIn: (folder, ending) =>
      readdirSync(join(ctx().dir, folder))
        .filter((name) => name.endsWith(ending))
        .map((name) => `${folder}/${name}`),
  };
}

/** Pages, redirects, 404 pages and the hidden host files. */
function pageChecks({ suite, ctx, get, expectSecurityHeaders, file }: SuiteChecks): void {
  it('serves the story, a section page and the sources page with 200, UTF-8 HTML and every security header', async () => {
    for (const path of ['', 'bmw-shenyang/', 'sources/']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(reply.body.equals(file(path)), `${path} is the built page`).toBe(true);
      expectSecurityHeaders(reply, path || 'the story');
      expect(reply.headers['cache-control'] ?? '', path).not.toContain('immutable');
    }
  });

  it('redirects a folder without its slash to the slash URL, with the security headers', async () => {
    const reply = await get('bmw-shenyang');
    expect(reply.status).toBe(suite.slashRedirect);
    expect(new URL(reply.headers.location ?? '', 'https://example.org/').pathname).toBe(`${suite.base}bmw-shenyang/`);
    expectSecurityHeaders(reply, 'the redirect');
  });

  it('answers missing paths, index-less folders and missing _astro files with 404 and the 404 page', async () => {
    const notFound = readFileSync(join(ctx().dir, '404.html'));
    for (const path of [
      'no-such-page/',
      'no-such-page',
      'no-such-file.css',
      '_astro/',
      'data/',
      'og/',
      '_astro/missing.css',
    ]) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(reply.body.equals(notFound), `${path} gets the 404 page`).toBe(true);
      expectSecurityHeaders(reply, `404 ${path}`);
      expect(reply.headers['cache-control'] ?? '', path).not.toContain('immutable');
    }
  });

  it("answers a missing page in each edition with that edition's 404 page", async () => {
    for (const [path, page] of [
      ['de/missing/', 'de/404.html'],
      ['de/missing', 'de/404.html'],
      ['de/no-such-folder/deeper/', 'de/404.html'],
      ['zh/missing/', 'zh/404.html'],
      ['zh/data/no-such-chart.png', 'zh/404.html'],
    ] as const) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(reply.body.equals(readFileSync(join(ctx().dir, page))), `${path} gets ${page}`).toBe(true);
      expect(reply.body.equals(readFileSync(join(ctx().dir, '404.html'))), `${path} is not the English page`).toBe(
        false,
      );
      expectSecurityHeaders(reply, `404 ${path}`);
    }
  });

  it('does not serve _headers, _redirects or the nginx and Caddy files', async () => {
    for (const path of ['_headers', '_redirects', '_nginx/security-headers.conf', '_caddy/security-headers.caddy']) {
      expect(existsSync(join(ctx().dir, path)), `${path} is in the build`).toBe(true);
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.equals(readFileSync(join(ctx().dir, '404.html'))), `${path} gets the 404 page`).toBe(true);
      expectSecurityHeaders(reply, path);
    }
  });
}

/** Types and charsets, compression and caching of the files. */
function fileChecks({ ctx, get, expectSecurityHeaders, file, filesIn }: SuiteChecks): void {
  it('sends CSV, JSON, CSS and SVG with the right type and charset, and every security header', async () => {
    const csvs = ['facts.csv', ...filesIn('data', '.csv')];
    expect(csvs.length).toBeGreaterThan(1);
    const css = filesIn('_astro', '.css');
    expect(css.length).toBeGreaterThan(0);
    const cases: [string, string][] = [
      ...csvs.map((path): [string, string] => [path, 'text/csv; charset=utf-8']),
      ['facts.json', 'application/json; charset=utf-8'],
      ...css.map((path): [string, string] => [path, 'text/css; charset=utf-8']),
    ];
    for (const [path, type] of cases) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
      expectSecurityHeaders(reply, path);
    }
    const svg = await get('favicon.svg');
    expect(svg.headers['content-type'] ?? '').toMatch(/^image\/svg\+xml\b/);
    expectSecurityHeaders(svg, 'favicon.svg');
  });

  it('gzips HTML, CSS, JSON, CSV and SVG when asked, with Vary, and sends them plain when not', async () => {
    const paths = [
      '',
      'facts.json',
      'facts.csv',
      filesIn('data', '.csv')[0]!,
      filesIn('_astro', '.css')[0]!,
      'favicon.svg',
    ];
    for (const path of paths) {
      const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary ?? '', path).toMatch(/accept-encoding/i);
      expect(zipped.raw.length, path).toBeLessThan(zipped.body.length);
      expect(zipped.body.equals(file(path)), `${path} unzips to the built file`).toBe(true);
      const plain = await get(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.raw.equals(file(path)), path).toBe(true);
    }
  });

  it('caches every _astro file for a year as immutable, with the security headers', async () => {
    const assets = readdirSync(join(ctx().dir, '_astro')).map((name) => `_astro/${name}`);
    for (const path of assets) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe(IMMUTABLE_CACHE);
      expectSecurityHeaders(reply, path);
    }
  });
}

/** CSP hashes, framing, the chart images and citation files, and the HTTPS redirect. */
function headerChecks({ suite, ctx, get, expectSecurityHeaders, file, filesIn }: SuiteChecks): void {
  it("lists in each page's CSP header the hash of every inline script of that page", async () => {
    let checked = 0;
    for (const page of htmlFiles(ctx().dir)) {
      const path = page === '404.html' ? 'no-such-page/' : page.replace(/index\.html$/, '');
      const reply = await get(path);
      expect(reply.status, path).toBe(page === '404.html' ? 404 : 200);
      const sources = scriptSources(String(reply.headers['content-security-policy'] ?? ''));
      expect(sources, path).toContain("'self'");
      expect(sources, path).not.toContain("'unsafe-inline'");
      for (const script of inlineScriptTexts(file(page).toString())) {
        expect(sources, `${path}: ${script.slice(0, 60)}`).toContain(sha256Source(script));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(htmlFiles(ctx().dir).length);
  });

  it('lets any site frame the chart embed pages, and only them: frame-ancestors *, no X-Frame-Options', async () => {
    const pages = htmlFiles(ctx().dir).map((file) => file.replace(/index\.html$/, ''));
    const embeds = pages.filter((path) => /(^|\/)embed\/[^/]+\/$/.test(path));
    expect(embeds.length).toBeGreaterThanOrEqual(4);
    for (const path of [...embeds, ...embeds.map((page) => `${page}oembed.json`)]) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      for (const { name, value } of ctx().framable) {
        expect(reply.headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
      }
      expect(reply.headers['x-frame-options'], path).toBeUndefined();
      expect(String(reply.headers['content-security-policy'])).toMatch(/frame-ancestors \*$/);
    }
    // Every other page still refuses framing (its full header set, checked on each).
    const others = pages.filter((path) => !embeds.includes(path) && path !== '404.html');
    expect(others.length).toBeGreaterThan(5);
    for (const path of others) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expectSecurityHeaders(reply, path);
    }
  });

  it('serves the chart images, the auto-height script and the citation files with their types and the headers', async () => {
    const cases: [string, RegExp][] = [
      ...filesIn('data', '.svg').map((path): [string, RegExp] => [path, /^image\/svg\+xml\b/]),
      ...filesIn('data', '.png').map((path): [string, RegExp] => [path, /^image\/png$/]),
      ['embed.js', /^(?:application|text)\/javascript\b/],
      ['citation.json', /^application\/json; charset=utf-8$/],
    ];
    expect(cases.length).toBeGreaterThan(8);
    for (const [path, type] of cases) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'] ?? '', path).toMatch(type);
      expect(reply.body.equals(file(path)), `${path} is the built file`).toBe(true);
      expectSecurityHeaders(reply, path);
    }
  });

  it('redirects plain HTTP to the same path and query over HTTPS', async () => {
    const reply = await fetchFrom({ port: ctx().server.httpPort, path: `${suite.base}sources/?from=http` });
    expect(reply.status).toBe(suite.httpsRedirect);
    const location = new URL(reply.headers.location ?? '');
    expect(location.protocol).toBe('https:');
    expect(location.hostname).toBe('example.org');
    expect(`${location.pathname}${location.search}`).toBe(`${suite.base}sources/?from=http`);
  });
}

/** Registers the whole suite for one server and build (or a skipped placeholder when the binary is missing). */
export function describeServer(suite: ServerSuite): void {
  if (!existsSync(suite.binary)) {
    const message = `${suite.title}: skipped, ${suite.binary} is not installed (apt-get install -y ${suite.title.split('-')[0]})`;
    console.warn(message);
    describe.skip(message, () => {
      it('needs the server binary', () => {});
    });
    return;
  }
  const checks = startServer(suite);
  describe(`${suite.title}: the documented configuration, served by the real server`, () => {
    pageChecks(checks);
    fileChecks(checks);
    headerChecks(checks);
    suite.extra?.(checks.ctx);
  });
}
