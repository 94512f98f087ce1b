/**
 * Lighthouse gate (`npm run lighthouse`): audits the built site (dist/, or
 * DIST_DIR) served on 127.0.0.1, with Lighthouse's default mobile settings, on
 * the home page and one section page, and the German and Chinese editions'
 * home pages, in Debian's Chromium. Gates only the
 * deterministic categories: exits 1 unless accessibility, best practices and
 * SEO are 100. Performance depends on how busy the machine is, so it is not a
 * pass/fail gate here: `npm run bench` prints its median over several runs.
 * Nothing leaves the machine: the pages have no third-party requests
 * (budgets.test.ts) and Chromium runs with background networking off.
 */
import { LOCALE_CODES, LOCALES } from '../src/i18n/locales.ts';
import { builtSectionSlugs } from '../tests/support/built.ts';
import { DIST_DIR, serveStatic } from '../tests/support/harness.ts';
import { categoryScore, losingAudits, startLighthouse, type Category } from './lighthouse-audit.ts';

/** The gated categories: each must score 100. */
const GATED: readonly Category[] = ['accessibility', 'best-practices', 'seo'];

const site = await serveStatic(DIST_DIR);
const firstSection = builtSectionSlugs(DIST_DIR)[0];
if (!firstSection) throw new Error(`no story section found in ${DIST_DIR}/index.html`);
// Every edition's story page (English at the root), and one section page.
const editions = LOCALE_CODES.map((locale) => LOCALES[locale].prefix).filter(Boolean);
const pages = [site.url, `${site.url}${firstSection}/`, ...editions.map((prefix) => `${site.url}${prefix}`)];

const chrome = await startLighthouse();
let failed = false;
try {
  for (const url of pages) {
    const lhr = await chrome.audit(url, GATED);
    const path = new URL(url).pathname;
    const scores = GATED.map((id) => ({ id, score: categoryScore(lhr, id) }));
    console.log(`${path.padEnd(20)} ${scores.map((s) => `${s.id} ${s.score}`).join('  ')}`);
    for (const { id, score } of scores) {
      if (score === 100) continue;
      failed = true;
      console.log(`  ${id} ${score} is below 100; audits losing points:`);
      for (const line of losingAudits(lhr, id)) console.log(`    ${line}`);
    }
    if (lhr.runWarnings.length > 0) console.log(`  warnings: ${lhr.runWarnings.join(' | ')}`);
  }
} finally {
  chrome.close();
  await site.close();
}

if (failed) {
  console.error('Lighthouse: accessibility, best practices and SEO must each be 100.');
  process.exit(1);
}
console.log('Lighthouse: accessibility, best practices and SEO all 100 (performance: see `npm run bench`).');
