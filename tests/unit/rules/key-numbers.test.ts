/**
 * The key-number rules (src/lib/content/rules/key-numbers.ts): each passes the good fixture (and the real
 * editions) and fails a broken copy, naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/lib/content/content-disk.ts';
import { readContent } from '../../../src/lib/content/content-reader.ts';
import { STORY_FILES } from '../../support/story-files.ts';
import {
  editionKeyNumbers,
  keyNumberFigures,
  keyNumberReferences,
} from '../../../src/lib/content/rules/key-numbers.ts';
import { readEdited, ROOT } from '../content-files.ts';
import { check, fixture, goodFile, GOOD } from './fixtures.ts';

const FILE = goodFile('key-numbers.yaml');
const edit = (change: (text: string) => string) => readEdited({ 'key-numbers.yaml': change }, GOOD);

/** The real content with the German key numbers changed in memory. */
function germanEdited(change: (text: string) => string) {
  const files = new Map(readContentFiles(ROOT, STORY_FILES));
  const path = `${STORY_FILES.editions}/de/key-numbers.yaml`;
  const text = files.get(path) ?? '';
  const changed = change(text);
  if (changed === text) throw new Error('test set-up: the edit changed nothing');
  files.set(path, changed);
  const { bundle, problems } = readContent(files, STORY_FILES);
  if (!bundle || problems.length > 0) throw new Error(`test set-up: ${JSON.stringify(problems)}`);
  return { bundle, path };
}

describe('keyNumberReferences', () => {
  it('passes tiles whose facts, conversion, section and unit words exist', () => {
    expect(check(keyNumberReferences, fixture())).toEqual([]);
  });

  it('fails an unknown fact, conversion and section, a unit for another fact, and a note without a conversion', () => {
    const bundle = edit((t) =>
      t
        .replace('facts: [district-plants]', 'facts: [district-plants, no-such-fact]')
        .replace(
          'section: the-district',
          'section: no-such-section\n  units: { robotaxi-orders: orders }\n  aboutNote: a note',
        )
        .replace('about: investment-usd', 'about: no-such-usd'),
    );
    expect(check(keyNumberReferences, bundle)).toEqual([
      { file: FILE, field: 'keyNumbers[district-plants].facts[1]', message: '"no-such-fact" is not a fact id' },
      {
        file: FILE,
        field: 'keyNumbers[district-plants].aboutNote',
        message: 'is only for a tile with an `about` value',
      },
      { file: FILE, field: 'keyNumbers[district-plants].section', message: '"no-such-section" is not a section slug' },
      {
        file: FILE,
        field: 'keyNumbers[district-plants].units.robotaxi-orders',
        message: '"robotaxi-orders" is not one of the tile\'s facts',
      },
      { file: FILE, field: 'keyNumbers[carmaker-investment].about', message: '"no-such-usd" is not a fact id' },
    ]);
  });

  it('fails a fact shown as a main value on two tiles: whose figure it is would be ambiguous', () => {
    const bundle = edit((t) => t.replace('facts: [investment-cny]', 'facts: [district-plants]'));
    expect(check(keyNumberReferences, bundle)).toEqual([
      {
        file: FILE,
        field: 'keyNumbers[carmaker-investment].facts[0]',
        message: '"district-plants" is already a main value of the tile "district-plants"',
      },
    ]);
  });
});

describe('keyNumberFigures', () => {
  it('passes words without figures', () => {
    expect(check(keyNumberFigures, fixture())).toEqual([]);
  });

  it('fails a typed figure and an unknown placeholder, naming the field', () => {
    const bundle = edit((t) =>
      t
        .replace('caption: in the district', 'caption: in 1 district')
        .replace("by: The carmaker's figure", "by: 'Said {{no-such-fact}}'"),
    );
    expect(check(keyNumberFigures, bundle)).toEqual([
      {
        file: FILE,
        field: 'keyNumbers[district-plants].caption',
        message: 'the number "1" is typed in; write {{fact-id}} so it has one source',
      },
      { file: FILE, field: 'keyNumbers[carmaker-investment].by', message: '{{no-such-fact}} is not a fact id' },
    ]);
  });
});

describe('editionKeyNumbers', () => {
  it('passes the real editions', () => {
    const { bundle } = readContent(readContentFiles(ROOT, STORY_FILES), STORY_FILES);
    expect(bundle && check(editionKeyNumbers, bundle)).toEqual([]);
  });

  it('fails a missing tile, an unknown one, a dropped placeholder, note and unit word', () => {
    const { bundle, path } = germanEdited((t) =>
      t
        .replace('- id: ponyai-km', '- id: ponyai-kilometres')
        .replace('angekündigt {{bmw-announcement-date}}', 'angekündigt im April')
        .replace("  aboutNote: 'nach der Umrechnung des Berichts'\n", '')
        .replace(", shunyi-rd-centres: 'F&E-Zentren'", ''),
    );
    expect(check(editionKeyNumbers, bundle)).toEqual([
      {
        file: path,
        field: 'keyNumbers[ponyai-km]',
        message: 'is missing: every edition gives the words for every tile',
      },
      {
        file: path,
        field: 'keyNumbers[bmw].by',
        message: 'must show the same {{fact}} placeholders as the English tile',
      },
      { file: path, field: 'keyNumbers[bmw].aboutNote', message: 'is missing: the English tile has one' },
      {
        file: path,
        field: 'keyNumbers[shunyi].units',
        message: 'must give unit words for the same facts as English: ["shunyi-rd-centres","shunyi-vehicle-plants"]',
      },
      {
        file: path,
        field: 'keyNumbers[ponyai-kilometres]',
        message: '"ponyai-kilometres" is not an id of the English tiles',
      },
    ]);
  });
});
