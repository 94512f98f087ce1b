/** Rules for the story record (src/lib/content/rules/story.ts): each passes the good fixture and fails a broken one. */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/lib/content/content-disk.ts';
import { readContent } from '../../../src/lib/content/content-reader.ts';
import { STORY_FILES } from '../../support/story-files.ts';
import { inBriefFigures, publisherFact, storyDating, storyFigures } from '../../../src/lib/content/rules/story.ts';
import { readEdited, ROOT } from '../content-files.ts';
import { badFile, check, fixture, goodFile, GOOD } from './fixtures.ts';

/** The good fixture with an outside fact, and the story's publisher taken from `id`. */
const withPublisherFact = (id: string) =>
  readEdited(
    {
      'facts.yaml': (t) =>
        `${t}- id: publisher-owner\n  label: Who owns the publisher\n  value: A state-owned company\n  kind: statement\n  outside: { name: Example encyclopedia, url: 'https://example.org/publisher' }\n`,
      'story.yaml': (t) =>
        t.replace('    publisher: Example publisher\n', `    publisher: Example publisher\n    publisherFact: ${id}\n`),
    },
    GOOD,
  );

describe('publisherFact', () => {
  it('passes a publisher fact from a named outside source', () => {
    expect(check(publisherFact, withPublisherFact('publisher-owner'))).toEqual([]);
  });

  it('fails an unknown fact, and a fact from the report', () => {
    const file = goodFile('story.yaml');
    expect(check(publisherFact, withPublisherFact('publisher'))).toEqual([
      { file, field: 'source.publisherFact', message: '"publisher" is not a fact id' },
    ]);
    expect(check(publisherFact, withPublisherFact('district-plants'))).toEqual([
      { file, field: 'source.publisherFact', message: '"district-plants" must be an outside fact with a named source' },
    ]);
  });
});

describe('storyFigures', () => {
  it('passes a headline and dek with figures in words', () => {
    expect(check(storyFigures, fixture())).toEqual([]);
  });

  it('fails a digit typed into the dek', () => {
    expect(check(storyFigures, fixture('typed-number-in-dek'))).toEqual([
      {
        file: badFile('typed-number-in-dek', 'story.yaml'),
        field: 'dek',
        message: 'the number "2" is typed in; leave figures to the facts',
      },
    ]);
  });
});

describe('inBriefFigures', () => {
  it('passes bullets whose figures are {{fact-id}} placeholders', () => {
    expect(check(inBriefFigures, fixture())).toEqual([]);
  });

  it('fails an unknown placeholder and a typed figure, naming the bullet', () => {
    expect(check(inBriefFigures, fixture('in-brief-unknown-fact'))).toEqual([
      {
        file: badFile('in-brief-unknown-fact', 'story.yaml'),
        field: 'inBrief[0]',
        message: '{{no-such-fact}} is not a fact id',
      },
    ]);
    expect(check(inBriefFigures, fixture('in-brief-typed-number'))).toEqual([
      {
        file: badFile('in-brief-typed-number', 'story.yaml'),
        field: 'inBrief[1]',
        message: 'the number "4" is typed in; write {{fact-id}} so it has one source',
      },
    ]);
  });
});

describe('storyDating', () => {
  const FILE = goodFile('story.yaml');
  const editStory = (change: (text: string) => string) => readEdited({ 'story.yaml': change }, GOOD);

  it('passes the fixture and the real story in every edition', () => {
    expect(check(storyDating, fixture())).toEqual([]);
    const { bundle } = readContent(readContentFiles(ROOT, STORY_FILES), STORY_FILES);
    expect(bundle?.editions?.length).toBeGreaterThan(0);
    expect(bundle && check(storyDating, bundle)).toEqual([]);
  });

  it('fails unknown facts, a paragraph of a fact that quotes none, stray braces, quotes outside the sources page and typed figures', () => {
    const bundle = editStory((t) =>
      t
        .replace(
          "footer: 'The report is undated; it describes events of {covers}.'",
          "footer: 'Undated, {{nope}}, <q>so</q>.'",
        )
        .replace('({{¶investment-cny}})', '({{¶implied-rate}}, {date}, 3 times)')
        .replace('topic: a district', 'topic: 2 districts'),
    );
    expect(check(storyDating, bundle)).toEqual([
      { file: FILE, field: 'topic', message: 'the number "2" is typed in; leave figures to the facts' },
      { file: FILE, field: 'source.dating.footer', message: '{{nope}} is not a fact id' },
      { file: FILE, field: 'source.dating.footer', message: 'may not quote the report: only sourcesPage may' },
      {
        file: FILE,
        field: 'source.dating.sourcesPage',
        message: '{{¶implied-rate}}: the fact quotes no paragraph of the report',
      },
      {
        file: FILE,
        field: 'source.dating.sourcesPage',
        message: 'has a brace or "<" that is not part of {covers}, {{fact-id}}, {{¶fact-id}} or <q>…</q>',
      },
      {
        file: FILE,
        field: 'source.dating.sourcesPage',
        message: 'the number "3" is typed in; write {{fact-id}} so it has one source',
      },
    ]);
  });

  it('fails an edition that drops a placeholder or translates the report’s words', () => {
    const files = new Map(readContentFiles(ROOT, STORY_FILES));
    const path = `${STORY_FILES.editions}/de/story.yaml`;
    files.set(
      path,
      (files.get(path) ?? '')
        .replace('<q>this month</q>', '<q>diesen Monat</q>')
        .replace('({{¶bmw-announcement-date}})', ''),
    );
    const { bundle } = readContent(files, STORY_FILES);
    expect(bundle && check(storyDating, bundle)).toEqual([
      {
        file: path,
        field: 'source.dating.sourcesPage',
        message: 'must keep the English text’s placeholders and the report’s words in <q>…</q>, unchanged',
      },
    ]);
  });
});
