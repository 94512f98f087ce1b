// Server tests: the nginx and Caddy configurations of docs/deploy.md, run by the real servers on
// 127.0.0.1 against dist/ and a BASE_PATH=/sub/ build (made once in global setup).
// Files run one at a time: the machine has two cores and each file starts servers.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/servers/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/servers/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
