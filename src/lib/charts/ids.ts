/**
 * The charts' ids, on their own so the content checks can know them without
 * loading d3 or the map outlines. Each id has one definition in definitions.ts (a missing one is a type error).
 */

/** Ids of the charts, as `<Chart id="…" />` names them in MDX. */
export const CHART_IDS = ['shunyi-facilities', 'bmw-investment', 'locator-map', 'ponyai-scale'] as const;

/** One chart's id. */
export type ChartId = (typeof CHART_IDS)[number];

/** Where chart ids are defined, for error messages. */
export const CHART_IDS_FILE = 'src/lib/charts/ids.ts';

/** True when a string names a chart. */
export function isChartId(id: string): id is ChartId {
  return (CHART_IDS as readonly string[]).includes(id);
}
