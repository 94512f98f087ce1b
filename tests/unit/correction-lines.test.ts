/** One-line correction notes and their rules: summaries, the story-wide line, file order, outside sources. */
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  correctionsForSection,
  fullText,
  inFileOrder,
  newestFirst,
  storyWideCorrections,
  storyWideLine,
  summaryLengthProblems,
} from '../../src/lib/story/corrections.ts';
import { correctionOrder, correctionRecords } from '../../src/lib/content/rules/corrections.ts';
import { editionFigures, editionRecords } from '../../src/lib/content/rules/editions.ts';
import { CorrectionSchema, EditionCorrectionSchema } from '../../src/lib/content/schema.ts';
import type { EditionContent } from '../../src/lib/content/bundle.ts';
import { readEdited } from './content-files.ts';
import { aCorrection, check, fixture, goodFile, GOOD } from './rules/fixtures.ts';

const c = aCorrection;

describe('summaries', () => {
  it('allow a few words, or twice as many Chinese characters', () => {
    expect(summaryLengthProblems('Zipse’s title', 8)).toEqual([]);
    expect(summaryLengthProblems('one two three four five six seven eight nine', 8)).toEqual([
      'has 9 words: at most 8',
    ]);
    expect(summaryLengthProblems('齐普策的职务', 10)).toEqual([]);
    expect(summaryLengthProblems('这是一个非常非常长的摘要，超过了二十个汉字的上限呀', 10)).toEqual([
      'has 25 characters: at most 20',
    ]);
  });

  it('are required, short and without a full stop', () => {
    const base = { id: 'x', date: '2026-01-05', kind: 'correction', description: 'An earlier version was wrong here.' };
    expect(CorrectionSchema.safeParse(base).success).toBe(false);
    expect(CorrectionSchema.safeParse({ ...base, summary: 'The title.' }).success).toBe(false);
    expect(CorrectionSchema.safeParse({ ...base, summary: 'The title' }).success).toBe(true);
    expect(EditionCorrectionSchema.safeParse({ id: 'x', description: 'Eine frühere Fassung.' }).success).toBe(false);
  });

  it('fail the rule when too long in the English file, naming the field', () => {
    const long = readEdited(
      { 'corrections.yaml': (t) => t.replace('summary: Whose plants they are', 'summary: A b c d e f g h i') },
      GOOD,
    );
    expect(check(correctionRecords, long)).toEqual([
      {
        file: goodFile('corrections.yaml'),
        field: 'corrections[plants-label].summary',
        message: 'has 9 words: at most 8',
      },
    ]);
  });
});

describe('outside sources', () => {
  it('are checked: a name, an http(s) URL and a date', () => {
    const base = { ...c('x', '2026-01-05'), kind: 'update' };
    expect(
      CorrectionSchema.safeParse({ ...base, source: { name: 'BMW', url: 'https://example.org', date: '2025-12-09' } })
        .success,
    ).toBe(true);
    expect(
      CorrectionSchema.safeParse({ ...base, source: { name: 'BMW', url: 'example', date: '2025-12-09' } }).success,
    ).toBe(false);
    expect(CorrectionSchema.safeParse({ ...base, source: { name: 'BMW', url: 'https://example.org' } }).success).toBe(
      false,
    );
  });

  it('go into the full text of the feed', () => {
    const sourced = {
      ...c('u', '2026-02-01', [], 'update'),
      source: { name: 'BMW', url: 'https://example.org/p', date: '2025-12-09' },
    };
    expect(fullText(sourced, 'Source:')).toBe(
      'Description of u, long enough. Source: BMW, 2025-12-09, https://example.org/p',
    );
    const xml = atomFeed({
      title: 'T',
      subtitle: 'S',
      language: 'en',
      feedUrl: 'https://example.org/feed.xml',
      pageUrl: 'https://example.org/corrections/',
      entryUrl: (id) => `https://example.org/corrections/#correction-${id}`,
      author: 'A',
      published: '2026-01-01',
      corrections: [sourced, c('a', '2026-01-05', ['one'])],
      labels: { correction: 'Correction', clarification: 'Clarification', update: 'Update' },
      wholeStory: 'the whole story',
      words: { labelled: '{kind}: {text}', separator: '; ' },
      sectionTitle: (slug) => `Section ${slug}`,
      sourceLabel: 'Source:',
    });
    expect(xml).toContain('<summary type="text">Summary of u</summary>');
    expect(xml).toContain(
      '<content type="text">Description of u, long enough. Source: BMW, 2025-12-09, https://example.org/p</content>',
    );
    expect(xml.indexOf('#correction-u')).toBeLessThan(xml.indexOf('#correction-a'));
  });
});

describe('order', () => {
  const file = [
    c('new', '2026-02-01'),
    c('same-day-later', '2026-01-05', ['one']),
    c('same-day-earlier', '2026-01-05', ['one', 'two']),
  ];

  it('is newest first, the file order kept within a day', () => {
    expect(newestFirst(file).map((x) => x.id)).toEqual(['new', 'same-day-later', 'same-day-earlier']);
    expect(correctionsForSection(file, 'one').map((x) => x.id)).toEqual(['same-day-later', 'same-day-earlier']);
  });

  it('is restored from the file when the loader lost it, and an unknown id stops', () => {
    const shuffled = [file[2]!, file[0]!, file[1]!];
    expect(
      inFileOrder(
        shuffled,
        file.map((x) => x.id),
      ).map((x) => x.id),
    ).toEqual(file.map((x) => x.id));
    expect(() => inFileOrder(shuffled, ['new'])).toThrow(/not in the corrections file/);
  });

  it('of the file is checked: no entry newer than the one above it', () => {
    const bundle = fixture();
    expect(check(correctionOrder, bundle)).toEqual([]);
    const wrong = { ...bundle, corrections: { ...bundle.corrections, records: [...file].reverse() } };
    expect(check(correctionOrder, wrong)).toEqual([
      expect.objectContaining({
        field: 'corrections[new].date',
        message: expect.stringMatching(/newer than the entry above it/),
      }),
    ]);
  });
});

describe('the story-wide line', () => {
  it('takes the newest story-wide correction’s kind and date, or is absent', () => {
    const all = [
      c('a', '2026-01-05', ['one']),
      c('b', '2026-01-06', [], 'clarification'),
      c('d', '2026-02-01', [], 'update'),
    ];
    expect(storyWideLine(storyWideCorrections(all))).toEqual({ kind: 'update', date: '2026-02-01' });
    expect(storyWideLine(storyWideCorrections([all[0]!]))).toBeUndefined();
  });
});

describe('edition corrections', () => {
  const bundle = fixture();
  const words = (records: { id: string; summary: string; description: string }[]): EditionContent =>
    ({
      locale: 'de',
      story: { file: 'ed/story.yaml', data: { ...bundle.story.data, inBrief: bundle.story.data.inBrief } },
      sections: [],
      facts: { file: 'ed/facts.yaml', records: [] },
      entities: { file: 'ed/entities.yaml', records: [] },
      terms: { file: 'ed/glossary.yaml', records: [] },
      quotes: { file: 'ed/quotes.yaml', records: [] },
      corrections: { file: 'ed/corrections.yaml', records },
    }) as unknown as EditionContent;

  it('must give the words of every English correction, and of no other', () => {
    const missing = check(editionRecords, { ...bundle, editions: [words([])] });
    expect(missing).toContainEqual({
      file: 'ed/corrections.yaml',
      field: 'corrections[plants-label]',
      message: 'is missing: every edition gives the words for every English record',
    });
    const extra = check(editionRecords, {
      ...bundle,
      editions: [
        words([
          { id: 'plants-label', summary: 'Wessen Werke', description: 'Eine frühere Fassung.' },
          { id: 'other', summary: 'X', description: 'Eine frühere Fassung.' },
        ]),
      ],
    });
    expect(extra).toContainEqual(expect.objectContaining({ field: 'corrections[other]', file: 'ed/corrections.yaml' }));
    expect(extra.filter((p) => p.field === 'corrections[plants-label]')).toEqual([]);
  });

  it('may write out dates in the edition’s language but not type figures, and keep the summary short', () => {
    const problems = (description: string, summary = 'Wessen Werke') =>
      check(editionFigures, { ...bundle, editions: [words([{ id: 'plants-label', summary, description }])] }).filter(
        (p) => p.file === 'ed/corrections.yaml',
      );
    expect(problems('Eine frühere Fassung vom 17. Mai 2024 und von 2023; am 2024年5月17日.')).toEqual([]);
    expect(problems('Eine frühere Fassung nannte 5 Werke.')).toEqual([
      expect.objectContaining({
        field: 'corrections[plants-label].description',
        message: expect.stringMatching(/"5" is typed in/),
      }),
    ]);
    expect(problems('Eine frühere Fassung.', 'eins zwei drei vier fünf sechs sieben acht neun zehn elf')).toEqual([
      expect.objectContaining({ field: 'corrections[plants-label].summary', message: 'has 11 words: at most 10' }),
    ]);
  });
});
