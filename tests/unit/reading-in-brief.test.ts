/** "In 30 seconds" bullets in content/story.yaml: numbers only from the fact book, errors naming file and field. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactBook, fillFacts } from '../../src/lib/story/facts.ts';
import { CHECKS, fmt } from './english.ts';
import { StorySchema } from '../../src/lib/content/schema.ts';
import { assertValidContent, findContentProblems } from '../../src/lib/content/validate.ts';
import { readContent, ROOT } from './content-files.ts';
import { STORY_DIR } from '../support/story-files.ts';

const GOOD = join(ROOT, 'tests/fixtures/good');
const bad = (name: string) => join(ROOT, 'tests/fixtures/bad', name);

describe('inBrief in the real content', () => {
  const { bundle, schemaProblems } = readContent(join(ROOT, STORY_DIR));

  it('has three to five bullets that pass the checks', () => {
    expect(schemaProblems).toEqual([]);
    expect(bundle.story.data.inBrief.length).toBeGreaterThanOrEqual(3);
    expect(bundle.story.data.inBrief.length).toBeLessThanOrEqual(5);
    expect(findContentProblems(bundle, CHECKS).filter((p) => p.field.startsWith('inBrief'))).toEqual([]);
  });

  it('fills the key figures from the fact book', () => {
    const book = buildFactBook(bundle.facts.records);
    const text = bundle.story.data.inBrief.map((b) => fillFacts(b, book, fmt)).join('\n');
    expect(text).toContain('20 billion yuan');
    expect(text).not.toMatch(/\{\{/);
  });
});

describe('broken inBrief stops the build naming file and field', () => {
  it('rejects an unknown fact id', () => {
    const { bundle, schemaProblems } = readContent(bad('in-brief-unknown-fact'), GOOD);
    expect(schemaProblems).toEqual([]);
    expect(findContentProblems(bundle, CHECKS)).toEqual([
      {
        file: 'tests/fixtures/bad/in-brief-unknown-fact/story.yaml',
        field: 'inBrief[0]',
        message: '{{no-such-fact}} is not a fact id',
      },
    ]);
    expect(() => assertValidContent(bundle, CHECKS)).toThrow(/in-brief-unknown-fact\/story\.yaml › inBrief\[0\]/);
  });

  it('rejects a number typed in by hand', () => {
    const { bundle } = readContent(bad('in-brief-typed-number'), GOOD);
    expect(findContentProblems(bundle, CHECKS)).toEqual([
      {
        file: 'tests/fixtures/bad/in-brief-typed-number/story.yaml',
        field: 'inBrief[1]',
        message: expect.stringMatching(/the number "4" is typed in; write \{\{fact-id\}\}/),
      },
    ]);
  });

  it('accepts the good fixture, whose bullets use placeholders', () => {
    const { bundle } = readContent(GOOD);
    expect(findContentProblems(bundle, CHECKS)).toEqual([]);
  });

  it('asks for three to five bullets', () => {
    const { bundle } = readContent(GOOD);
    const story = bundle.story.data;
    const tooFew = StorySchema.safeParse({ ...story, inBrief: story.inBrief.slice(0, 2) });
    expect(tooFew.success).toBe(false);
    expect(tooFew.error?.issues[0]).toMatchObject({ path: ['inBrief'], message: 'needs at least 3 bullets' });
    const tooMany = StorySchema.safeParse({ ...story, inBrief: Array(6).fill(story.inBrief[1]) });
    expect(tooMany.success).toBe(false);
  });
});
