/** Reads facts about the built site from dist/ for the browser and build-output tests. */
import { readFileSync } from 'node:fs';
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
