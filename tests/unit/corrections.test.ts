/** The corrections record: notes per section, the modified date and the Atom feed. */
import { describe, expect, it } from 'vitest';
import { fmt } from './english.ts';
import {
  atomFeed,
  correctionsForSection,
  entryTitle,
  lastModified,
  newestFirst,
  sectionChanges,
  storyWideCorrections,
} from '../../src/lib/story/corrections.ts';
import { buildFactBook } from '../../src/lib/story/facts.ts';
import { factRecords } from '../../src/lib/publish/fact-export.ts';
import type { Correction, Fact } from '../../src/lib/content/schema.ts';
import { aCorrection } from './rules/fixtures.ts';

/** A correction whose description holds markup characters, which the feed must escape. */
const c = (id: string, date: string, sections: string[] = [], kind: Correction['kind'] = 'correction') =>
  aCorrection(id, date, sections, kind, `Description of ${id} <with> "markup" & more.`);
const ALL = [c('a', '2026-01-05', ['one']), c('b', '2026-02-01', []), c('c', '2026-01-05', ['one', 'two'], 'update')];

const LABELS = { correction: 'Correction', clarification: 'Clarification', update: 'Update' };

describe('which notes show where', () => {
  it('orders newest first, keeping the given (file) order on the same day', () => {
    expect(newestFirst(ALL).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(newestFirst([...ALL].reverse()).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
  it('gives a section the notes that name it, and the header those that name none', () => {
    expect(correctionsForSection(ALL, 'one').map((x) => x.id)).toEqual(['a', 'c']);
    expect(correctionsForSection(ALL, 'three')).toEqual([]);
    expect(storyWideCorrections(ALL).map((x) => x.id)).toEqual(['b']);
  });
  it('moves the modified date only with a recorded change', () => {
    expect(lastModified('2026-01-01', [])).toBe('2026-01-01');
    expect(lastModified('2026-01-01', ALL)).toBe('2026-02-01');
    expect(sectionChanges('2026-01-01', ALL, 'two')).toEqual({
      modified: '2026-02-01',
      corrections: [ALL[2]],
    });
    expect(sectionChanges('2026-01-01', [ALL[0] as Correction], 'two')).toEqual({
      modified: '2026-01-01',
      corrections: [],
    });
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'Corrections & updates',
    subtitle: 'All changes',
    language: 'en',
    feedUrl: 'https://example.org/sub/feed.xml',
    pageUrl: 'https://example.org/sub/corrections/',
    entryUrl: (id) => `https://example.org/sub/corrections/#correction-${id}`,
    author: 'Test',
    published: '2026-01-01',
    corrections: ALL,
    labels: LABELS,
    wholeStory: 'the whole story',
    words: { labelled: '{kind}: {text}', separator: '; ' },
    sectionTitle: (slug) => `Section ${slug}`,
    sourceLabel: 'Source:',
  });

  it('is an Atom 1.0 feed with one entry per change, newest first', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect([...xml.matchAll(/<id>[^<]*#correction-(\w+)<\/id>/g)].map((m) => m[1])).toEqual(['b', 'a', 'c']);
    expect(xml).toContain('<updated>2026-02-01T00:00:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/sub/feed.xml"/>');
  });

  it('escapes text and names the sections in entry titles', () => {
    expect(xml).toContain('<title>Corrections &amp; updates</title>');
    expect(xml).toContain('&lt;with&gt; &quot;markup&quot; &amp; more.');
    expect(xml).not.toContain('<with>');
    const words = { labelled: '{kind}: {text}', separator: '; ' };
    expect(entryTitle(ALL[2] as Correction, (s) => `Section ${s}`, LABELS, 'the whole story', words)).toBe(
      'Update: Section one; Section two',
    );
    expect(entryTitle(ALL[1] as Correction, (s) => s, LABELS, 'the whole story', words)).toBe(
      'Correction: the whole story',
    );
    // An edition's own punctuation: full-width in Chinese.
    expect(
      entryTitle(ALL[2] as Correction, (s) => `第${s}节`, LABELS, '整篇', {
        labelled: '{kind}：{text}',
        separator: '；',
      }),
    ).toBe('Update：第one节；第two节');
  });
});

describe('fact history in facts.json', () => {
  it('dates each earlier label or value by its correction', () => {
    const fact: Fact = {
      id: 'plants',
      label: 'Plants, by the district’s count',
      value: 4,
      unit: '',
      kind: 'count',
      outside: { name: 'Test', url: 'https://example.org' },
      history: [{ correction: 'a', label: 'Plants of the district' }],
    };
    const [record] = factRecords(buildFactBook([fact]), fmt, ALL);
    expect(record?.history).toEqual([
      { date: '2026-01-05', correction: 'a', summary: 'Summary of a', label: 'Plants of the district' },
    ]);
    // An edition gives no earlier label (English words), and a history naming an unpublished correction stops.
    const [edition] = factRecords(buildFactBook([fact]), fmt, ALL, { earlierLabels: false });
    expect(edition?.history).toEqual([{ date: '2026-01-05', correction: 'a', summary: 'Summary of a' }]);
    expect(() => factRecords(buildFactBook([fact]), fmt, [])).toThrow(/the correction "a" is not published/);
  });
});
