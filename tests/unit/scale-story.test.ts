/** The benchmark's synthetic N-times story: copies get their own slugs, orders and facts, and pass every content rule. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/content/validate.ts';
import { copyEntities, copyFacts, copySection, scaleProject, type ScaledProject } from '../../scripts/scale-story.ts';
import { readContent, ROOT } from './content-files.ts';
import { CHECKS } from './english.ts';
import { STORY_DIR, STORY_FILES } from '../support/story-files.ts';

const made: ScaledProject[] = [];
afterAll(() => made.forEach((project) => project.remove()));

describe('scaled story', () => {
  it('rewrites a section copy: slug, order, facts and key fact point at the copy', () => {
    const mdx =
      '---\nslug: shunyi\norder: 2\nkeyFact: shunyi-total\n---\n\nThere are <Fact id="shunyi-total" /> sites.\n';
    const copy = copySection(mdx, 3);
    expect(copy).toContain('slug: shunyi-x3');
    expect(copy).toContain('order: 2002');
    expect(copy).toContain('keyFact: shunyi-total-x3');
    expect(copy).toContain('<Fact id="shunyi-total-x3" />');
  });

  it('copies facts with derived inputs following, and lists copies on entities', () => {
    const facts = copyFacts([{ id: 'a' }, { id: 'b', derived: { inputs: ['a'] } }], 2);
    expect(facts).toEqual([
      { id: 'a' },
      { id: 'b', derived: { inputs: ['a'] } },
      { id: 'a-x2' },
      { id: 'b-x2', derived: { inputs: ['a-x2'] } },
    ]);
    expect(copyEntities([{ sections: ['shunyi'] }], 3)).toEqual([{ sections: ['shunyi', 'shunyi-x2', 'shunyi-x3'] }]);
  });

  it('builds a 3× project whose content passes every rule', () => {
    const project = scaleProject(ROOT, 3);
    made.push(project);
    const { bundle, schemaProblems } = readContent(join(project.root, STORY_DIR));
    expect(schemaProblems).toEqual([]);
    expect(findContentProblems(bundle, CHECKS)).toEqual([]);
    const real = readdirSync(join(ROOT, STORY_FILES.sections)).filter((f) => f.endsWith('.mdx')).length;
    expect(bundle.sections).toHaveLength(3 * real);
    expect(project.sections).toBe(3 * real);
    expect(new Set(bundle.sections.map((s) => s.data.slug)).size).toBe(3 * real);
    expect(new Set(bundle.facts.records.map((f) => f.id)).size).toBe(bundle.facts.records.length);
    expect(bundle.facts.records.length).toBe(project.facts);
  });
});
