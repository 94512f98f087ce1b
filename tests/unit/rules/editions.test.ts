/**
 * The edition rules (src/lib/content/rules/editions.ts), each with a passing case (the
 * real German and Chinese editions) and a failing one (the same files with one
 * thing broken in memory). Every failure names the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/lib/content/content-disk.ts';
import { readContent } from '../../../src/lib/content/content-reader.ts';
import {
  editionEntityFields,
  editionFactFields,
  editionFigures,
  editionMdxReferences,
  editionRecords,
  editionSectionReferences,
  editionSections,
  EDITION_RULES,
} from '../../../src/lib/content/rules/editions.ts';
import type { ContentRule } from '../../../src/lib/content/rules/shared.ts';
import type { ContentBundle } from '../../../src/lib/content/bundle.ts';
import { ROOT } from '../content-files.ts';
import { TODAY } from './fixtures.ts';
import { fmt } from '../english.ts';
import { STORY_FILES } from '../../support/story-files.ts';

const DE = `${STORY_FILES.editions}/de`;

/** The real content, with some files changed in memory (each change must change its file). */
function edited(edits: Record<string, (text: string) => string> = {}): ContentBundle {
  const files = new Map(readContentFiles(ROOT, STORY_FILES));
  for (const [path, edit] of Object.entries(edits)) {
    const text = files.get(path);
    if (text === undefined) throw new Error(`test set-up: no ${path}`);
    const changed = edit(text);
    if (changed === text) throw new Error(`test set-up: the edit of ${path} changed nothing`);
    if (changed === '') files.delete(path);
    else files.set(path, changed);
  }
  const { bundle, problems } = readContent(files, STORY_FILES);
  if (!bundle || problems.length > 0) throw new Error(`test set-up: ${JSON.stringify(problems)}`);
  return bundle;
}

const run = (rule: ContentRule, bundle: ContentBundle) => rule(bundle, { today: TODAY, formatter: fmt });

describe('the real editions', () => {
  it.each(EDITION_RULES)('pass $name', (rule) => {
    const bundle = edited();
    expect(bundle.editions?.map((e) => e.locale)).toEqual(['de', 'zh']);
    expect(run(rule, bundle)).toEqual([]);
  });
});

describe('editionRecords', () => {
  it('fails a fact the edition leaves out, and an id English does not have', () => {
    const bundle = edited({
      [`${DE}/facts.yaml`]: (text) => text.replace(/- id: forum-length\n/, '- id: forum-length-typo\n'),
    });
    expect(run(editionRecords, bundle)).toEqual([
      { file: `${DE}/facts.yaml`, field: 'facts[forum-length]', message: expect.stringMatching(/is missing/) },
      { file: `${DE}/facts.yaml`, field: 'facts[forum-length-typo]', message: expect.stringMatching(/not an id/) },
    ]);
  });
});

describe('editionFactFields', () => {
  it('fails a text value left out, and a value given for a number', () => {
    const bundle = edited({
      [`${DE}/facts.yaml`]: (text) =>
        text
          .replace(/(- id: industrial-park-role\n  label: [^\n]+\n)  value: [^\n]+\n/, '$1')
          .replace(/(- id: forum-length\n  label: [^\n]+\n)/, "$1  value: 'zwei'\n"),
    });
    expect(run(editionFactFields, bundle).map((p) => p.field)).toEqual([
      'facts[industrial-park-role].value',
      'facts[forum-length].value',
    ]);
  });
});

describe('editionEntityFields', () => {
  it('fails a name in Chinese characters without a source', () => {
    const bundle = edited({
      [`${DE}/entities.yaml`]: (text) =>
        text.replace(/- id: du-yue\n  name: [^\n]+\n/, "- id: du-yue\n  name: '杜岳'\n"),
    });
    expect(run(editionEntityFields, bundle)).toEqual([
      {
        file: `${DE}/entities.yaml`,
        field: 'entities[du-yue].nameSource',
        message: expect.stringMatching(/Chinese characters/),
      },
    ]);
  });

  it('fails words for an outside source the English entry does not have', () => {
    const zh = `${STORY_FILES.editions}/zh`;
    const bundle = edited({
      [`${zh}/entities.yaml`]: (text) =>
        text.replace(/(- id: he-yi\n(?:  [^\n]+\n)*?  description: [^\n]+\n)/, "$1  sourceName: '某来源'\n"),
    });
    expect(run(editionEntityFields, bundle)).toEqual([
      {
        file: `${zh}/entities.yaml`,
        field: 'entities[he-yi].sourceName',
        message: expect.stringMatching(/English entry/),
      },
    ]);
  });
});

describe('editionSections', () => {
  it('fails a missing section and a changed paragraph list', () => {
    const bundle = edited({
      [`${DE}/sections/07-whats-next.mdx`]: () => '',
      [`${DE}/sections/01-the-forum.mdx`]: (text) => text.replace('paragraphs: [1, 2]', 'paragraphs: [1]'),
    });
    const problems = run(editionSections, bundle);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `${DE}/sections/07-whats-next.mdx`, field: 'file' }),
    );
    expect(problems).toContainEqual({
      file: `${DE}/sections/01-the-forum.mdx`,
      field: 'paragraphs',
      message: `must be [1,2], as in ${STORY_FILES.sections}/01-the-forum.mdx`,
    });
  });
});

describe('editionSectionReferences', () => {
  it('fails a section that names other people than its English twin', () => {
    const bundle = edited({
      [`${DE}/sections/01-the-forum.mdx`]: (text) => `${text}\n<Who id="du-yue" />\n`,
    });
    expect(run(editionSectionReferences, bundle)).toEqual([
      expect.objectContaining({ file: `${DE}/sections/01-the-forum.mdx`, field: '<Who id>' }),
    ]);
  });
});

describe('editionMdxReferences', () => {
  it('fails an unknown fact id', () => {
    const bundle = edited({
      [`${DE}/sections/01-the-forum.mdx`]: (text) => `${text}\n<Fact id="no-such-fact" />\n`,
    });
    expect(run(editionMdxReferences, bundle)).toEqual([
      expect.objectContaining({ file: `${DE}/sections/01-the-forum.mdx`, message: '"no-such-fact" is not a known id' }),
    ]);
  });
});

describe('editionFigures', () => {
  it('fails digits typed into prose (ASCII or full-width), a bad placeholder and a changed bullet', () => {
    const bundle = edited({
      [`${DE}/sections/01-the-forum.mdx`]: (text) => `${text}\nEs kamen 300 Gäste.\n`,
      [`${STORY_FILES.editions}/zh/sections/01-the-forum.mdx`]: (text) => `${text}\n来了３００位嘉宾。\n`,
      [`${DE}/story.yaml`]: (text) => text.replace('{{bmw-shenyang-investment-usd}}', '{{no-such-fact}}'),
    });
    const problems = run(editionFigures, bundle);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `${DE}/sections/01-the-forum.mdx`,
        message: expect.stringMatching(/"300" is typed in/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `${STORY_FILES.editions}/zh/sections/01-the-forum.mdx`,
        message: expect.stringMatching(/"３００" is typed in/),
      }),
    );
    expect(problems).toContainEqual({
      file: `${DE}/story.yaml`,
      field: 'inBrief[0]',
      message: '{{no-such-fact}} is not a fact id',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'inBrief[0]',
        message: expect.stringMatching(/same \{\{fact\}\} placeholders/),
      }),
    );
  });
});
