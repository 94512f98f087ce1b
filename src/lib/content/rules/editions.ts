/**
 * Rules for the editions in other languages (`content/stories/{story}/editions/{locale}/`).
 * An edition gives its own words for records written once in English, so each
 * rule checks it against the English records: every section, fact, entry,
 * term, quotation and correction has its words, and none that English lacks; sections
 * keep their slugs, order, paragraphs and key fact, and name the same people
 * and charts; placeholders name facts that exist; no figure is typed in any
 * language; a name in Chinese characters names its source. Nothing falls back
 * to English silently: a missing text is a problem, not a blank.
 */
import { summaryLengthProblems } from '../../story/corrections.ts';
import { placeholderIds } from '../../story/facts.ts';
import { mdxElements } from '../mdx-tree.ts';
import type { ContentBundle, ContentProblem, EditionContent } from '../bundle.ts';
import { EDITION_DATES_AND_YEARS, factTextProblems } from './figures.ts';
import { findReferences, findTypedNumbers } from './mdx.ts';
import { idsOf, problem, type ContentRule } from './shared.ts';

/** Runs a check on every edition. */
const perEdition =
  (check: (edition: EditionContent, bundle: ContentBundle) => ContentProblem[]): ContentRule =>
  (bundle) =>
    (bundle.editions ?? []).flatMap((edition) => check(edition, bundle));

/** Ids English has that the edition's file lacks, and ids the edition has that English lacks. */
function sameIds(
  file: string,
  label: string,
  english: readonly { id: string }[],
  edition: readonly { id: string }[],
): ContentProblem[] {
  const theirs = idsOf(edition);
  const ours = idsOf(english);
  return [
    ...[...ours]
      .filter((id) => !theirs.has(id))
      .map((id) =>
        problem(file, `${label}[${id}]`, `is missing: every edition gives the words for every English record`),
      ),
    ...[...theirs]
      .filter((id) => !ours.has(id))
      .map((id) => problem(file, `${label}[${id}]`, `"${id}" is not an id of the English ${label}`)),
  ];
}

/** Every fact, entry, term and quotation has the edition's words, and only those English has. */
export const editionRecords: ContentRule = perEdition((edition, bundle) => [
  ...sameIds(edition.facts.file, 'facts', bundle.facts.records, edition.facts.records),
  ...sameIds(edition.entities.file, 'entities', bundle.entities.records, edition.entities.records),
  ...sameIds(edition.terms.file, 'terms', bundle.terms.records, edition.terms.records),
  ...sameIds(edition.quotes.file, 'quotes', bundle.quotes?.records ?? [], edition.quotes.records),
  ...sameIds(edition.corrections.file, 'corrections', bundle.corrections.records, edition.corrections.records),
]);

/** A fact's text value and a derived fact's explanation are given exactly where English has them. */
export const editionFactFields: ContentRule = perEdition((edition, bundle) => {
  const english = new Map(bundle.facts.records.map((fact) => [fact.id, fact]));
  return edition.facts.records.flatMap((fact) => {
    const ours = english.get(fact.id);
    if (!ours) return [];
    const field = (name: string) => `facts[${fact.id}].${name}`;
    const textValue = typeof ours.value === 'string';
    return [
      ...(textValue && fact.value === undefined
        ? [
            problem(
              edition.facts.file,
              field('value'),
              'is missing: the English value is text, so the edition gives its own',
            ),
          ]
        : []),
      ...(!textValue && fact.value !== undefined
        ? [
            problem(
              edition.facts.file,
              field('value'),
              'must be left out: this value is a number, formatted by the edition',
            ),
          ]
        : []),
      ...(ours.derived && fact.explanation === undefined
        ? [
            problem(
              edition.facts.file,
              field('explanation'),
              'is missing: a derived fact says in words how it is worked out',
            ),
          ]
        : []),
      ...(!ours.derived && fact.explanation !== undefined
        ? [problem(edition.facts.file, field('explanation'), 'is only for derived facts')]
        : []),
    ];
  });
});

/** An entry's short name and role are given where English has them; Chinese characters in a name cite a source. */
export const editionEntityFields: ContentRule = perEdition((edition, bundle) => {
  const english = new Map(bundle.entities.records.map((entity) => [entity.id, entity]));
  return edition.entities.records.flatMap((entity) => {
    const ours = english.get(entity.id);
    if (!ours) return [];
    const field = (name: string) => `entities[${entity.id}].${name}`;
    const named = ours.type === 'person' || ours.type === 'organisation' || ours.type === 'place';
    return [
      ...(ours.shortName && !entity.shortName
        ? [problem(edition.entities.file, field('shortName'), 'is missing: English has one')]
        : []),
      ...(ours.role && !entity.role
        ? [problem(edition.entities.file, field('role'), 'is missing: English has one')]
        : []),
      ...(named && /\p{Script=Han}/u.test(entity.name) && !entity.nameSource
        ? [
            problem(
              edition.entities.file,
              field('nameSource'),
              `is missing: "${entity.name}" is written in Chinese characters, which only a named outside source may confirm`,
            ),
          ]
        : []),
      ...(entity.sourceName && !ours.source
        ? [
            problem(
              edition.entities.file,
              field('sourceName'),
              `names an outside source the English entry does not have: give the source in ${bundle.entities.file}`,
            ),
          ]
        : []),
    ];
  });
});

/** The edition has every section, with the same slug, order, paragraphs and key fact. */
export const editionSections: ContentRule = perEdition((edition, bundle) => {
  const theirs = new Map(edition.sections.map((section) => [section.data.slug, section]));
  const dir = edition.story.file.replace(/story\.yaml$/, 'sections');
  return bundle.sections
    .flatMap((english) => {
      const section = theirs.get(english.data.slug);
      if (!section) {
        // Named by the file the edition's section belongs in: the English file's name in the edition's folder.
        const expected = `${dir}/${english.file.split('/').at(-1) ?? ''}`;
        return [problem(expected, 'file', `is missing: every edition has every section (${english.file} has no twin)`)];
      }
      const same = (name: 'order' | 'paragraphs' | 'keyFact') =>
        JSON.stringify(section.data[name]) === JSON.stringify(english.data[name])
          ? []
          : [problem(section.file, name, `must be ${JSON.stringify(english.data[name])}, as in ${english.file}`)];
      return [...same('order'), ...same('paragraphs'), ...same('keyFact')];
    })
    .concat(
      edition.sections
        .filter((section) => !bundle.sections.some((english) => english.data.slug === section.data.slug))
        .map((section) =>
          problem(section.file, 'slug', `"${section.data.slug}" is not the slug of an English section`),
        ),
    );
});

/** A section names the same people, places and organisations, and shows the same charts, as its English twin. */
export const editionSectionReferences: ContentRule = perEdition((edition, bundle) =>
  edition.sections.flatMap((section) => {
    const english = bundle.sections.find((s) => s.data.slug === section.data.slug);
    if (!english) return [];
    const ids = (tree: typeof section.tree, tag: string) =>
      [...new Set(mdxElements(tree, tag).map((e) => e.attributes.id ?? ''))].sort();
    return ['Who', 'Chart', 'Quote'].flatMap((tag) => {
      const ours = ids(english.tree, tag);
      const theirs = ids(section.tree, tag);
      return JSON.stringify(ours) === JSON.stringify(theirs)
        ? []
        : [
            problem(
              section.file,
              `<${tag} id>`,
              `names ${theirs.join(', ') || 'none'}; the English section names ${ours.join(', ') || 'none'}`,
            ),
          ];
    });
  }),
);

/** Every `<Fact>`, `<Who>`, `<Term>`, `<Chart>` and `<Quote>` in an edition names an id that exists. */
export const editionMdxReferences: ContentRule = perEdition((edition, bundle) => {
  const known: Record<string, Set<string>> = {
    Fact: idsOf(bundle.facts.records),
    Who: idsOf(bundle.entities.records),
    Term: idsOf(bundle.terms.records),
    Quote: idsOf(bundle.quotes?.records ?? []),
  };
  return edition.sections.flatMap((section) =>
    findReferences(section.tree)
      .filter((ref) => ref.tag !== 'Chart' && !known[ref.tag]?.has(ref.id))
      .map((ref) => problem(section.file, `body line ${ref.line} <${ref.tag} id>`, `"${ref.id}" is not a known id`)),
  );
});

/** Headline, dek, bullets, titles, summaries, definitions and prose: placeholders name facts, no figure is typed. */
export const editionFigures: ContentRule = perEdition((edition, bundle) => {
  const factIds = idsOf(bundle.facts.records);
  const story = edition.story.data;
  const check = (file: string, field: string, text: string) =>
    factTextProblems(text, factIds).map((message) => problem(file, field, message));
  // Corrections may write out dates and years, as the English ones do.
  const correctionCheck = (file: string, field: string, text: string) =>
    factTextProblems(text, factIds, EDITION_DATES_AND_YEARS).map((message) => problem(file, field, message));
  const english = bundle.story.data.inBrief;
  return [
    ...check(edition.story.file, 'headline', story.headline),
    ...check(edition.story.file, 'dek', story.dek),
    ...story.inBrief.flatMap((text, i) => check(edition.story.file, `inBrief[${i}]`, text)),
    ...(story.inBrief.length === english.length
      ? story.inBrief.flatMap((text, i) =>
          JSON.stringify(placeholderIds(text).sort()) === JSON.stringify(placeholderIds(english[i] ?? '').sort())
            ? []
            : [
                problem(
                  edition.story.file,
                  `inBrief[${i}]`,
                  'must show the same {{fact}} placeholders as the English bullet',
                ),
              ],
        )
      : [problem(edition.story.file, 'inBrief', `must have ${english.length} bullets, as English has`)]),
    ...edition.sections.flatMap((section) => [
      ...check(section.file, 'title', section.data.title),
      ...check(section.file, 'summary', section.data.summary),
      ...findTypedNumbers(section.tree).map(({ text, line }) =>
        problem(
          section.file,
          `body line ${line}`,
          `the number "${text}" is typed in; use <Fact id="…" /> so it has one source`,
        ),
      ),
    ]),
    ...edition.terms.records.flatMap((term) =>
      check(edition.terms.file, `terms[${term.id}].definition`, term.definition),
    ),
    ...edition.corrections.records.flatMap((correction) => [
      ...correctionCheck(edition.corrections.file, `corrections[${correction.id}].summary`, correction.summary),
      // A German summary may take a word or two more than English's eight.
      ...summaryLengthProblems(correction.summary, 10).map((message) =>
        problem(edition.corrections.file, `corrections[${correction.id}].summary`, message),
      ),
      ...correctionCheck(edition.corrections.file, `corrections[${correction.id}].description`, correction.description),
    ]),
  ];
});

/** The edition rules, in the order they run. */
export const EDITION_RULES: readonly ContentRule[] = [
  editionRecords,
  editionFactFields,
  editionEntityFields,
  editionSections,
  editionSectionReferences,
  editionMdxReferences,
  editionFigures,
];
