/**
 * Global setup for the server tests: checks that dist/ is built, builds the
 * site once with BASE_PATH=/sub/ into a temp folder for the sub-path blocks,
 * and removes that folder afterwards.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSubPath, requireBuild, tempDir } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The BASE_PATH=/sub/ build. */
    subBuild: string;
  }
}

/** Builds the sub-path site and hands its folder to the tests. */
export default function setup(project: TestProject): () => void {
  requireBuild();
  const scratch = tempDir('servers-sub-build-');
  const outDir = join(scratch, 'dist');
  buildSubPath(outDir);
  requireBuild(outDir);
  project.provide('subBuild', outDir);
  return () => rmSync(scratch, { recursive: true, force: true });
}
