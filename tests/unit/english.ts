/** The English edition's words and formatter, for tests of the pure modules that take them. */
import { uiStrings } from '../../src/i18n/locales.ts';
import type { ChartContext } from '../../src/lib/charts/context.ts';
import type { ChartEntry } from '../../src/lib/content/schema.ts';
import type { FactBook } from '../../src/lib/story/facts.ts';
import { createFormatter } from '../../src/lib/text/format.ts';

/** English UI strings, checked against the schema. */
export const t = uiStrings('en');

/** The English formatter. */
export const fmt = createFormatter(t.format);

/** What a chart's layout and words get in the English edition: its roles and English words from charts.yaml. */
export function chartContext(facts: FactBook, chart: Pick<ChartEntry, 'id' | 'facts' | 'words'>): ChartContext {
  return {
    id: chart.id,
    roles: chart.facts,
    facts,
    fmt,
    words: chart.words,
    compass: t.compass,
    countries: t.countries,
  };
}

/** What the content checks take: the English formatter, as the build gives them (`contentCheckOptions`). */
export const CHECKS = { formatter: fmt };
