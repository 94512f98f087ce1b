/**
 * Rules for the key numbers (`key-numbers.yaml`) and each edition's words for
 * them: every tile names facts and a section that exist, gives unit words only
 * for its own facts and shows a fact as a main value on one tile only (whose
 * figure it is is read from there); its words take figures only as
 * `{{fact-id}}`; an edition gives words for every tile, with the English
 * placeholders, note and unit words.
 */
import type { ContentBundle, ContentProblem, EditionContent } from '../bundle.ts';
import type { EditionKeyNumber, KeyNumber } from '../schema.ts';
import { keyNumberPlaceholders } from '../../story/key-numbers.ts';
import { factTextProblems } from './figures.ts';
import { idsOf, problem, type ContentRule } from './shared.ts';

/** The words of a tile an editor writes, by field. */
function wordFields(words: KeyNumber | EditionKeyNumber): [string, string][] {
  return [
    ['caption', words.caption],
    ['by', words.by],
    ...(words.aboutNote ? ([['aboutNote', words.aboutNote]] as [string, string][]) : []),
    ...Object.entries(words.units).map(([id, unit]): [string, string] => [`units.${id}`, unit]),
  ];
}

/** Facts, the conversion, the section and the unit words of each tile name what exists. */
export const keyNumberReferences: ContentRule = (bundle) => {
  const { file, records } = bundle.keyNumbers;
  const facts = idsOf(bundle.facts.records);
  const slugs = new Set(bundle.sections.map((s) => s.data.slug));
  const shownOn = new Map<string, string>();
  return records.flatMap((tile) => {
    const at = (field: string, message: string) => problem(file, `keyNumbers[${tile.id}].${field}`, message);
    const found: ContentProblem[] = [];
    tile.facts.forEach((id, i) => {
      if (!facts.has(id)) found.push(at(`facts[${i}]`, `"${id}" is not a fact id`));
      const other = shownOn.get(id);
      if (other) found.push(at(`facts[${i}]`, `"${id}" is already a main value of the tile "${other}"`));
      else shownOn.set(id, tile.id);
    });
    if (tile.about && !facts.has(tile.about)) found.push(at('about', `"${tile.about}" is not a fact id`));
    if (tile.aboutNote && !tile.about) found.push(at('aboutNote', 'is only for a tile with an `about` value'));
    if (!slugs.has(tile.section)) found.push(at('section', `"${tile.section}" is not a section slug`));
    for (const id of Object.keys(tile.units))
      if (!tile.facts.includes(id)) found.push(at(`units.${id}`, `"${id}" is not one of the tile's facts`));
    return found;
  });
};

/** A tile's words take figures only from the fact book. */
export const keyNumberFigures: ContentRule = (bundle) => {
  const facts = idsOf(bundle.facts.records);
  const { file, records } = bundle.keyNumbers;
  return records.flatMap((tile) =>
    wordFields(tile).flatMap(([field, text]) =>
      factTextProblems(text, facts).map((message) => problem(file, `keyNumbers[${tile.id}].${field}`, message)),
    ),
  );
};

/** One edition's words for one tile, against the English tile. */
function editionTileProblems(file: string, words: EditionKeyNumber, english: KeyNumber, facts: Set<string>) {
  const at = (field: string, message: string) => problem(file, `keyNumbers[${words.id}].${field}`, message);
  const sorted = (list: string[]) => JSON.stringify([...list].sort());
  return [
    ...wordFields(words).flatMap(([field, text]) => factTextProblems(text, facts).map((m) => at(field, m))),
    ...(sorted(keyNumberPlaceholders(words)) === sorted(keyNumberPlaceholders(english))
      ? []
      : [at('by', 'must show the same {{fact}} placeholders as the English tile')]),
    ...(Boolean(words.aboutNote) === Boolean(english.aboutNote)
      ? []
      : [at('aboutNote', english.aboutNote ? 'is missing: the English tile has one' : 'is not in the English tile')]),
    ...(sorted(Object.keys(words.units)) === sorted(Object.keys(english.units))
      ? []
      : [at('units', `must give unit words for the same facts as English: ${sorted(Object.keys(english.units))}`)]),
  ];
}

/** Every edition gives words for every tile, and only those, each matching its English tile. */
export const editionKeyNumbers: ContentRule = (bundle: ContentBundle) => {
  const english = new Map(bundle.keyNumbers.records.map((tile) => [tile.id, tile]));
  const facts = idsOf(bundle.facts.records);
  return (bundle.editions ?? []).flatMap((edition: EditionContent) => {
    const { file, records } = edition.keyNumbers;
    const ids = idsOf(records);
    return [
      ...[...english.keys()]
        .filter((id) => !ids.has(id))
        .map((id) => problem(file, `keyNumbers[${id}]`, 'is missing: every edition gives the words for every tile')),
      ...records.flatMap((words) => {
        const ours = english.get(words.id);
        if (!ours) return [problem(file, `keyNumbers[${words.id}]`, `"${words.id}" is not an id of the English tiles`)];
        return editionTileProblems(file, words, ours, facts);
      }),
    ];
  });
};
