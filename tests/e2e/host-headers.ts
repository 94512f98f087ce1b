/**
 * The headers a static host sends for a path, read from the build's
 * `_headers` file as Cloudflare Pages and Netlify read it, and a server that
 * sends them: so browser tests see the framing rules (a `<meta>` policy cannot
 * carry `frame-ancestors`) exactly as a host would apply them.
 *
 * Cloudflare Pages: every matching rule applies, in file order; a `! Name`
 * line removes a header an earlier rule set; a header set again is joined
 * with a comma. Netlify: `! Name` lines are not headers and are skipped; for
 * a header set by several matching rules, the later rule's value wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** One rule of `_headers`: a path pattern, the headers it sets and the ones it detaches. */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

/** How a host reads `_headers`. */
export type HostFlavour = 'cloudflare' | 'netlify';

/** The rules of a `_headers` text, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach) rule.detach.push(detach[1]!);
    else {
      const header = /^\s+([\w-]+):\s*(.+?)\s*$/.exec(line);
      if (!header) throw new Error(`_headers: cannot read ${JSON.stringify(line)}`);
      rule.set.push([header[1]!, header[2]!]);
    }
  }
  return rules;
}

/** True when a `_headers` path pattern (a literal path, or one ending in `*`) matches a request path. */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The headers a host sends for a request path, names lower-cased. */
export function headersFor(rules: readonly HeaderRule[], path: string, flavour: HostFlavour): Record<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path))) {
    if (flavour === 'cloudflare') for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(key, flavour === 'cloudflare' && earlier !== undefined ? `${earlier}, ${value}` : value);
    }
  }
  return Object.fromEntries(headers);
}

/** A running server. */
export interface HostedSite {
  /** Its origin and base: `http://127.0.0.1:1234/`. */
  url: string;
  close: () => Promise<void>;
}

/** Serves a built folder at the root on 127.0.0.1, each response with the headers its `_headers` gives the path. */
export async function serveWithHostHeaders(dir: string, flavour: HostFlavour = 'cloudflare'): Promise<HostedSite> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) throw new Error(`${dir} has no _headers: run the build first`);
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  const notFound = readFileSync(join(dir, '404.html'));
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    for (const [name, value] of Object.entries(headersFor(rules, path, flavour))) res.setHeader(name, value);
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Serves pages made by the test, by path, on `localhost` (another site than 127.0.0.1). */
export async function serveHostPages(pages: Map<string, string>): Promise<HostedSite> {
  const server: Server = createServer((req, res) => {
    const html = pages.get((req.url ?? '/').split('?')[0]!);
    res.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}
