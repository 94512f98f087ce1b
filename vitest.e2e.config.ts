// Browser and build-output tests: Debian's Chromium against the built dist/.
// Two files at a time (E2E_WORKERS to change it): each has its own server and Chromium; the files
// that build in the project folder take turns (tests/support/build-lock.ts).
import { defineConfig } from 'vitest/config';

const workers = Number(process.env.E2E_WORKERS ?? 2);
if (!Number.isInteger(workers) || workers < 1) throw new Error(`E2E_WORKERS must be a whole number ≥ 1`);

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 60_000,
    // Tests marked concurrent (the page-by-page gates) run two at a time within their file.
    maxConcurrency: 2,
    hookTimeout: 120_000,
    // Two files at a time beside other stages: a page may take more than vitest's 1 s to scroll to a
    // fragment or show a button; expect.poll waits up to 5 s (what it waits for is unchanged).
    expect: { poll: { timeout: 5_000 } },
  },
});
