/**
 * Performance benchmark (`npm run bench`). Prints figures; asserts nothing
 * (byte budgets are asserted in tests/e2e/budgets.test.ts; Lighthouse's
 * deterministic categories are gated by scripts/lighthouse.ts).
 *
 * Default: builds the site into dist-bench/ (timing the build and measuring
 * its peak memory), prints each edition's reading path against its budget, loads every built page in Chromium at 412×823 and prints
 * the bytes it loads (raw, gzip level 6, brotli quality 11) and its requests,
 * the home page's first screen, then runs Lighthouse (mobile defaults) several
 * times on the home page and every section page and prints the median score,
 * LCP, TBT, CLS, main-thread time by kind and DOM size.
 *
 *   npm run bench -- --runs 5          Lighthouse runs per page (default 3)
 *   npm run bench -- --page / --page shunyi/   Lighthouse on these pages only (default: home and every section)
 *   npm run bench -- --dist dist       measure an existing build instead of building
 *   npm run bench -- --no-lighthouse   bytes only
 *   npm run bench -- --dist dist --reading-only   the reading paths only (words / Han characters per edition)
 *   npm run bench -- --scale 10        synthetic stories at 1× and 10× (or --scale 1,10,100):
 *                                      build time, peak memory, ms per extra section page,
 *                                      and the share images' part of it
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALE_CODES, LOCALES } from '../src/i18n/locales.ts';
import { pagesOfBuildLog } from '../tests/support/build-log.ts';
import { builtSectionSlugs } from '../tests/support/built.ts';
import { builtPages, elements, parseHtml } from '../tests/support/crawl.ts';
import { launchBrowser, ROOT, serveStatic } from '../tests/support/harness.ts';
import { firstScreen, kb, KINDS, weighPage, type Sizes } from '../tests/support/page-weight.ts';
import { READING_BUDGETS, readingPath } from '../tests/support/reading-path.ts';
import { figuresOf, medianFigures, startLighthouse, type AuditFigures } from './lighthouse-audit.ts';
import { scaleProject } from './scale-story.ts';

const GNU_TIME = '/usr/bin/time';

/** Wall time and peak resident memory of one build. */
interface BuildRun {
  seconds: number;
  peakMiB: number | undefined;
  how: string;
  /** The build's log. */
  log: string;
}

/** The build's own counters: images drawn and reused (raster cache), content reads and rule runs. */
function counters(run: BuildRun): string {
  const images = /\[raster-cache\] (\d+) image\(s\) drawn, (\d+) reused/.exec(run.log);
  const content = /\[content-gate\] content read (\d+)×, rules run (\d+)×/.exec(run.log);
  const pages = pagesOfBuildLog(run.log);
  return [
    `pages ${pages.rendered.length} rendered / ${pages.copied.length} copied`,
    images ? `images ${images[1]} drawn / ${images[2]} reused` : 'images ?',
    content ? `read ${content[1]}×, rules ${content[2]}×` : 'content ?',
  ].join('; ');
}

/** Runs `astro build` in `root` into `outDir`; returns its wall time and the build process's peak resident memory. */
function build(
  root: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
  extraArgs: string[] = [],
): BuildRun {
  const env = { ...process.env, ...extraEnv };
  rmSync(outDir, { recursive: true, force: true });
  const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...extraArgs];
  const started = performance.now();
  let peakKiB: number | undefined;
  let how: string;
  let result;
  if (existsSync(GNU_TIME)) {
    // GNU time reports the largest resident set of the process it ran.
    result = spawnSync(GNU_TIME, ['-v', process.execPath, ...args], { cwd: root, encoding: 'utf8', env });
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
    result = spawnSync(process.execPath, ['--require', hook, ...args], { cwd: root, encoding: 'utf8', env });
    peakKiB = existsSync(report) ? Number(readFileSync(report, 'utf8')) : undefined;
    rmSync(dir, { recursive: true, force: true });
    how = 'process.resourceUsage().maxRSS';
  }
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`the build in ${root} failed (exit ${result.status})`);
  }
  return { seconds, peakMiB: peakKiB ? peakKiB / 1024 : undefined, how, log: result.stdout };
}

/** Prints rows as aligned columns, the first row being the header. */
function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

/** "raw / gzip / brotli" in KB, or "–" for none. */
const triple = (s: Sizes) => (s.raw === 0 ? '–' : `${kb(s.raw)}/${kb(s.gzip)}/${kb(s.brotli)}`);

/** Each edition's reading path (tests/support/reading-path.ts) against its budget (tests/e2e/reading-budget.test.ts). */
function printReadingPaths(dir: string): void {
  console.log('Reading path of each story page (headline to the end of the last section, <details> closed):\n');
  const rows = [['edition', 'words', 'Han characters', 'budget', 'within']];
  for (const locale of LOCALE_CODES) {
    const file = join(dir, LOCALES[locale].prefix, 'index.html');
    if (!existsSync(file)) continue;
    const path = readingPath(readFileSync(file, 'utf8'), LOCALES[locale].lang);
    const budget = READING_BUDGETS[locale];
    const figure = budget?.unit === 'han' ? path.han : path.words;
    rows.push([
      locale,
      String(path.words),
      String(path.han),
      budget ? `${budget.max} ${budget.unit === 'han' ? 'Han characters' : 'words'}` : '–',
      budget ? (figure <= budget.max ? 'yes' : `no (+${figure - budget.max})`) : '–',
    ]);
  }
  printTable(rows);
  console.log('');
}

/** Page weights and the first screen, as Chromium loads them. */
async function printWeights(dir: string): Promise<void> {
  const pages = builtPages(dir);
  const site = await serveStatic(dir);
  const browser = await launchBrowser();
  try {
    console.log('Per page, as Chromium loads it at 412×823. Sizes in KB (1024 bytes): raw/gzip/brotli.\n');
    const header = [
      'page',
      'requests',
      '3rd-party',
      ...KINDS.filter((k) => k !== 'other'),
      'total',
      'JS incl. inline',
      'elements',
    ];
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
        // Elements in the HTML as built (before any script runs): the DOM the browser styles and lays out.
        String([...elements(parseHtml(readFileSync(page.file, 'utf8')))].length),
      ]);
    }
    printTable(rows);

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
}

/** Main-thread groups in the order they are printed, with short column names. */
const MAIN_THREAD_COLUMNS: [string, string][] = [
  ['Style & Layout', 'style+layout'],
  ['Script Evaluation', 'script'],
  ['Parse HTML & CSS', 'parse'],
  ['Rendering', 'render'],
  ['Garbage Collection', 'GC'],
  ['Other', 'other'],
];

/** Lighthouse performance, median of `runs` runs, on the home page and every section page. */
async function printLighthouse(dir: string, runs: number, only: string[] | undefined): Promise<void> {
  const site = await serveStatic(dir);
  const chrome = await startLighthouse();
  const paths = only?.length
    ? only.map((path) => path.replace(/^\//, ''))
    : ['', ...builtSectionSlugs(dir).map((slug) => `${slug}/`)];
  try {
    console.log(
      `\nLighthouse 13, mobile defaults (simulated slow 4G, 4× CPU slowdown), performance only: ` +
        `median of ${runs} runs per page; times in ms of simulated main thread.\n`,
    );
    const rows: string[][] = [
      [
        'page',
        'score (runs)',
        'LCP',
        'TBT',
        'CLS',
        ...MAIN_THREAD_COLUMNS.map(([, short]) => short),
        'main total',
        'DOM (Lighthouse)',
      ],
    ];
    for (const path of paths) {
      const figures: AuditFigures[] = [];
      for (let i = 0; i < runs; i += 1)
        figures.push(figuresOf(await chrome.audit(`${site.url}${path}`, ['performance'])));
      const m = medianFigures(figures);
      const total = Object.values(m.mainThread).reduce((a, b) => a + b, 0);
      rows.push([
        `/${path}`,
        `${m.scores.performance} (${figures.map((f) => f.scores.performance).join('/')})`,
        m.lcpMs.toFixed(0),
        m.tbtMs.toFixed(0),
        m.cls.toFixed(3),
        ...MAIN_THREAD_COLUMNS.map(([group]) => (m.mainThread[group] ?? 0).toFixed(0)),
        total.toFixed(0),
        String(m.domElements),
      ]);
      console.error(`  measured /${path}`);
    }
    printTable(rows);
  } finally {
    chrome.close();
    await site.close();
  }
}

/** Milliseconds to draw one share card, timed in this process (the build draws one per section, plus the story's). */
async function shareCardMs(cards: number): Promise<number> {
  const { loadShareFonts, renderShareCard } = await import('../src/lib/publish/og-image.ts');
  const fonts = loadShareFonts(ROOT);
  const card = {
    siteName: 'NEV Explainer',
    kicker: 'Part 4 of 7',
    title: 'BMW puts more money into Shenyang, its biggest base',
    keyNumber: '20 billion yuan',
    keyLabel: 'BMW’s additional investment in Shenyang',
    footer: 'Explainer based on a report from Beijing, late April 2024',
  };
  await renderShareCard(card, fonts); // warm-up: fonts parsed, sharp loaded
  const started = performance.now();
  for (let i = 0; i < cards; i += 1) await renderShareCard({ ...card, kicker: `Part ${i + 1} of ${cards}` }, fonts);
  return (performance.now() - started) / cards;
}

/** Builds synthetic stories at each scale and prints how build cost grows with section pages. */
async function printScale(scales: number[]): Promise<void> {
  console.log(
    `Synthetic stories at ${scales.map((n) => `${n}×`).join(', ')} the real one (copies of every section and fact), ` +
      'each built in a temporary copy of the project (cold cache), rebuilt unchanged (warm cache: pages copied by ' +
      "Astro's page cache), rebuilt with every page rendered (--force) and built again from a cold cache without " +
      'the share-image route.\n',
  );
  const results: {
    n: number;
    sections: number;
    facts: number;
    pages: number;
    full: BuildRun;
    warm: BuildRun;
    forced: BuildRun;
    noShare: BuildRun;
  }[] = [];
  for (const n of scales) {
    const project = scaleProject(ROOT, n);
    try {
      const out = join(project.root, 'dist');
      // A scaled story is English only (scripts/scale-story.ts).
      const full = build(project.root, out, { EDITIONS: 'en' });
      const pages = builtPages(out).length;
      // Again with nothing changed: the cache the first build left (no image should be drawn).
      const warm = build(project.root, out, { EDITIONS: 'en' });
      // Again, every page rendered (--force: Astro's page cache and content layer ignored; images still
      // come from the raster cache): what a rebuild costs when the content has changed.
      const forced = build(project.root, out, { EDITIONS: 'en' }, ['--force']);
      // The first build again without /og/*.png: the share images' part of its time. From a cold cache
      // like the first, so the difference is the images' alone, not also what a warm cache saves.
      rmSync(join(project.root, 'src/pages/[...lang]/og'), { recursive: true, force: true });
      for (const cache of ['node_modules/.astro', '.astro'])
        rmSync(join(project.root, cache), { recursive: true, force: true });
      const noShare = build(project.root, out, { EDITIONS: 'en' });
      results.push({ n, sections: project.sections, facts: project.facts, pages, full, warm, forced, noShare });
      console.error(
        `  built ${n}×: cold ${full.seconds.toFixed(1)} s (${counters(full)}), ` +
          `warm ${warm.seconds.toFixed(1)} s (${counters(warm)}), ` +
          `every page rendered ${forced.seconds.toFixed(1)} s (${counters(forced)})`,
      );
    } finally {
      project.remove();
    }
  }
  const mib = (run: BuildRun) => (run.peakMiB ? run.peakMiB.toFixed(0) : '?');
  printTable([
    [
      'scale',
      'sections',
      'facts',
      'HTML pages',
      'build s (cold cache)',
      'peak MiB',
      'rebuild s (warm)',
      'warm: pages; images; content',
      'rebuild s, every page rendered (--force)',
      'build s, no share images (cold)',
      'peak MiB, no share images',
    ],
    ...results.map((r) => [
      `${r.n}×`,
      String(r.sections),
      String(r.facts),
      String(r.pages),
      r.full.seconds.toFixed(1),
      mib(r.full),
      r.warm.seconds.toFixed(1),
      counters(r.warm),
      r.forced.seconds.toFixed(1),
      r.noShare.seconds.toFixed(1),
      mib(r.noShare),
    ]),
  ]);
  console.log(`(peak memory: ${results[0]?.full.how})`);
  if (results.length > 1) {
    console.log('\nCost per extra section page (slope between scales; each section adds its page, its share image');
    console.log('and its part of the home page):');
    for (let i = 1; i < results.length; i += 1) {
      const [a, b] = [results[i - 1]!, results[i]!];
      const extra = b.sections - a.sections;
      const per = (run: (r: typeof a) => BuildRun) => ((run(b).seconds - run(a).seconds) * 1000) / extra;
      const share = per((r) => r.full) - per((r) => r.noShare);
      console.log(
        `  ${a.n}× → ${b.n}×: ${per((r) => r.full).toFixed(1)} ms per section page ` +
          `(${per((r) => r.noShare).toFixed(1)} ms without share images, so ${share.toFixed(1)} ms for its share image; ` +
          `${per((r) => r.warm).toFixed(1)} ms on a warm rebuild, ` +
          `${per((r) => r.forced).toFixed(1)} ms on a rebuild that renders every page); ` +
          `peak memory ${(((b.full.peakMiB ?? 0) - (a.full.peakMiB ?? 0)) / extra).toFixed(2)} MiB more per section`,
      );
    }
  }
  console.log(`\nOne share card drawn in this process (satori + sharp): ${(await shareCardMs(10)).toFixed(0)} ms.`);
}

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    runs: { type: 'string', default: '3' },
    page: { type: 'string', multiple: true },
    dist: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'reading-only': { type: 'boolean', default: false },
  },
});

if (values.scale) {
  const scales = [...new Set([1, ...values.scale.split(',').map(Number)])].sort((a, b) => a - b);
  if (scales.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--scale: whole numbers ≥ 1, got ${values.scale}`);
  await printScale(scales);
} else {
  let dir: string;
  if (values.dist) {
    dir = resolve(values.dist);
    console.log(`\nMeasuring the existing build in ${dir}.\n`);
  } else {
    dir = join(ROOT, 'dist-bench');
    const built = build(ROOT, dir);
    console.log(
      `\nBuild: ${built.seconds.toFixed(1)} s wall time, peak memory ${built.peakMiB ? `${built.peakMiB.toFixed(0)} MiB` : 'unknown'} (${built.how}); ${builtPages(dir).length} HTML pages.\n`,
    );
  }
  printReadingPaths(dir);
  if (!values['reading-only']) await printWeights(dir);
  if (!values['no-lighthouse'] && !values['reading-only']) await printLighthouse(dir, Number(values.runs), values.page);
}
