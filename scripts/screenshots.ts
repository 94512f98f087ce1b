/**
 * Takes full-page screenshots of built pages at 360 and 1280 px, light and
 * dark, into screenshots/ (git-ignored), for looking at the site as a reader.
 * Usage: npm run screenshots -- [path ...]   (default: the story page)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, ROOT, serveStatic } from '../tests/support/harness.ts';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [''];
const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const site = await serveStatic();
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const width of [360, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${site.url}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true });
        console.log(join('screenshots', name));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
