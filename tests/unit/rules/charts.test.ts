/**
 * Rules for the story's charts and each edition's words for them (src/lib/content/rules/charts.ts):
 * each passes the good fixture's chart (tests/fixtures/good/charts.yaml) and names the file, the chart
 * and the field of what is wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  chartFacts,
  chartRoles,
  chartTypes,
  chartWords,
  editionChartIds,
  editionChartWords,
  uniqueChartIds,
} from '../../../src/lib/content/rules/charts.ts';
import { readContent as readContentFiles } from '../../../src/lib/content/content-reader.ts';
import type { ContentBundle, EditionContent } from '../../../src/lib/content/bundle.ts';
import type { ChartEntry, EditionChart, Fact } from '../../../src/lib/content/schema.ts';
import { overlayFiles, readEdited } from '../content-files.ts';
import { check, fixture, goodFile, GOOD } from './fixtures.ts';

const CHARTS = goodFile('charts.yaml');
/** The good fixture with its charts.yaml edited. */
const edited = (from: string | RegExp, to: string) =>
  readEdited({ 'charts.yaml': (text) => text.replace(from, to) }, GOOD);

/** The good fixture with its one chart changed. */
function withChart(change: (chart: ChartEntry) => ChartEntry, facts?: (records: Fact[]) => Fact[]): ContentBundle {
  const bundle = fixture();
  const charts = bundle.charts!;
  return {
    ...bundle,
    charts: { ...charts, records: charts.records.map(change) },
    facts: { ...bundle.facts, records: facts ? facts(bundle.facts.records) : bundle.facts.records },
  };
}

/** The good fixture with one edition whose charts file holds `records`. */
function withEdition(records: EditionChart[]): ContentBundle {
  const edition = { locale: 'de', charts: { file: 'tests/fixtures/good/editions/de/charts.yaml', records } };
  return { ...fixture(), editions: [edition as unknown as EditionContent] };
}

const ENGLISH = () => fixture().charts!.records[0]!;

describe('the good fixture’s chart', () => {
  it('passes every chart rule', () => {
    for (const rule of [uniqueChartIds, chartTypes, chartRoles, chartFacts, chartWords])
      expect(check(rule, fixture())).toEqual([]);
    expect(check(editionChartIds, withEdition([{ id: 'investment', words: ENGLISH().words }]))).toEqual([]);
  });
});

describe('uniqueChartIds', () => {
  it('stops a chart id used twice in the file, at the reader, naming both lines', () => {
    const { files, layout } = overlayFiles(GOOD);
    const text = files.get(layout.charts)!;
    files.set(layout.charts, `${text}${text.slice(text.indexOf('- id: investment'))}`);
    expect(readContentFiles(files, layout).problems).toContainEqual({
      file: CHARTS,
      line: expect.any(Number),
      field: 'charts[investment].id',
      message: expect.stringMatching(/^"investment" is used twice, on lines \d+ and \d+/),
    });
  });

  it('fails a chart id used twice in a bundle', () => {
    const bundle = fixture();
    const twice = { ...bundle, charts: { ...bundle.charts!, records: [ENGLISH(), ENGLISH()] } };
    expect(check(uniqueChartIds, twice)).toEqual([
      { file: CHARTS, field: 'charts[investment].id', message: '"investment" is used by more than one chart' },
    ]);
  });
});

describe('chartTypes', () => {
  it('fails a type that does not exist, naming the types there are', () => {
    expect(check(chartTypes, edited('type: dual-scale-bar', 'type: pie'))).toEqual([
      {
        file: CHARTS,
        field: 'charts[investment].type',
        message:
          '"pie" is not a chart type (src/lib/charts/chart-types.ts: unit-count, dual-scale-bar, place-map, scale-comparison)',
      },
    ]);
  });
});

describe('chartRoles', () => {
  it('fails a missing role, naming what the type needs there', () => {
    expect(check(chartRoles, edited(/\n {4}rate: implied-rate/, ''))).toEqual([
      {
        file: CHARTS,
        field: 'charts[investment].facts.rate',
        message: 'is missing: a dual-scale-bar chart needs the rate the two amounts imply',
      },
    ]);
  });

  it('fails a role the type does not have, naming the roles it has', () => {
    expect(
      check(chartRoles, edited('    rate: implied-rate', '    rate: implied-rate\n    ratio: implied-rate')),
    ).toEqual([
      {
        file: CHARTS,
        field: 'charts[investment].facts.ratio',
        message: '"ratio" is not a role of a dual-scale-bar chart (roles: amount, converted, rate)',
      },
    ]);
  });
});

describe('chartFacts', () => {
  it('fails a fact id that does not exist', () => {
    expect(check(chartFacts, edited('amount: investment-cny', 'amount: investment-eur'))).toEqual([
      {
        file: CHARTS,
        field: 'charts[investment].facts.amount',
        message: '"investment-eur" is not in tests/fixtures/good/facts.yaml',
      },
    ]);
  });

  it('fails a fact of the wrong kind, value or origin for its role, saying which', () => {
    const problems = check(chartFacts, edited('converted: investment-usd', 'converted: robotaxi-orders'));
    expect(problems.map((p) => p.message)).toEqual([
      '"robotaxi-orders" cannot be the same amount converted: its kind is "rate", and the role needs "money"',
      '"robotaxi-orders" cannot be the same amount converted: its value is a range, and the role needs a number',
    ]);
    expect(check(chartFacts, edited('amount: investment-cny', 'amount: implied-rate')).map((p) => p.message)).toEqual([
      '"implied-rate" cannot be the amount as reported: its kind is "rate", and the role needs "money"',
      '"implied-rate" cannot be the amount as reported: it is derived, and the role needs a fact from the report',
    ]);
  });

  it('fails a fact of the wrong unit for a role that reads its unit', () => {
    const bundle = withChart(
      () => ({
        id: 'laps',
        type: 'scale-comparison',
        facts: {
          distance: 'district-plants',
          lap: 'district-plants',
          laps: 'district-plants',
          range: 'robotaxi-orders',
        },
        words: {},
      }),
      (records) => records.map((fact) => (fact.id === 'district-plants' ? { ...fact, kind: 'distance' } : fact)),
    );
    expect(check(chartFacts, bundle).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'charts[laps].facts.distance: "district-plants" cannot be the distance, in km: its unit is "plants", and the role needs "km"',
      'charts[laps].facts.lap: "district-plants" cannot be the length of one lap, in km: its unit is "plants", and the role needs "km"',
      'charts[laps].facts.lap: "district-plants" cannot be the length of one lap, in km: it is from the report, and the role needs a fact from an outside source',
      'charts[laps].facts.laps: "district-plants" cannot be the distance in laps: its kind is "distance", and the role needs "count"',
    ]);
  });
});

describe('chartWords', () => {
  it('fails a word the type needs and the chart lacks, and one the type does not have', () => {
    expect(check(chartWords, edited(/\n {4}rateNote: .*/, '\n    rateNotes: "Rate: {rate}"'))).toEqual([
      {
        file: CHARTS,
        field: 'charts[investment].words.rateNote',
        message:
          'is missing: a dual-scale-bar chart gives title, takeaway, description, source, amountAxis, convertedAxis, rateNote',
      },
      {
        file: CHARTS,
        field: 'charts[investment].words.rateNotes',
        message:
          '"rateNotes" is not a word of a dual-scale-bar chart (words: title, takeaway, description, source, amountAxis, convertedAxis, rateNote)',
      },
    ]);
  });

  it('fails a placeholder the word may not use, naming those it may', () => {
    expect(check(chartWords, edited('{amount}, about', '{amount} ({cny}), about'))).toEqual([
      {
        file: CHARTS,
        field: 'charts[investment].words.takeaway',
        message:
          '"{cny}" is not a placeholder of takeaway in a dual-scale-bar chart ({amount}, {converted}, {rate}, {paragraph})',
      },
    ]);
    expect(check(chartWords, edited('"{scale} yuan"', '"{scale} yuan ({rate})"'))).toEqual([
      {
        file: CHARTS,
        field: 'charts[investment].words.amountAxis',
        message: '"{rate}" is not a placeholder of amountAxis in a dual-scale-bar chart ({scale})',
      },
    ]);
  });
});

describe('editionChartIds', () => {
  it('fails an edition missing a chart’s words, and words for a chart the story lacks', () => {
    expect(check(editionChartIds, withEdition([]))).toEqual([
      {
        file: 'tests/fixtures/good/editions/de/charts.yaml',
        field: 'charts[investment]',
        message: 'is missing: every edition gives the words of every chart',
      },
    ]);
    const extra = withEdition([
      { id: 'investment', words: ENGLISH().words },
      { id: 'investments', words: ENGLISH().words },
    ]);
    expect(check(editionChartIds, extra)).toEqual([
      {
        file: 'tests/fixtures/good/editions/de/charts.yaml',
        field: 'charts[investments]',
        message: '"investments" is not a chart of tests/fixtures/good/charts.yaml',
      },
    ]);
  });
});

describe('editionChartWords', () => {
  it('passes the same words in another language, keeping their placeholders', () => {
    const words = { ...ENGLISH().words, title: 'Die Investition, in Yuan und Dollar', rateNote: 'Errechnet: {rate}' };
    expect(check(editionChartWords, withEdition([{ id: 'investment', words }]))).toEqual([]);
  });

  it('fails an edition’s word that is missing, unknown, drops a placeholder or uses an unknown one', () => {
    const { rateNote, ...rest } = ENGLISH().words;
    expect(rateNote).toBeDefined();
    const words = {
      ...rest,
      takeaway: '{amount}, rund {converted}.',
      amountAxiss: '{scale}',
      source: '{paragraph} {rat}',
    };
    const file = 'tests/fixtures/good/editions/de/charts.yaml';
    expect(
      check(editionChartWords, withEdition([{ id: 'investment', words }])).map((p) => [p.file, p.field, p.message]),
    ).toEqual([
      [file, 'charts[investment].words.rateNote', expect.stringMatching(/^is missing: a dual-scale-bar chart gives/)],
      [file, 'charts[investment].words.source', expect.stringMatching(/^"\{rat\}" is not a placeholder of source/)],
      [file, 'charts[investment].words.amountAxiss', expect.stringMatching(/^"amountAxiss" is not a word/)],
      [file, 'charts[investment].words.takeaway', 'must keep the placeholders of the English words: {rate}'],
    ]);
  });
});
