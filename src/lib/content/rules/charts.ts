/**
 * Rules for the story's charts (`charts.yaml`) and each edition's words for
 * them (`editions/{locale}/charts.yaml`): every chart names a known type
 * (src/lib/charts/chart-types.ts), fills exactly the type's roles with facts
 * that exist and have the kind, unit, value and origin the role needs, and
 * gives exactly the type's words with only the placeholders each may use; every
 * edition gives the words of every chart, and of no other, keeping the English
 * placeholders. Each problem names the file, the chart and the field.
 */
import {
  CHART_TYPE_SPECS,
  CHART_TYPES_FILE,
  chartTypeSpec,
  wordKeys,
  wordPlaceholders,
  type ChartTypeSpec,
  type RoleSpec,
  type RoleValue,
} from '../../charts/chart-types.ts';
import type { ContentBundle, ContentProblem, EditionContent } from '../bundle.ts';
import type { ChartEntry, Fact } from '../schema.ts';
import { duplicates, idsOf, problem, type ContentRule } from './shared.ts';

/** The story's charts, with the file they are in. */
function chartsOf(bundle: ContentBundle): { file: string; records: ChartEntry[] } {
  return bundle.charts ?? { file: '', records: [] };
}

/** Each chart with its type's spec, for the charts whose type exists (`chartTypes` reports the others). */
function typedCharts(bundle: ContentBundle): { chart: ChartEntry; spec: ChartTypeSpec }[] {
  return chartsOf(bundle).records.flatMap((chart) => {
    const spec = chartTypeSpec(chart.type);
    return spec ? [{ chart, spec }] : [];
  });
}

/** No two charts share an id: the id is the chart's address (the reader stops this in the file; other bundles reach here). */
export const uniqueChartIds: ContentRule = (bundle) => {
  const { file, records } = chartsOf(bundle);
  return duplicates(records.map((chart) => chart.id)).map((id) =>
    problem(file, `charts[${id}].id`, `"${id}" is used by more than one chart`),
  );
};

/** Every chart names a chart type that exists. */
export const chartTypes: ContentRule = (bundle) => {
  const { file, records } = chartsOf(bundle);
  const known = Object.keys(CHART_TYPE_SPECS).join(', ');
  return records
    .filter((chart) => !chartTypeSpec(chart.type))
    .map((chart) =>
      problem(file, `charts[${chart.id}].type`, `"${chart.type}" is not a chart type (${CHART_TYPES_FILE}: ${known})`),
    );
};

/** Every chart fills each role of its type, and no role its type lacks. */
export const chartRoles: ContentRule = (bundle) => {
  const { file } = chartsOf(bundle);
  return typedCharts(bundle).flatMap(({ chart, spec }) => {
    const roles = Object.keys(spec.roles);
    const field = (role: string) => `charts[${chart.id}].facts.${role}`;
    return [
      ...roles
        .filter((role) => !Object.hasOwn(chart.facts, role))
        .map((role) =>
          problem(file, field(role), `is missing: a ${spec.type} chart needs ${spec.roles[role]?.description}`),
        ),
      ...Object.keys(chart.facts)
        .filter((role) => !roles.includes(role))
        .map((role) =>
          problem(file, field(role), `"${role}" is not a role of a ${spec.type} chart (roles: ${roles.join(', ')})`),
        ),
    ];
  });
};

/** The shape of a fact's value, as a role names it: a derived fact is a number. */
function valueShape(fact: Fact): RoleValue {
  const value = fact.value;
  if (value === undefined || typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'text';
  return 'min' in value ? 'range' : 'point';
}

/** Where a fact comes from, as a role names it. */
function originOf(fact: Fact): 'report' | 'derived' | 'outside' {
  return fact.source ? 'report' : fact.derived ? 'derived' : 'outside';
}

/** Where a fact comes from, in words. */
const ORIGIN_WORDS = { report: 'from the report', derived: 'derived', outside: 'from an outside source' } as const;

/** What is wrong with a fact in a role, or an empty list. */
function roleMismatches(fact: Fact, role: RoleSpec): string[] {
  const unit = fact.unit || '(none)';
  return [
    ...(fact.kind !== role.kind ? [`its kind is "${fact.kind}", and the role needs "${role.kind}"`] : []),
    ...(role.unit !== undefined && fact.unit !== role.unit
      ? [`its unit is "${unit}", and the role needs "${role.unit}"`]
      : []),
    ...(valueShape(fact) !== role.value
      ? [`its value is a ${valueShape(fact)}, and the role needs a ${role.value}`]
      : []),
    ...(role.origin && originOf(fact) !== role.origin
      ? [`it is ${ORIGIN_WORDS[originOf(fact)]}, and the role needs a fact ${ORIGIN_WORDS[role.origin]}`]
      : []),
  ];
}

/** Every fact a chart names exists, and has the kind, unit, value and origin its role needs. */
export const chartFacts: ContentRule = (bundle) => {
  const { file } = chartsOf(bundle);
  const facts = new Map(bundle.facts.records.map((fact) => [fact.id, fact]));
  return typedCharts(bundle).flatMap(({ chart, spec }) =>
    Object.entries(chart.facts).flatMap(([name, factId]) => {
      const role = spec.roles[name];
      if (!role) return [];
      const field = `charts[${chart.id}].facts.${name}`;
      const fact = facts.get(factId);
      if (!fact) return [problem(file, field, `"${factId}" is not in ${bundle.facts.file}`)];
      return roleMismatches(fact, role).map((why) =>
        problem(file, field, `"${factId}" cannot be ${role.description}: ${why}`),
      );
    }),
  );
};

/** The `{placeholders}` a text uses, each once. */
export function wordPlaceholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1] ?? ''))];
}

/** A chart's words checked against its type: each word given, none the type lacks, only its placeholders. */
function wordProblems(file: string, id: string, spec: ChartTypeSpec, words: Readonly<Record<string, string>>) {
  const keys = wordKeys(spec);
  const field = (key: string) => `charts[${id}].words.${key}`;
  return [
    ...keys
      .filter((key) => !Object.hasOwn(words, key))
      .map((key) => problem(file, field(key), `is missing: a ${spec.type} chart gives ${keys.join(', ')}`)),
    ...Object.entries(words).flatMap(([key, text]) => {
      if (!keys.includes(key))
        return [
          problem(file, field(key), `"${key}" is not a word of a ${spec.type} chart (words: ${keys.join(', ')})`),
        ];
      const allowed = wordPlaceholders(spec, key);
      return wordPlaceholdersIn(text)
        .filter((name) => !allowed.includes(name))
        .map((name) =>
          problem(
            file,
            field(key),
            `"{${name}}" is not a placeholder of ${key} in a ${spec.type} chart (${allowed.length ? allowed.map((p) => `{${p}}`).join(', ') : 'it takes none'})`,
          ),
        );
    }),
  ];
}

/** Every chart gives the words its type needs, and only those, with only the placeholders each may use. */
export const chartWords: ContentRule = (bundle) => {
  const { file } = chartsOf(bundle);
  return typedCharts(bundle).flatMap(({ chart, spec }) => wordProblems(file, chart.id, spec, chart.words));
};

/** An edition's word keeps the English word's placeholders. */
function keptPlaceholders(file: string, id: string, english: ChartEntry, words: Readonly<Record<string, string>>) {
  return Object.entries(words).flatMap(([key, text]) => {
    const ours = english.words[key];
    if (ours === undefined) return [];
    const theirs = wordPlaceholdersIn(text);
    const dropped = wordPlaceholdersIn(ours).filter((name) => !theirs.includes(name));
    return dropped.length
      ? [
          problem(
            file,
            `charts[${id}].words.${key}`,
            `must keep the placeholders of the English words: ${dropped.map((name) => `{${name}}`).join(', ')}`,
          ),
        ]
      : [];
  });
}

/** Runs a check on every edition's charts. */
const perEdition =
  (check: (edition: EditionContent, bundle: ContentBundle) => ContentProblem[]): ContentRule =>
  (bundle) =>
    (bundle.editions ?? []).flatMap((edition) => check(edition, bundle));

/** Every edition gives the words of every chart, and of no chart the story lacks. */
export const editionChartIds: ContentRule = perEdition((edition, bundle) => {
  const { file, records } = edition.charts;
  const theirs = idsOf(records);
  const ours = idsOf(chartsOf(bundle).records);
  return [
    ...[...ours]
      .filter((id) => !theirs.has(id))
      .map((id) => problem(file, `charts[${id}]`, 'is missing: every edition gives the words of every chart')),
    ...[...theirs]
      .filter((id) => !ours.has(id))
      .map((id) => problem(file, `charts[${id}]`, `"${id}" is not a chart of ${chartsOf(bundle).file || 'the story'}`)),
  ];
});

/** Every edition's words for a chart are the words its type needs, keeping the English placeholders. */
export const editionChartWords: ContentRule = perEdition((edition, bundle) => {
  const english = new Map(typedCharts(bundle).map((typed) => [typed.chart.id, typed]));
  const { file } = edition.charts;
  return edition.charts.records.flatMap(({ id, words }) => {
    const typed = english.get(id);
    if (!typed) return [];
    return [...wordProblems(file, id, typed.spec, words), ...keptPlaceholders(file, id, typed.chart, words)];
  });
});

/** The chart rules, in the order their problems are listed. */
export const CHART_RULES: readonly ContentRule[] = [
  uniqueChartIds,
  chartTypes,
  chartRoles,
  chartFacts,
  chartWords,
  editionChartIds,
  editionChartWords,
];
