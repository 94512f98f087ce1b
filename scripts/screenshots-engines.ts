/**
 * Full-page screenshots of built pages in Firefox ESR and WebKitGTK, at 360
 * and 1280 px, light and dark, into screenshots/engines/ (git-ignored), for
 * comparing the engines by eye. Long pages are cut into parts of at most
 * 10,000 px (`…-1.png`, `…-2.png`). Runs against the built dist/.
 * Usage: npm run screenshots:engines -- [path ...]   (default: every built index.html)
 * BROWSER_ENGINES=firefox or =webkit limits it to one engine.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../tests/support/crawl.ts';
import { DIST_DIR, ROOT, serveStatic } from '../tests/support/harness.ts';
import { ENGINES, launchEngine, PROBE_PATH, PROBE_SCRIPT } from '../tests/browsers/engines.ts';

const WIDTHS = [360, 1280];
const PART = 10_000;

const args = process.argv.slice(2);
const paths =
  args.length > 0
    ? args.map((path) => path.replace(/^\//, ''))
    : builtPages(DIST_DIR)
        .filter((page) => page.rel === 'index.html' || page.rel.endsWith('/index.html'))
        .map((page) => page.path);
const out = join(ROOT, 'screenshots', 'engines');
mkdirSync(out, { recursive: true });
const site = await serveStatic(DIST_DIR, '/', { inject: { path: PROBE_PATH, script: PROBE_SCRIPT } });
try {
  for (const engine of ENGINES) {
    for (const dark of [false, true]) {
      const browser = await launchEngine(engine, { dark });
      try {
        for (const path of paths) {
          for (const width of WIDTHS) {
            await browser.setViewport(width, 800);
            await browser.goto(`${site.url}${path}`);
            const height = await browser.evaluate(() => document.documentElement.scrollHeight);
            const parts = Math.ceil(height / PART);
            const partHeight = Math.ceil(height / parts);
            await browser.setViewport(width, partHeight);
            const name = `${engine}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${dark ? 'dark' : 'light'}`;
            for (let part = 0; part < parts; part += 1) {
              await browser.evaluate((y) => window.scrollTo(0, y), Math.min(part * partHeight, height - partHeight));
              const file = join(out, parts > 1 ? `${name}-${part + 1}.png` : `${name}.png`);
              await browser.screenshot(file);
              console.log(file.slice(ROOT.length + 1));
            }
            const problems = await browser.problems();
            if (problems && problems.length > 0) console.warn(`  problems on /${path}: ${problems.join('; ')}`);
          }
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await site.close();
}
