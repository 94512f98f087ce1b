/**
 * The YAML parses kept between builds (`diskParseStore`, set by the content gate): a parse read back
 * from the store gives exactly what a fresh parse gives (records, problems, and the lines of fields,
 * found by parsing again), only for the same text, and a store the reader cannot use is empty.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { diskParseStore, loadSiteFromDisk } from '../../src/lib/content/content-disk.ts';
import { siteCheckOptions } from '../../src/i18n/locales.ts';
import {
  parseSectionFile,
  readYamlList,
  setParseStore,
  type ParseStore,
} from '../../src/lib/content/content-reader.ts';
import { ROOT } from './content-files.ts';
import { STORY_FILES } from '../support/story-files.ts';

/** Forgets this process's recent reads (content-reader.ts keeps them on globalThis), so the store is asked. */
function forgetRecentReads(): void {
  for (const name of ['parsed-yaml', 'section-reads'])
    (globalThis as Record<symbol, Map<string, unknown> | undefined>)[
      Symbol.for(`sino-german-explainer.${name}`)
    ]?.clear();
}

/** A store of `dir` that counts what it was asked and what it had. */
function countedStore(dir: string) {
  const store = diskParseStore(dir, ROOT);
  const counts = { gets: 0, hits: 0, sets: 0 };
  const counted: ParseStore & { save: () => void } = {
    get: (key) => {
      counts.gets += 1;
      const value = store.get(key);
      if (value !== undefined) counts.hits += 1;
      return value;
    },
    set: (key, value) => {
      counts.sets += 1;
      store.set(key, value);
    },
    save: store.save,
  };
  return { store: counted, counts };
}

/** `read()` with `store` set and this process's recent reads forgotten. */
function through<T>(store: ParseStore, read: () => T): T {
  forgetRecentReads();
  setParseStore(store);
  try {
    return read();
  } finally {
    setParseStore(undefined);
  }
}

const schema = z.object({ id: z.string(), term: z.string(), aliases: z.array(z.string()).optional() });
// A sound entry, an entry whose field fails the schema (on line 5), and a repeated id.
const LIST = '- id: a\n  term: A\n- id: b\n  term: B\n  aliases: [x, 3]\n- id: a\n  term: C\n';
const SECTION = `${STORY_FILES.sections}/01-x.mdx`;
const FRONT = 'slug: x\ntitle: A section\norder: first\nsummary: A summary long enough to pass.\nparagraphs: [1]\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parse-store-'));
});
afterEach(() => {
  forgetRecentReads();
  rmSync(dir, { recursive: true, force: true });
});

describe('the parse store', () => {
  it('gives back a list file as a fresh parse reads it, with the lines of its problems', () => {
    forgetRecentReads();
    const fresh = readYamlList(STORY_FILES.terms, LIST, 'terms', schema);
    expect(fresh.problems.map((p) => [p.field, p.line])).toEqual([
      ['terms[a].id', 6],
      ['terms[b].aliases.1', 5],
    ]);
    const first = countedStore(dir);
    through(first.store, () => readYamlList(STORY_FILES.terms, LIST, 'terms', schema));
    expect(first.counts).toEqual({ gets: 1, hits: 0, sets: 1 });
    first.store.save();

    const second = countedStore(dir);
    const stored = through(second.store, () => readYamlList(STORY_FILES.terms, LIST, 'terms', schema));
    expect(second.counts).toEqual({ gets: 1, hits: 1, sets: 0 });
    expect(stored.problems).toEqual(fresh.problems);
    expect(stored.entries.map(({ id, line, data }) => ({ id, line, data }))).toEqual(
      fresh.entries.map(({ id, line, data }) => ({ id, line, data })),
    );
    expect(stored.entries[1]?.lineOf(['aliases'])).toBe(5);

    // Another text (one character) is parsed afresh.
    const third = countedStore(dir);
    through(third.store, () => readYamlList(STORY_FILES.terms, LIST.replace('term: C', 'term: D'), 'terms', schema));
    expect(third.counts).toEqual({ gets: 1, hits: 0, sets: 1 });
  });

  it("gives back a section's front matter as a fresh parse reads it, with the line of a schema problem", () => {
    const text = `---\n${FRONT}---\nBody\n`;
    forgetRecentReads();
    const fresh = parseSectionFile(SECTION, text);
    expect(fresh.problems).toEqual([{ file: SECTION, line: 4, field: 'order', message: expect.any(String) }]);
    const first = countedStore(dir);
    through(first.store, () => parseSectionFile(SECTION, text));
    first.store.save();
    const second = countedStore(dir);
    expect(through(second.store, () => parseSectionFile(SECTION, text))).toEqual(fresh);
    expect(second.counts.hits).toBe(1);
    const sound = `---\n${FRONT.replace('order: first', 'order: 1')}---\nBody\n`;
    expect(through(second.store, () => parseSectionFile(SECTION, sound))).toEqual(parseSectionFile(SECTION, sound));
  });

  it("reads the project's content from the store exactly as from its files", () => {
    forgetRecentReads();
    const fresh = loadSiteFromDisk(ROOT, siteCheckOptions());
    const first = countedStore(dir);
    through(first.store, () => loadSiteFromDisk(ROOT, siteCheckOptions()));
    first.store.save();
    const second = countedStore(dir);
    const stored = through(second.store, () => loadSiteFromDisk(ROOT, siteCheckOptions()));
    expect(second.counts.hits).toBe(second.counts.gets);
    expect(second.counts.sets).toBe(0);
    expect(stored).toEqual(fresh);
  });

  it('keeps only the parses the last save used, and rewrites nothing when they are unchanged', () => {
    const first = countedStore(dir);
    through(first.store, () => {
      readYamlList(STORY_FILES.terms, LIST, 'terms', schema);
      readYamlList(STORY_FILES.terms, `${LIST}# another text\n`, 'terms', schema);
    });
    first.store.save();
    const file = join(dir, 'yaml-parses.bin');
    expect((deserialize(readFileSync(file)) as { parses: unknown[] }).parses).toHaveLength(2);
    const second = countedStore(dir);
    through(second.store, () => readYamlList(STORY_FILES.terms, LIST, 'terms', schema));
    second.store.save();
    const kept = readFileSync(file);
    expect((deserialize(kept) as { parses: unknown[] }).parses).toHaveLength(1);
    const third = countedStore(dir);
    through(third.store, () => readYamlList(STORY_FILES.terms, LIST, 'terms', schema));
    // Emptied behind the store's back: a save that wrote would fill it again.
    writeFileSync(file, '');
    third.store.save();
    expect(readFileSync(file).length).toBe(0);
  });

  it('is empty when its file is unreadable or was written for another reader', () => {
    const file = join(dir, 'yaml-parses.bin');
    writeFileSync(file, 'not a store');
    const broken = countedStore(dir);
    through(broken.store, () => readYamlList(STORY_FILES.terms, LIST, 'terms', schema));
    expect(broken.counts).toEqual({ gets: 1, hits: 0, sets: 1 });
    broken.store.save();
    const saved = deserialize(readFileSync(file)) as { identity: string; parses: [string, unknown][] };
    expect(saved.parses).toHaveLength(1);
    writeFileSync(file, serialize({ ...saved, identity: 'another reader' }));
    const other = countedStore(dir);
    through(other.store, () => readYamlList(STORY_FILES.terms, LIST, 'terms', schema));
    expect(other.counts).toEqual({ gets: 1, hits: 0, sets: 1 });
  });
});
