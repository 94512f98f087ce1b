/**
 * Lighthouse, shared by the gate (scripts/lighthouse.ts) and the benchmark
 * (scripts/bench.ts): starts Debian's Chromium once, audits a URL with
 * Lighthouse's default mobile settings (Moto G Power screen, simulated slow 4G,
 * 4× CPU slowdown), and reduces a report to the figures we print: category
 * scores, LCP, TBT, CLS, main-thread time by kind and DOM size.
 * Asserts nothing; callers decide what gates.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/harness.ts';

/** Lighthouse's four categories, by id. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One category's id. */
export type Category = (typeof CATEGORIES)[number];

/** The figures we keep from one Lighthouse run. */
export interface AuditFigures {
  /** Score out of 100 per audited category (NaN when Lighthouse gave none). */
  scores: Partial<Record<Category, number>>;
  /** Largest Contentful Paint, ms (simulated). */
  lcpMs: number;
  /** Total Blocking Time, ms (simulated). */
  tbtMs: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Main-thread time by group label ("Style & Layout", "Script Evaluation", …), ms. */
  mainThread: Record<string, number>;
  /** Elements in the page's DOM. */
  domElements: number;
}

/** A Chromium that Lighthouse drives, and how to stop it. */
export interface LighthouseBrowser {
  /** Audits one URL in the given categories and returns the full report. */
  audit: (url: string, categories: readonly Category[]) => Promise<Result>;
  /** Stops Chromium. */
  close: () => void;
}

/** Starts Debian's Chromium for Lighthouse. */
export async function startLighthouse(): Promise<LighthouseBrowser> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)),
    logLevel: 'error',
  });
  return {
    audit: async (url, categories) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) {
        throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
      }
      return result.lhr;
    },
    close: () => chrome.kill(),
  };
}

/** Score of a category out of 100, NaN when absent. */
export function categoryScore(lhr: Result, id: Category): number {
  const score = lhr.categories[id]?.score;
  return score == null ? Number.NaN : Math.round(score * 100);
}

/** Reduces a report to the figures we print. */
export function figuresOf(lhr: Result): AuditFigures {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores: AuditFigures['scores'] = {};
  for (const id of CATEGORIES) if (lhr.categories[id]) scores[id] = categoryScore(lhr, id);
  const mainThread: Record<string, number> = {};
  const details = lhr.audits['mainthread-work-breakdown']?.details;
  if (details?.type === 'table') {
    for (const item of details.items) {
      const label = String(item.groupLabel ?? item.group ?? 'Other');
      mainThread[label] = (mainThread[label] ?? 0) + Number(item.duration ?? 0);
    }
  }
  return {
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    mainThread,
    domElements: numeric('dom-size-insight'),
  };
}

/** Audits that cost a category points, as printable lines. */
export function losingAudits(lhr: Result, id: Category): string[] {
  const lines: string[] = [];
  for (const ref of lhr.categories[id]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
      lines.push(`${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
    }
  }
  return lines;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of each figure over several runs of the same page (main-thread groups taken one by one). */
export function medianFigures(runs: readonly AuditFigures[]): AuditFigures {
  const scores: AuditFigures['scores'] = {};
  for (const id of CATEGORIES) {
    const values = runs.map((r) => r.scores[id]).filter((v): v is number => v !== undefined);
    if (values.length) scores[id] = median(values);
  }
  const groups = new Set(runs.flatMap((r) => Object.keys(r.mainThread)));
  const mainThread: Record<string, number> = {};
  for (const group of groups) mainThread[group] = median(runs.map((r) => r.mainThread[group] ?? 0));
  return {
    scores,
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    mainThread,
    domElements: median(runs.map((r) => r.domElements)),
  };
}
