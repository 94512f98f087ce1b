/**
 * What the story page's components show, computed outside them: the publisher
 * note (header, footer, sources page), the key-number tiles and the glossary.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factText } from '../../../src/lib/story/facts.ts';
import { parseMdx } from '../../../src/lib/content/mdx-tree.ts';
import type { Correction, Story, Term } from '../../../src/lib/content/schema.ts';
import { correctionNotes } from '../../../src/lib/story/correction-notes.ts';
import { reportYear, whosWhoGroups } from '../../../src/lib/story/whos-who.ts';
import { glossaryEntries } from '../../../src/lib/story/glossary.ts';
import { shownTiles } from '../../../src/lib/story/key-tiles.ts';
import { editionKeyTiles } from '../../../src/lib/story/key-numbers.ts';
import { publisherNote } from '../../../src/lib/story/report.ts';
import { realFacts } from '../charts/facts.ts';
import { readContent, ROOT } from '../content-files.ts';
import { fmt } from '../english.ts';
import { STORY_DIR } from '../../support/story-files.ts';

const { bundle } = readContent(join(ROOT, STORY_DIR));
const story = bundle.story.data;
const facts = realFacts();
const sections = bundle.sections.map((s) => ({ slug: s.data.slug, title: s.data.title, tree: s.tree }));

describe('publisherNote', () => {
  it('gives the publisher fact as readers see it and the outside source that says so', () => {
    const id = story.source.publisherFact;
    expect(id).toBeDefined();
    const fact = facts.get(id ?? '');
    expect(publisherNote(story, facts, fmt)).toEqual({
      fact: factText(facts, id ?? '', fmt),
      source: { name: fact?.outside?.name, url: fact?.outside?.url },
    });
    expect(publisherNote(story, facts, fmt)?.source.url).toMatch(/^https:\/\//);
  });

  it('gives nothing when the story names no publisher fact', () => {
    const { publisherFact: _, ...source } = story.source;
    expect(publisherNote({ ...story, source } as Story, facts, fmt)).toBeUndefined();
  });

  it('stops on a publisher fact that is not an outside fact with a source, naming the file and field', () => {
    const wrong = { ...story, source: { ...story.source, publisherFact: 'bmw-shenyang-investment-cny' } };
    expect(() => publisherNote(wrong, facts, fmt)).toThrow(
      'story.yaml: source.publisherFact "bmw-shenyang-investment-cny" must name an outside fact with a source',
    );
    const missing = { ...story, source: { ...story.source, publisherFact: 'no-such-fact' } };
    expect(() => publisherNote(missing, facts, fmt)).toThrow(/source\.publisherFact "no-such-fact"/);
  });
});

describe('shownTiles', () => {
  const keyNumbers = editionKeyTiles(bundle.keyNumbers.records, undefined, facts, fmt);
  const tiles = shownTiles(sections, facts, keyNumbers, fmt);

  it("shows each tile's values from the fact book, with its section's title", () => {
    expect(tiles.map((tile) => tile.id)).toEqual(['bmw', 'shunyi', 'ponyai-km', 'ponyai-orders']);
    const [bmw] = tiles;
    expect(bmw?.title).toBe(sections.find((s) => s.slug === 'bmw-shenyang')?.title);
    expect(bmw?.shownValues).toEqual([
      { id: 'bmw-shenyang-investment-cny', number: '20 billion', unit: 'yuan', machine: '20000000000' },
    ]);
    expect(bmw?.shownAbout?.id).toBe('bmw-shenyang-investment-usd');
    expect(bmw?.by).toBe('BMW’s figure, announced in late April 2024');
  });

  it('writes a range as JSON for machines and leaves out the conversion where a tile has none', () => {
    const orders = tiles.find((tile) => tile.id === 'ponyai-orders');
    expect(orders?.shownValues[0]?.machine).toMatch(/^\{"min":\d+,"max":\d+\}$/);
    expect(orders?.shownAbout).toBeUndefined();
  });

  it('stops on a tile whose section the story does not have', () => {
    const tile = { ...keyNumbers[0]!, id: 'bmw', section: 'no-such-section' };
    expect(() => shownTiles(sections, facts, [tile], fmt)).toThrow(
      'KeyNumbers: no section "no-such-section" for the tile "bmw"',
    );
  });
});

describe('glossaryEntries', () => {
  const term = (id: string, name: string): Term => ({ id, term: name, aliases: [], definition: `${name} is a term.` });
  const terms = [term('zeta', 'Zeta'), term('alpha', 'alpha'), term('mid', 'Mid')];
  const tree = (text: string) => parseMdx(text);
  const parts = [
    { slug: 'one', title: 'One', tree: tree('Uses <Term id="zeta">zeta</Term> and <Term id="alpha">alpha</Term>.') },
    { slug: 'two', title: 'Two', tree: tree('Uses <Term id="zeta">zeta</Term> again.') },
  ];

  it("sorts the terms as the edition's language does and lists the sections that mark each, in reading order", () => {
    const entries = glossaryEntries(terms, parts, fmt.compare);
    expect(entries.map((e) => e.term.id)).toEqual(['alpha', 'mid', 'zeta']);
    expect(entries.map((e) => e.usedIn.map((s) => s.slug))).toEqual([['one'], [], ['one', 'two']]);
  });

  it('finds every real term used in at least one real section', () => {
    const entries = glossaryEntries(bundle.terms.records, sections, fmt.compare);
    expect(entries).toHaveLength(bundle.terms.records.length);
    for (const entry of entries) expect(entry.usedIn.length, entry.term.id).toBeGreaterThan(0);
  });
});

describe('whosWhoGroups', () => {
  const entities = new Map(bundle.entities.records.map((e) => [e.id, e]));
  const groups = whosWhoGroups(entities, sections, fmt.compare);

  it('shows people, organisations and places, each sorted for readers, without groups or publications', () => {
    expect(groups.map((g) => g.heading)).toEqual(['people', 'organisations', 'places']);
    const shown = groups.flatMap((g) => g.entries.map((e) => e.entity));
    expect(shown.some((e) => e.type === 'group' || e.type === 'publication')).toBe(false);
    const people = groups[0]?.entries.map((e) => e.entity.shortName ?? e.entity.name) ?? [];
    expect(people).toEqual([...people].sort(fmt.compare));
  });

  it('links a person to the organisation they speak for, and the organisation back to its people', () => {
    const person = groups[0]?.entries.find((e) => e.organisation);
    expect(person?.role?.charAt(0)).toBe(person?.role?.charAt(0).toUpperCase());
    const organisation = groups[1]?.entries.find((e) => e.entity.id === person?.organisation?.id);
    expect(organisation?.people.map((p) => p.id)).toContain(person?.entity.id);
    expect(person?.sections.every((s) => s.title === sections.find((x) => x.slug === s.slug)?.title)).toBe(true);
  });

  it('leaves out a group the story has no entry for (a story without places shows no Places heading)', () => {
    const withoutPlaces = new Map([...entities].filter(([, e]) => e.type !== 'place'));
    expect(whosWhoGroups(withoutPlaces, sections, fmt.compare).map((g) => g.heading)).toEqual([
      'people',
      'organisations',
    ]);
  });

  it("takes the report's year from the months it covers", () => {
    expect(reportYear(story)).toBe('2024');
  });
});

describe('correctionNotes', () => {
  const note = (id: string, date: string): Correction => ({
    id,
    date,
    kind: 'correction',
    sections: [],
    facts: [],
    summary: `Summary ${id}.`,
    description: `Description ${id}.`,
  });

  it('shows each correction once, newest first, marking those made before the edition was published', () => {
    const older = note('older', '2026-01-05');
    const newer = note('newer', '2026-03-01');
    const notes = correctionNotes([older, newer, older], '2026-02-01');
    expect(notes.map((n) => [n.correction.id, n.beforeEdition])).toEqual([
      ['newer', false],
      ['older', true],
    ]);
  });
});
