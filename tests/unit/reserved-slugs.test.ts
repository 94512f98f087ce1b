/** No section slug may take a name that another route or folder of the built site uses. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/content/validate.ts';
import { RESERVED_SLUGS } from '../../src/lib/content/rules/ids.ts';
import { readContent, ROOT } from './content-files.ts';
import { CHECKS } from './english.ts';
import { STORY_DIR } from '../support/story-files.ts';

describe('reserved slugs', () => {
  it('reserve every top-level page, endpoint and folder in src/pages and public/', () => {
    const names = [...readdirSync(join(ROOT, 'src/pages')), ...readdirSync(join(ROOT, 'public'))]
      .filter((name) => !name.startsWith('[') && !name.startsWith('_') && !name.startsWith('.'))
      .map((name) => name.replace(/\..*$/, ''));
    for (const name of names) expect(RESERVED_SLUGS, `src/pages or public/ has "${name}"`).toContain(name);
  });

  it('reserve the share-image folder, chart data and the story image name', () => {
    expect(RESERVED_SLUGS).toEqual(expect.arrayContaining(['og', 'data', 'sources', 'story']));
  });

  it.each(['sources', 'og', 'data'])('stop a section with slug "%s", naming its file and field', (slug) => {
    const { bundle } = readContent(join(ROOT, 'tests/fixtures/good'));
    const [first, ...rest] = bundle.sections;
    if (!first) throw new Error('the good fixture has no section');
    const problems = findContentProblems(
      { ...bundle, sections: [{ ...first, data: { ...first.data, slug } }, ...rest] },
      CHECKS,
    );
    expect(problems).toContainEqual({
      file: first.file,
      field: 'slug',
      message: expect.stringMatching(new RegExp(`"${slug}" is reserved`)),
    });
  });

  it('let the real content through', () => {
    const { bundle } = readContent(join(ROOT, STORY_DIR));
    expect(findContentProblems(bundle, CHECKS).filter((p) => p.field === 'slug')).toEqual([]);
  });
});
