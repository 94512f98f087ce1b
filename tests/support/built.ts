/** Reads facts about a built site from its folder (dist/ by default), for the tests and the scripts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './harness.ts';

/** The published fact records, from dist/facts.json. */
export function builtFacts(dir = DIST_DIR): { id: string; [key: string]: unknown }[] {
  return JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8'));
}

/** Section slugs in page order, read from the built story page. */
export function builtSectionSlugs(dir = DIST_DIR): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/<section[^>]*\bid="([^"]+)"[^>]*class="story-section/g)].map((m) => m[1] ?? '');
}

/** The canonical (share) URL written into the built page at `path` (`''`, `shunyi/`). */
export function builtCanonical(path: string, dir = DIST_DIR): string {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`${path}index.html has no canonical link`);
  return href;
}

/** The headers `_headers` asks a host to send with every page (its `/*` block); none when the build has no `_headers`. */
export function hostHeaders(dir = DIST_DIR): Record<string, string> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const block = /^\/\*[ \t]*\n((?:[ \t]+\S.*\n?)*)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^\s+([\w-]+):\s*(.+?)\s*$/gm)].map((m) => [m[1]!, m[2]!] as [string, string]),
  );
}
