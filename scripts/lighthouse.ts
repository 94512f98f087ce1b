/**
 * Lighthouse gate (`npm run lighthouse`): audits the built site (dist/, or
 * DIST_DIR) served on 127.0.0.1, with Lighthouse's default mobile settings
 * (Moto G Power screen, simulated slow 4G and 4× CPU slowdown), on the home
 * page and one section page, in Debian's Chromium. Prints the four scores and
 * exits 1 unless performance is at least 95 and accessibility, best practices
 * and SEO are 100. Nothing leaves the machine: the pages have no third-party
 * requests (budgets.test.ts) and Chromium runs with background networking off.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtSectionSlugs } from '../tests/e2e/built.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST_DIR, serveStatic } from '../tests/e2e/harness.ts';

/** Minimum score per category, out of 100. */
const MINIMUM: Record<string, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const site = await serveStatic(DIST_DIR);
const firstSection = builtSectionSlugs(DIST_DIR)[0];
if (!firstSection) throw new Error(`no story section found in ${DIST_DIR}/index.html`);
const pages = [site.url, `${site.url}${firstSection}/`];

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
  logLevel: 'error',
});

let failed = false;
try {
  for (const url of pages) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(MINIMUM),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const path = new URL(url).pathname;
    const scores = Object.keys(MINIMUM).map((id) => {
      const category = lhr.categories[id];
      return { id, score: category?.score == null ? NaN : Math.round(category.score * 100), category };
    });
    console.log(`${path.padEnd(20)} ${scores.map((s) => `${s.id} ${s.score}`).join('  ')}`);
    for (const { id, score, category } of scores) {
      if (score >= MINIMUM[id]!) continue;
      failed = true;
      console.log(`  ${id} ${score} is below ${MINIMUM[id]}; audits losing points:`);
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(
            `    ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
          );
        }
      }
    }
    if (lhr.runWarnings.length > 0) console.log(`  warnings: ${lhr.runWarnings.join(' | ')}`);
  }
} finally {
  chrome.kill();
  await site.close();
}

if (failed) {
  console.error('Lighthouse: below the minimum scores (performance 95, accessibility, best practices and SEO 100).');
  process.exit(1);
}
console.log('Lighthouse: all scores at or above the minimum.');
