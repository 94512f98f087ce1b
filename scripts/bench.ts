/**
 * Performance benchmark (`npm run bench`): builds the site into dist-bench/,
 * timing the build and measuring its peak memory, then loads every built page
 * in Chromium (412×823, like Lighthouse's phone) and prints, per page, the
 * HTML, CSS, JS, image and font bytes it loads (raw, gzip level 6, brotli
 * quality 11), its request count and its third-party requests, and the HTML
 * and CSS of the home page's first screen. Prints figures; asserts nothing
 * (the budgets are asserted in tests/e2e/budgets.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages } from '../tests/e2e/crawl.ts';
import { launchBrowser, ROOT, serveStatic } from '../tests/e2e/harness.ts';
import { firstScreen, kb, KINDS, weighPage, type Sizes } from '../tests/e2e/page-weight.ts';

const OUT_DIR = join(ROOT, 'dist-bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';

/** Runs the production build; returns its wall time and the peak resident memory of the build process. */
function build(): { seconds: number; peakMiB: number | undefined; how: string } {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const args = [ASTRO, 'build', '--outDir', OUT_DIR];
  const started = performance.now();
  let peakKiB: number | undefined;
  let how: string;
  let result;
  if (existsSync(GNU_TIME)) {
    // GNU time reports the largest resident set of the process it ran.
    result = spawnSync(GNU_TIME, ['-v', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8' });
    peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
    how = 'GNU time -v';
  } else {
    // Without GNU time, the build process reports its own peak (Node's process.resourceUsage) as it exits.
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    const report = join(dir, 'maxrss');
    const hook = join(dir, 'hook.cjs');
    writeFileSync(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));`,
    );
    result = spawnSync(process.execPath, ['--require', hook, ...args], { cwd: ROOT, encoding: 'utf8' });
    peakKiB = existsSync(report) ? Number(readFileSync(report, 'utf8')) : undefined;
    rmSync(dir, { recursive: true, force: true });
    how = 'process.resourceUsage().maxRSS';
  }
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`the build failed (exit ${result.status})`);
  }
  return { seconds, peakMiB: peakKiB ? peakKiB / 1024 : undefined, how };
}

/** "raw / gzip / brotli" in KB, or "–" for none. */
const triple = (s: Sizes) => (s.raw === 0 ? '–' : `${kb(s.raw)}/${kb(s.gzip)}/${kb(s.brotli)}`);

const built = build();
const pages = builtPages(OUT_DIR);
const site = await serveStatic(OUT_DIR);
const browser = await launchBrowser();
try {
  console.log(
    `\nBuild: ${built.seconds.toFixed(1)} s wall time, peak memory ${built.peakMiB ? `${built.peakMiB.toFixed(0)} MiB` : 'unknown'} (${built.how}); ${pages.length} HTML pages.\n`,
  );
  console.log('Per page, as Chromium loads it at 412×823. Sizes in KB (1024 bytes): raw/gzip/brotli.\n');
  const header = ['page', 'requests', '3rd-party', ...KINDS.filter((k) => k !== 'other'), 'total', 'JS incl. inline'];
  const rows: string[][] = [header];
  for (const page of pages) {
    const weight = await weighPage(browser, `${site.url}${page.path}`);
    rows.push([
      `/${page.path}`,
      String(weight.resources.length),
      String(weight.thirdParty.length),
      ...KINDS.filter((k) => k !== 'other').map((k) => triple(weight.byKind[k])),
      triple(weight.total),
      triple(weight.javascript),
    ]);
  }
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));

  console.log('\nFirst screen of the home page (HTML up to the first element below the fold + render-blocking CSS):');
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ]) {
    const screen = await firstScreen(browser, site.url, viewport);
    console.log(
      `  ${viewport.width}×${viewport.height}: ${kb(screen.htmlBytes)} KB HTML up to ${screen.cutAt} → ` +
        `${kb(screen.html.gzip)} KB gzip + ${kb(screen.css.gzip)} KB gzip CSS = ${kb(screen.total.gzip)} KB gzip`,
    );
  }
} finally {
  await browser.close();
  await site.close();
}
