/**
 * What an `astro build` log says of its pages: each line `├─ /x/index.html (+12ms)` is a page it rendered,
 * each `├─ /x/index.html (restored)` or `(cached)` one Astro's page cache copied from the last build
 * (astro.config.mjs, experimental.incrementalBuild). Read by tests/e2e/reproducible.test.ts and `npm run bench`.
 */
export function pagesOfBuildLog(log: string): { rendered: string[]; copied: string[] } {
  const listed = (pattern: RegExp) => [...log.matchAll(pattern)].map((m) => m[1]!);
  return {
    rendered: listed(/├─ (\S+) \(\+[\d.]+m?s\)/g),
    copied: listed(/├─ (\S+) \((?:restored|cached)\)/g),
  };
}
