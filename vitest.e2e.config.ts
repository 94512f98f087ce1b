// Browser and build-output tests: Debian's Chromium against the built dist/.
// Files run one at a time: the machine has two cores and each file starts a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
