/**
 * A second chart of an existing type, added as content only: the story's
 * locator map the other way round (from Shenyang to Beijing's Shunyi
 * district), as an entry in charts.yaml, a `<Chart id>` after the map in the
 * section that shows it (in every edition) and its words in each edition's
 * charts.yaml (the editions keep their map's sentences: the copy is never
 * read). The unit test reads and lays out such a copy; the e2e test builds
 * one. The project's own files are never written.
 */
import { parse, stringify } from 'yaml';
import { editionLayout, editionLocales, type ContentLayout } from '../../src/lib/content/content-reader.ts';
import type { ChartEntry, EditionChart } from '../../src/lib/content/schema.ts';

/** The added chart's id. */
export const ADDED_CHART = 'shenyang-to-beijing';

/** The chart of the story it turns round: its first of the type. */
export const ADDED_TYPE = 'place-map';

/** A chart's words with its two places' names swapped. */
function swapped(words: Readonly<Record<string, string>>): Record<string, string> {
  return { ...words, from: words.to ?? '', to: words.from ?? '' };
}

/** A YAML list file with one more entry. */
function appended(text: string, entry: unknown): string {
  return `${text.trimEnd()}\n${stringify([entry], { lineWidth: 0 })}`;
}

/** `files` (content files by path, as `readContentFiles` gives them) with the added chart in every place it needs. */
export function withAddedChart(files: ReadonlyMap<string, string>, layout: ContentLayout): Map<string, string> {
  const out = new Map(files);
  const charts = parse(files.get(layout.charts) ?? '[]') as ChartEntry[];
  const source = charts.find((chart) => chart.type === ADDED_TYPE);
  if (!source) throw new Error(`test set-up: the story has no ${ADDED_TYPE} chart to turn round`);
  const { from, to, ...roles } = source.facts;
  out.set(
    layout.charts,
    appended(files.get(layout.charts) ?? '', {
      id: ADDED_CHART,
      type: ADDED_TYPE,
      facts: { ...roles, from: to, to: from },
      size: { width: 320, height: 280 },
      words: {
        ...swapped(source.words),
        title: 'Where Beijing lies, seen from Shenyang',
        takeaway: 'Beijing’s Shunyi district lies about {distance} {direction} of Shenyang.',
      },
    }),
  );
  for (const locale of editionLocales(files, layout.editions)) {
    const path = editionLayout(layout.editions, locale).charts;
    const words = (parse(files.get(path) ?? '[]') as EditionChart[]).find((chart) => chart.id === source.id);
    if (!words) throw new Error(`test set-up: ${path} has no words for ${source.id}`);
    out.set(path, appended(files.get(path) ?? '', { id: ADDED_CHART, words: swapped(words.words) }));
  }
  // After the map, in the section that shows it and in each edition's copy of that section.
  const tag = `<Chart id="${source.id}" />`;
  const section = [...files.keys()].find(
    (path) => path.startsWith(`${layout.sections}/`) && files.get(path)?.includes(tag),
  );
  if (!section) throw new Error(`test set-up: no section shows ${tag}`);
  const name = section.slice(layout.sections.length);
  for (const path of [...files.keys()].filter((p) => p === section || p.endsWith(`/sections${name}`)))
    out.set(path, (files.get(path) ?? '').replace(tag, `${tag}\n\n<Chart id="${ADDED_CHART}" />`));
  return out;
}
