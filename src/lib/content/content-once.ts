/**
 * One read and one check of the content per build, shared by the content gate
 * (`src/integrations/content-gate.ts`, which runs in Astro's config) and the
 * pages' data (`src/data/story.ts`, bundled by Vite): the two load separate
 * copies of the modules in the same process, so what the gate checked, and the
 * counts of reads and rule runs, live on `globalThis`.
 */
import { resolve } from 'node:path';
import type { ContentBundle } from './bundle.ts';

/** What this process did with the content. */
interface ContentCounts {
  /** Times the content files were read from disk (`readContentFiles`). */
  reads: number;
  /** Times the cross-record rules ran (`findContentProblems`). */
  checks: number;
}

interface Shared {
  counts: ContentCounts;
  /** The last content read from disk that passed every check, by project root. */
  checked?: { root: string; bundle: ContentBundle };
}

const KEY = Symbol.for('sino-german-explainer.content-once');
const store = globalThis as { [KEY]?: Shared };
const shared = (): Shared => (store[KEY] ??= { counts: { reads: 0, checks: 0 } });

/** This process's counts (read by the gate's end-of-build line and by the tests). */
export function contentCounts(): ContentCounts {
  return shared().counts;
}

/** Records that the content under `root` was read and passed every check. */
export function rememberCheckedContent(root: string, bundle: ContentBundle): void {
  shared().checked = { root: resolve(root), bundle };
}

/** The content under `root` as last read and checked in this process, if it was. */
export function checkedContent(root: string): ContentBundle | undefined {
  const checked = shared().checked;
  return checked?.root === resolve(root) ? checked.bundle : undefined;
}

/** The English records of a bundle as plain, order-free JSON: equal when two reads hold the same content. */
export function englishFingerprint(bundle: ContentBundle): string {
  const byId = <T extends { id: string }>(records: readonly T[] = []) =>
    [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify([
    bundle.story.data,
    [...bundle.sections]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      // Astro's entry body drops the blank line after the front matter; the words are what count.
      .map((section) => [section.file, section.data, section.body.trim()]),
    byId(bundle.facts.records),
    byId(bundle.entities.records),
    byId(bundle.terms.records),
    byId(bundle.corrections.records),
    byId(bundle.quotes?.records),
  ]);
}
