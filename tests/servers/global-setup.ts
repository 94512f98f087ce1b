/**
 * Global setup for the server tests: checks that dist/ and the run's shared BASE_PATH=/sub/ build
 * (dist-sub/, made here only when missing or older than dist/) are there, and copies both into a
 * world-readable temp folder, which is what the servers serve: the clone itself may sit where the
 * server's workers cannot read (a clone under /root). Removes the copies afterwards.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { subPathBuild } from '../support/harness.ts';
import { DIST_DIR, requireBuild, servableCopy, tempDir } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A world-readable copy of dist/. */
    rootBuild: string;
    /** A world-readable copy of the BASE_PATH=/sub/ build. */
    subBuild: string;
  }
}

/** Copies both builds where every server can read them, and hands their folders to the tests. */
export default function setup(project: TestProject): () => void {
  requireBuild();
  const sub = subPathBuild();
  requireBuild(sub);
  const root = tempDir('servers-root-build-');
  const subCopy = tempDir('servers-sub-build-');
  project.provide('rootBuild', servableCopy(DIST_DIR, root));
  project.provide('subBuild', servableCopy(sub, subCopy));
  return () => {
    for (const dir of [root, subCopy]) rmSync(dir, { recursive: true, force: true });
  };
}
