// The site grown by content alone (npm run build:stories → dist-stories/): the valid fixture served as a
// second story beside this project's, and one more chart of an existing type in the front story. The gates that crawl a build (links, Nu, no-JS, budgets, axe) run on it again,
// page by page on the second story's pages and the story index (GATE_ONLY: tests/support/crawl.ts
// gatedPages), and tests/stories/ checks what a site of several stories adds.
import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config.ts';

/** The second story's pages, in each of its languages, and the story index in every language. */
const GATE_ONLY = ['second-story/', 'de/second-story/', 'stories/', 'de/stories/', 'zh/stories/'];

export default defineConfig({
  test: {
    // The e2e settings, with these files only (not merged with the e2e list).
    ...e2e.test,
    include: [
      'tests/e2e/links.test.ts',
      'tests/e2e/html-validity.test.ts',
      'tests/e2e/no-js.test.ts',
      'tests/e2e/budgets.test.ts',
      'tests/e2e/a11y.test.ts',
      'tests/stories/**/*.test.ts',
    ],
    // A sample: axe and the no-JS check load every gated page at 320 px, light, in every edition (the root
    // build gates all four settings and both widths).
    env: { DIST_DIR: 'dist-stories', GATE_ONLY: GATE_ONLY.join(','), GATE_SETTINGS: '320-light' },
  },
});
