/**
 * One read and one check of the content per build, shared by the content gate
 * (`src/integrations/content-gate.ts`, which runs in Astro's config) and the
 * pages' data (`src/data/story.ts`, bundled by Vite): the two load separate
 * copies of the modules in the same process, so what the gate checked, and the
 * counts of reads and rule runs, live on `globalThis`.
 */
import { resolve } from 'node:path';
import type { SiteContent } from './bundle.ts';

/** What this process did with the content. */
interface ContentCounts {
  /** Times the content files were read from disk (`readContentFiles`). */
  reads: number;
  /** Times the cross-record rules ran (`findContentProblems`). */
  checks: number;
}

interface Shared {
  counts: ContentCounts;
  /** The last site content read from disk that passed every check, by project root. */
  checked?: { root: string; site: SiteContent };
}

const KEY = Symbol.for('sino-german-explainer.content-once');
const store = globalThis as { [KEY]?: Shared };
const shared = (): Shared => (store[KEY] ??= { counts: { reads: 0, checks: 0 } });

/** This process's counts (read by the gate's end-of-build line and by the tests). */
export function contentCounts(): ContentCounts {
  return shared().counts;
}

/** Records that the content under `root` was read and passed every check. */
export function rememberCheckedSite(root: string, site: SiteContent): void {
  shared().checked = { root: resolve(root), site };
}

/** The content under `root` as last read and checked in this process, if it was. */
export function checkedSite(root: string): SiteContent | undefined {
  const checked = shared().checked;
  return checked?.root === resolve(root) ? checked.site : undefined;
}
