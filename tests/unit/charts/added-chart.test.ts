/**
 * A second chart of an existing type is content only: a copy of the story's content with one more
 * chart (tests/support/added-chart.ts: an entry in charts.yaml, a `<Chart id>` in a section, words in
 * every edition's charts.yaml) passes every rule, and each edition lays it out and words it with the
 * code as it is. `npm run build:stories` builds such a copy (tests/stories/added-chart.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, uiStrings } from '../../../src/i18n/locales.ts';
import { readContentFiles } from '../../../src/lib/content/content-disk.ts';
import { loadContent } from '../../../src/lib/content/content-reader.ts';
import { STORY_FILES } from '../../support/story-files.ts';
import { findReferences } from '../../../src/lib/content/rules/mdx.ts';
import { chartDefinition, chartText, layoutChart } from '../../../src/lib/charts/registry.ts';
import { buildFactBook } from '../../../src/lib/story/facts.ts';
import { createFormatter } from '../../../src/lib/text/format.ts';
import { ADDED_CHART, ADDED_TYPE, withAddedChart } from '../../support/added-chart.ts';
import { ROOT } from '../content-files.ts';
import { CHECKS } from '../english.ts';
import { expectTidyLabels } from './layout-checks.ts';

const files = withAddedChart(readContentFiles(ROOT, STORY_FILES), STORY_FILES);
const bundle = loadContent(files, CHECKS, STORY_FILES);

describe('a second chart of an existing type, in a copy of the content', () => {
  it('passes every rule, and every edition places it where English does', () => {
    const ids = bundle.charts?.records.map((chart) => chart.id);
    expect(ids).toContain(ADDED_CHART);
    expect(ids?.filter((id) => bundle.charts?.records.find((c) => c.id === id)?.type === ADDED_TYPE)).toHaveLength(2);
    const placed = (sections: typeof bundle.sections) =>
      sections.filter((s) => findReferences(s.tree).some((r) => r.tag === 'Chart' && r.id === ADDED_CHART));
    expect(placed(bundle.sections)).toHaveLength(1);
    for (const edition of bundle.editions ?? []) {
      expect(placed(edition.sections).map((s) => s.data.slug)).toEqual(placed(bundle.sections).map((s) => s.data.slug));
      expect(edition.charts.records.map((c) => c.id)).toContain(ADDED_CHART);
    }
  });

  it.each(LOCALE_CODES)('is laid out and worded in the %s edition: the same map, the other way round', (locale) => {
    const t = uiStrings(locale);
    const fmt = createFormatter(t.format);
    const facts = buildFactBook(bundle.facts.records);
    const edition = bundle.editions?.find((e) => e.locale === locale);
    const draw = (id: string) => {
      const chart = bundle.charts!.records.find((c) => c.id === id)!;
      const words = edition ? edition.charts.records.find((c) => c.id === id)!.words : chart.words;
      const definition = chartDefinition(chart);
      const ctx = { id, roles: definition.roles, facts, fmt, words, compass: t.compass, countries: t.countries };
      return { definition, layout: layoutChart(definition, ctx), text: chartText(definition, ctx), words };
    };
    const original = draw(bundle.charts!.records.find((c) => c.type === ADDED_TYPE)!.id);
    const added = draw(ADDED_CHART);
    expect(added.layout).toMatchObject({ width: 320, height: 280 });
    expectTidyLabels(added.layout);
    const places = (layout: typeof added.layout) =>
      (layout as unknown as { places: { name: string; factId: string }[] }).places;
    expect(places(added.layout).map((p) => p.factId)).toEqual(
      places(original.layout)
        .map((p) => p.factId)
        .reverse(),
    );
    expect(places(added.layout).map((p) => p.name)).toEqual([added.words.from, added.words.to]);
    // The bearing the other way round: its own direction, filled into the same sentence.
    expect(added.text.takeaway).not.toBe(original.text.takeaway);
    if (locale === 'en') {
      expect(added.text.title).toBe('Where Beijing lies, seen from Shenyang');
      // The great circle leaves Shenyang on another bearing than the reverse of the one it arrives on.
      expect(added.text.takeaway).toMatch(/ west-south-west of Shenyang\.$/);
    }
    expect(added.definition.facts).toEqual(
      [...original.definition.facts.slice(0, 2)].reverse().concat(original.definition.facts.slice(2)),
    );
  });
});
