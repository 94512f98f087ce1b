/** The strict content reader: every broken file is a problem naming file, line and field; nothing is dropped. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readContentFiles } from '../../src/lib/content/content-disk.ts';
import {
  editionLayout,
  editionLocales,
  loadContent,
  parseSectionFile,
  parseYamlList,
  readYamlList,
} from '../../src/lib/content/content-reader.ts';
import { ContentError } from '../../src/lib/content/bundle.ts';
import { ROOT } from './content-files.ts';
import { CHECKS } from './english.ts';
import { STORY_FILES } from '../support/story-files.ts';

const FILE = STORY_FILES.terms;

describe('parseYamlList', () => {
  it('reads a list of entries with their lines', () => {
    const { entries, problems } = parseYamlList(FILE, '- id: a\n  term: A\n- id: b\n  term: B\n', 'terms');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.id, e.line])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(entries[1]?.lineOf(['term'])).toBe(4);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const { entries, problems } = parseYamlList(FILE, '- id: a\n  aliases: [x, y\n- id: b\n', 'terms');
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, field: 'YAML syntax' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(problems[0]?.message).toMatch(/column \d+/);
  });

  it.each([
    ['an empty file', '', /is empty/],
    ['a file of comments only', '# nothing yet\n', /is empty/],
    ['an empty list', '[]\n', /is empty/],
    ['a map instead of a list', 'a: 1\nb: 2\n', /must be a list of entries .* holds a map/],
    ['a single value', 'hello\n', /must be a list of entries .* holds a single value/],
  ])('rejects %s', (_, text, message) => {
    const { problems } = parseYamlList(FILE, text, 'terms');
    expect(problems).toEqual([{ file: FILE, line: 1, field: 'file', message: expect.stringMatching(message) }]);
  });

  it('rejects an entry that is not a map, and one without an id', () => {
    const { entries, problems } = parseYamlList(FILE, '- id: a\n- just text\n- term: B\n', 'terms');
    expect(entries.map((e) => e.id)).toEqual(['a']);
    expect(problems).toEqual([
      { file: FILE, line: 2, field: 'entry 2', message: expect.stringMatching(/must be a map/) },
      { file: FILE, line: 3, field: 'entry 3.id', message: expect.stringMatching(/is missing/) },
    ]);
  });

  it('rejects a repeated id naming both lines, and keeps only the first', () => {
    const { entries, problems } = parseYamlList(FILE, '- id: a\n  term: A\n- id: a\n  term: B\n', 'terms');
    expect(entries).toHaveLength(1);
    expect(problems).toEqual([
      { file: FILE, line: 3, field: 'terms[a].id', message: '"a" is used twice, on lines 1 and 3: ids must be unique' },
    ]);
  });

  it('rejects a key written twice in one entry', () => {
    const { problems } = parseYamlList(FILE, '- id: a\n  term: A\n  term: B\n', 'terms');
    expect(problems[0]).toMatchObject({ file: FILE, line: 3, field: 'YAML syntax' });
  });
});

describe('readYamlList', () => {
  const schema = z.object({ id: z.string(), term: z.string() });

  it('gives the same answer for a text read again, and answers a changed text afresh', () => {
    const text = '- id: a\n  term: A\n- id: a\n  term: B\n';
    const first = readYamlList(FILE, text, 'terms', schema);
    expect(first.problems.map((p) => p.field)).toEqual(['terms[a].id']);
    // A caller changing what it got back does not change the next read of the same text.
    first.problems[0]!.message = 'changed';
    first.entries.length = 0;
    const again = readYamlList(FILE, text, 'terms', schema);
    expect(again.problems[0]?.message).toMatch(/used twice/);
    expect(again.entries.map((e) => e.id)).toEqual(['a']);
    const fixed = readYamlList(FILE, text.replace('id: a\n  term: B', 'id: b\n  term: B'), 'terms', schema);
    expect(fixed.problems).toEqual([]);
    expect(fixed.records?.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('parseSectionFile', () => {
  const SECTION = `${STORY_FILES.sections}/01-x.mdx`;
  const front = 'slug: x\ntitle: A section\norder: 1\nsummary: A summary long enough to pass.\nparagraphs: [1]\n';

  it('reads front matter and body', () => {
    const read = parseSectionFile(SECTION, `---\n${front}---\n\nHello <Who id="a" />.\n`);
    expect(read.problems).toEqual([]);
    expect(read.section?.data.slug).toBe('x');
    expect(read.section?.body).toBe('\nHello <Who id="a" />.\n');
  });

  it('reports missing or unclosed front matter', () => {
    expect(parseSectionFile(SECTION, 'Hello').problems[0]).toMatchObject({ line: 1, field: 'front matter' });
    expect(parseSectionFile(SECTION, `---\n${front}\nHello`).problems[0]).toMatchObject({ field: 'front matter' });
  });

  it('reports a front-matter YAML error at its line in the file', () => {
    const read = parseSectionFile(SECTION, `---\nslug: x\ntitle: [A section\norder: 1\n---\nBody\n`);
    expect(read.section).toBeUndefined();
    expect(read.problems[0]).toMatchObject({ file: SECTION, field: 'YAML syntax' });
    expect(read.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a schema problem at its front-matter line', () => {
    const read = parseSectionFile(SECTION, `---\n${front.replace('order: 1', 'order: first')}---\nBody\n`);
    expect(read.problems).toEqual([{ file: SECTION, line: 4, field: 'order', message: expect.any(String) }]);
  });

  it('reports an unclosed MDX tag at its line in the file', () => {
    const read = parseSectionFile(SECTION, `---\n${front}---\n\nOne paragraph.\n\nHello <Who id="a"> there.\n`);
    expect(read.problems).toEqual([
      {
        file: SECTION,
        line: 11,
        field: 'body line 4',
        message: expect.stringMatching(/^MDX syntax: Expected a closing tag for `<Who>`/),
      },
    ]);
  });
});

describe('corrections.yaml', () => {
  it('may hold an explicit empty list, but not be emptied', () => {
    const file = STORY_FILES.corrections;
    expect(parseYamlList(file, '[]\n', 'corrections', { allowEmptyList: true }).problems).toEqual([]);
    expect(parseYamlList(file, '', 'corrections', { allowEmptyList: true }).problems[0]?.message).toMatch(
      /is empty: .*write \[\] for none/,
    );
  });
});

describe('loadContent on the real content', () => {
  const files = readContentFiles(ROOT, STORY_FILES);

  it('reads every content file and passes', () => {
    const own = [...files.keys()].filter((f) => f.endsWith('.yaml') && !f.startsWith(`${STORY_FILES.editions}/`));
    expect(own.sort()).toEqual(
      [
        STORY_FILES.corrections,
        STORY_FILES.entities,
        STORY_FILES.facts,
        STORY_FILES.terms,
        STORY_FILES.story,
        STORY_FILES.quotes,
        STORY_FILES.keyNumbers,
        STORY_FILES.charts,
      ].sort(),
    );
    // Every edition folder gives the same files.
    for (const locale of editionLocales(files, STORY_FILES.editions)) {
      const layout = editionLayout(STORY_FILES.editions, locale);
      for (const file of [
        layout.story,
        layout.facts,
        layout.entities,
        layout.terms,
        layout.quotes,
        layout.keyNumbers,
        layout.charts,
      ])
        expect(files.has(file), file).toBe(true);
    }
    expect(() => loadContent(files, CHECKS, STORY_FILES)).not.toThrow();
  });

  it('stops when a section file is deleted while its slug is still referenced', () => {
    const without = new Map([...files].filter(([path]) => !path.endsWith('07-whats-next.mdx')));
    expect(() => loadContent(without, CHECKS, STORY_FILES)).toThrow(ContentError);
    try {
      loadContent(without, CHECKS, STORY_FILES);
    } catch (error) {
      expect((error as ContentError).problems).toContainEqual(
        expect.objectContaining({ file: STORY_FILES.entities, message: '"whats-next" is not a section slug' }),
      );
    }
  });

  it('stops when a data file is missing', () => {
    const without = new Map([...files].filter(([path]) => path !== STORY_FILES.terms));
    expect(() => loadContent(without, CHECKS, STORY_FILES)).toThrow(`${STORY_FILES.terms} › file: is missing`);
  });

  it('prints file:line in the error message', () => {
    const broken = new Map(files).set(STORY_FILES.terms, '- id: a\n- id: a\n');
    expect(() => loadContent(broken, CHECKS, STORY_FILES)).toThrow(
      /content\/stories\/[a-z-]+\/glossary\.yaml:2 › terms\[a\]\.id: "a" is used twice/,
    );
  });
});
