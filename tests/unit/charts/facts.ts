/** The real fact book and charts for chart tests, read from content/facts.yaml and charts.yaml, and ways to spoil them. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

import { buildFactBook, type FactBook } from '../../../src/lib/story/facts.ts';
import { ChartSchema, FactSchema, type ChartEntry, type Fact } from '../../../src/lib/content/schema.ts';
import { CHART_TYPE_SPECS, type ChartTypeName } from '../../../src/lib/charts/chart-types.ts';
import { chartDefinition, type ChartDefinition } from '../../../src/lib/charts/registry.ts';
import { STORY_FILES } from '../../support/story-files.ts';

const FACTS_FILE = join(resolve(import.meta.dirname, '../../..'), STORY_FILES.facts);

/** The fact records as an editor wrote them, validated. */
export function factRecords(): Fact[] {
  return (parse(readFileSync(FACTS_FILE, 'utf8')) as unknown[]).map((record) => FactSchema.parse(record));
}

/** The fact book the site is built from. */
export function realFacts(): FactBook {
  return buildFactBook(factRecords());
}

/** The fact book without one fact (and anything derived from it). */
export function factsWithout(id: string): FactBook {
  const book = new Map(realFacts());
  book.delete(id);
  return book;
}

/** The fact book with one fact's value replaced. */
export function factsWith(id: string, value: Fact['value']): FactBook {
  const book = new Map(realFacts());
  const fact = book.get(id);
  if (!fact || value === undefined) throw new Error(`test set-up: no fact "${id}"`);
  book.set(id, { ...fact, value });
  return book;
}

const CHARTS_FILE = join(resolve(import.meta.dirname, '../../..'), STORY_FILES.charts);

/** The story's charts as content/charts.yaml gives them, validated. */
export function storyCharts(): ChartEntry[] {
  return (parse(readFileSync(CHARTS_FILE, 'utf8')) as unknown[]).map((record) => ChartSchema.parse(record));
}

/** The story's first chart of a type: the one a type's tests draw, with the fact in each of the type's roles. */
export function chartOfType<T extends ChartTypeName>(
  type: T,
): ChartEntry & { definition: ChartDefinition; facts: Record<keyof (typeof CHART_TYPE_SPECS)[T]['roles'], string> } {
  const chart = storyCharts().find((entry) => entry.type === type);
  if (!chart) throw new Error(`test set-up: the story has no ${type} chart`);
  for (const role of Object.keys(CHART_TYPE_SPECS[type].roles))
    if (chart.facts[role] === undefined) throw new Error(`test set-up: ${chart.id} has no fact in the role ${role}`);
  return {
    ...chart,
    facts: chart.facts as Record<keyof (typeof CHART_TYPE_SPECS)[T]['roles'], string>,
    definition: chartDefinition(chart),
  };
}
