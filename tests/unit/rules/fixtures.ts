/**
 * What the rule tests share: the good fixture, the broken ones, the build
 * date they assume, and a way to run one rule on a bundle.
 */
import { join } from 'node:path';
import type { ContentRule } from '../../../src/lib/content/rules/shared.ts';
import type { ContentBundle, ContentProblem } from '../../../src/lib/content/bundle.ts';
import type { Correction } from '../../../src/lib/content/schema.ts';
import { readContent, ROOT } from '../content-files.ts';
import { fmt } from '../english.ts';

/** The small valid story every case starts from. */
export const GOOD = join(ROOT, 'tests/fixtures/good');

/** A broken fixture folder, overlaid on the good one. */
export const bad = (name: string) => join(ROOT, 'tests/fixtures/bad', name);

/** The build date the checks assume: after every fixture's corrections. */
export const TODAY = '2026-12-31';

/** The good fixture's bundle, or a broken fixture's overlaid on it. */
export function fixture(name?: string): ContentBundle {
  const { bundle, schemaProblems } = name ? readContent(bad(name), GOOD) : readContent(GOOD);
  if (schemaProblems.length > 0) throw new Error(`fixture ${name} did not read: ${JSON.stringify(schemaProblems)}`);
  return bundle;
}

/** Runs one rule on a bundle, on the fixtures' build date. */
export function check(rule: ContentRule, bundle: ContentBundle): ContentProblem[] {
  return rule(bundle, { today: TODAY, formatter: fmt });
}

/** Path of a good-fixture file, as problems name it. */
export const goodFile = (name: string) => `tests/fixtures/good/${name}`;

/** Path of a broken fixture's file, as problems name it. */
export const badFile = (fixtureName: string, name: string) => `tests/fixtures/bad/${fixtureName}/${name}`;

/** A correction record for a test: `id` on `date`, in `sections`, with a summary and description made from its id. */
export function aCorrection(
  id: string,
  date: string,
  sections: string[] = [],
  kind: Correction['kind'] = 'correction',
  description = `Description of ${id}, long enough.`,
): Correction {
  return { id, date, kind, sections, facts: [], summary: `Summary of ${id}`, description };
}
