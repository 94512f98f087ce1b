/**
 * No story in src/: no id of any story's content — fact ids, section slugs, chart ids, entity ids, term ids,
 * quote ids, correction ids, key-number ids, the story's own id — appears in the code under `src/`
 * (`.ts`, `.astro`, `.css`, `.mjs`: string literals, identifiers, template text; not comments). The ids
 * are read through the content reader from every story folder: the project's `content/` (flat, or
 * `content/stories/{story}/`) and the valid fixture. A story is content; the code only knows how to show one.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './content-files.ts';
import { FRONT_STORY, STORY_DIR } from '../support/story-files.ts';
import { findIds, idsInSource, storyFolders, storyIds, type IdHit } from './story-ids.ts';

const STORY_DIRS = ['content', 'tests/fixtures/good'];
const ids = storyIds(STORY_DIRS);
const scanned = ids.map((entry) => entry.id);
const where = (hits: IdHit[]) => hits.map((hit) => `${hit.file}:${hit.line} ${hit.id}`);

describe('the ids of every story', () => {
  it('are read from every story folder: the project content and the valid fixture', () => {
    const folders = STORY_DIRS.flatMap((dir) => storyFolders(join(ROOT, dir)));
    expect(folders.map((folder) => folder.slice(ROOT.length + 1))).toEqual([STORY_DIR, 'tests/fixtures/good']);
    const stories = new Set(ids.map((entry) => entry.story));
    expect([...stories]).toEqual([STORY_DIR, 'tests/fixtures/good']);
    const kinds = new Set(ids.filter((entry) => entry.story === STORY_DIR).map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(
      ['chart', 'correction', 'entity', 'fact', 'key number', 'quote', 'section', 'story', 'term'].sort(),
    );
    expect(ids).toContainEqual({ id: FRONT_STORY, kind: 'story', story: STORY_DIR });
    expect(ids.filter((entry) => entry.kind === 'chart' && entry.story === STORY_DIR).length).toBeGreaterThan(0);
  });

  it('include a story folder’s own name under content/stories/', () => {
    const root = mkdtempSync(join(tmpdir(), 'story-ids-'));
    try {
      cpSync(join(ROOT, 'tests/fixtures/good'), join(root, 'stories', 'demo-story'), { recursive: true });
      const found = storyIds([root]);
      expect(found).toContainEqual(expect.objectContaining({ id: 'demo-story', kind: 'story' }));
      expect(found).toContainEqual(expect.objectContaining({ id: 'district-plants', kind: 'fact' }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the scan', () => {
  const demo = ['bmw-shenyang', 'bmw', 'district-plants'];

  it('finds an id in string literals, identifiers and template text, as a whole token only', () => {
    const ts = [
      `// bmw-shenyang in a comment is not code`,
      `/* nor is bmw here */`,
      `const tile = { section: 'bmw-shenyang' };`,
      'const note = `see ${bmw.name}`;',
      `const fine = bmwGroup + 'bmw-shenyang-plus' + 'district-plants-x';`,
    ].join('\n');
    expect(where(findIds('a.ts', ts, demo))).toEqual(['a.ts:3 bmw-shenyang', 'a.ts:4 bmw']);
    const astro = `---\nconst x = 'district-plants';\n---\n<!-- bmw -->\n{/* bmw */}\n<a href="#bmw-shenyang">x</a>\n`;
    expect(where(findIds('a.astro', astro, demo))).toEqual(['a.astro:2 district-plants', 'a.astro:6 bmw-shenyang']);
    const css = `/* .bmw */\n.tile-bmw { }\n[data-key-tile='bmw'] { }\n`;
    expect(where(findIds('a.css', css, demo))).toEqual(['a.css:3 bmw']);
  });

  it('fails on an id planted in a copy of src/', () => {
    const copy = mkdtempSync(join(tmpdir(), 'story-ids-src-'));
    try {
      cpSync(join(ROOT, 'src/lib/text'), join(copy, 'text'), { recursive: true });
      expect(idsInSource(copy, scanned)).toEqual([]);
      const slug = ids.find((entry) => entry.kind === 'section' && entry.story === STORY_DIR)?.id ?? '';
      writeFileSync(join(copy, 'text', 'planted.ts'), `export const SECTION = '${slug}';\n`);
      expect(idsInSource(copy, scanned).map((hit) => hit.id)).toEqual([slug]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('src/', () => {
  it('holds no id of any story’s content: fact, section, chart, person, term, quote, correction, key number or story', () => {
    expect(scanned.length).toBeGreaterThan(0);
    expect(where(idsInSource('src', scanned))).toEqual([]);
  });
});
