// Cross-engine smoke tests: Firefox ESR and WebKitGTK against the built dist/.
// Files and tests run one at a time (two cores; each mode starts a browser); timeouts are
// generous for a loaded machine but finite, so a hanging driver fails instead of blocking.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browsers/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
