// Unit tests: pure TypeScript in src/lib and content validation on fixtures.
// `npm test` runs them beside the type check, lint and the builds (scripts/test.ts), so a test's
// first call (loading citation-js, sharp, satori) gets 30 s, not vitest's 5.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The files share one module graph per worker: the modules (zod, yaml, the MDX parser, d3, citation-js)
    // load once, not once per file, which was three quarters of the run. No test depends on a fresh module:
    // state kept between calls (the content counts, the parse cache) is read as a difference or per call.
    isolate: false,
  },
});
