/**
 * One build at a time in the project folder: the e2e files run two at a time, and the files that
 * build (the pseudo-locale build, the reproducible rebuild) share the project's `.astro/` and its
 * cache in `node_modules/.astro/`, which two builds at once would both write (build-errors copies
 * that cache, so it waits too). A lock folder, made atomically by `mkdir`; a lock older than
 * `STALE_MS` (a run that was killed) is taken over.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

const LOCK = join(ROOT, 'node_modules/.build-lock');
const STALE_MS = 10 * 60_000;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `work` while no other test process builds in (or copies the cache of) the project folder. */
export function exclusiveBuild<T>(work: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
