/** The rule list (src/lib/content/rules/index.ts): every rule runs once, and findContentProblems is their problems together. */
import { describe, expect, it } from 'vitest';
import * as charts from '../../../src/lib/content/rules/charts.ts';
import * as corrections from '../../../src/lib/content/rules/corrections.ts';
import * as editions from '../../../src/lib/content/rules/editions.ts';
import * as entities from '../../../src/lib/content/rules/entities.ts';
import * as facts from '../../../src/lib/content/rules/facts.ts';
import * as ids from '../../../src/lib/content/rules/ids.ts';
import * as keyNumbers from '../../../src/lib/content/rules/key-numbers.ts';
import { CONTENT_RULES } from '../../../src/lib/content/rules/index.ts';
import * as mdx from '../../../src/lib/content/rules/mdx.ts';
import * as sections from '../../../src/lib/content/rules/sections.ts';
import * as story from '../../../src/lib/content/rules/story.ts';
import { findContentProblems } from '../../../src/lib/content/validate.ts';
import { check, fixture, TODAY } from './fixtures.ts';
import { fmt } from '../english.ts';

/** Functions the rule modules export, less the helpers that are not rules. */
const HELPERS = new Set([
  'quoteHasNumber',
  'factBookOf',
  'findReferences',
  'findChartLinks',
  'unlabelledAnalysis',
  'findTypedNumbers',
  'wordPlaceholdersIn',
]);
const exported = [charts, corrections, editions, entities, facts, ids, keyNumbers, mdx, sections, story].flatMap(
  (module) => Object.entries(module).filter(([name, value]) => typeof value === 'function' && !HELPERS.has(name)),
);

describe('CONTENT_RULES', () => {
  it('holds every rule the rule modules export, each once', () => {
    expect(exported.length).toBeGreaterThan(15);
    expect(new Set(CONTENT_RULES).size).toBe(CONTENT_RULES.length);
    expect([...CONTENT_RULES].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      exported.map(([, rule]) => rule).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('makes findContentProblems the rules’ problems in list order', () => {
    const bundle = fixture('entity-section-mismatch');
    const together = CONTENT_RULES.flatMap((rule) => check(rule, bundle));
    expect(together.length).toBeGreaterThan(0);
    expect(findContentProblems(bundle, { today: TODAY, formatter: fmt })).toEqual(together);
  });
});
