/**
 * Rules for the story's own record: its source's publisher comes from a named
 * outside source; its headline, dek, topic and "In 30 seconds" bullets take no
 * figure that is not in the fact book; and what it says of the report's date
 * holds in every edition.
 */
import { datingFacts, datingQuotes, datingRest } from '../../story/report.ts';
import type { ContentBundle } from '../bundle.ts';
import { EDITION_DATES_AND_YEARS, factTextProblems, typedNumbers } from './figures.ts';
import { idsOf, problem, type ContentRule } from './shared.ts';

/** What the source's publisher is comes from an outside fact with a named source. */
export const publisherFact: ContentRule = (bundle) => {
  const id = bundle.story.data.source.publisherFact;
  if (!id) return [];
  const fact = bundle.facts.records.find((f) => f.id === id);
  if (!fact) return [problem(bundle.story.file, 'source.publisherFact', `"${id}" is not a fact id`)];
  if (!fact.outside)
    return [problem(bundle.story.file, 'source.publisherFact', `"${id}" must be an outside fact with a named source`)];
  return [];
};

/** The headline and dek carry no figures: figures live in the fact book. */
export const storyFigures: ContentRule = (bundle) =>
  (['headline', 'dek'] as const).flatMap((field) => {
    const [typed] = typedNumbers(bundle.story.data[field]);
    return typed
      ? [problem(bundle.story.file, field, `the number "${typed}" is typed in; leave figures to the facts`)]
      : [];
  });

/** The "In 30 seconds" bullets take numbers only from the fact book, as `{{fact-id}}`. */
export const inBriefFigures: ContentRule = (bundle) => {
  const factIds = idsOf(bundle.facts.records);
  return bundle.story.data.inBrief.flatMap((text, i) =>
    factTextProblems(text, factIds).map((message) => problem(bundle.story.file, `inBrief[${i}]`, message)),
  );
};

/** The dating texts of a story record, by field. */
const DATING_FIELDS = ['footer', 'sourcesPage', 'citation'] as const;

/** What is wrong with one dating text: unknown facts, paragraphs of facts that quote none, stray marks, typed figures. */
function datingTextProblems(
  text: string,
  bundle: ContentBundle,
  quotesAllowed: boolean,
  notFigures?: RegExp,
): string[] {
  const facts = new Map(bundle.facts.records.map((fact) => [fact.id, fact]));
  const messages = datingFacts(text).flatMap(({ id, paragraph }) => {
    const fact = facts.get(id);
    if (!fact) return [`{{${paragraph ? '¶' : ''}${id}}} is not a fact id`];
    return paragraph && !fact.source ? [`{{¶${id}}}: the fact quotes no paragraph of the report`] : [];
  });
  if (!quotesAllowed && datingQuotes(text).length > 0) messages.push('may not quote the report: only sourcesPage may');
  const rest = datingRest(text);
  if (/[{}<>]/.test(rest))
    messages.push('has a brace or "<" that is not part of {covers}, {{fact-id}}, {{¶fact-id}} or <q>…</q>');
  const [typed] = typedNumbers(notFigures ? rest.replace(notFigures, ' ') : rest);
  if (typed) messages.push(`the number "${typed}" is typed in; write {{fact-id}} so it has one source`);
  return messages;
}

/** The placeholders and quotes of a dating text, for comparing an edition's with English's. */
const datingShape = (text: string) =>
  JSON.stringify([
    datingFacts(text)
      .map((f) => `${f.paragraph ? '¶' : ''}${f.id}`)
      .sort(),
    text.includes('{covers}'),
    datingQuotes(text),
  ]);

/**
 * What the story says of the report's date (`source.dating`), in English and in every edition: placeholders
 * name facts (a `{{¶fact}}` one that quotes a paragraph), only the sources page quotes the report, no figure
 * is typed in; an edition keeps the English placeholders and the report's words exactly. The topic takes no figure.
 */
export const storyDating: ContentRule = (bundle) => {
  const english = bundle.story.data.source.dating;
  const texts = [
    { file: bundle.story.file, story: bundle.story.data, edition: false },
    ...(bundle.editions ?? []).map((e) => ({ file: e.story.file, story: e.story.data, edition: true })),
  ];
  return texts.flatMap(({ file, story, edition }) => [
    ...typedNumbers(story.topic)
      .slice(0, 1)
      .map((typed) => problem(file, 'topic', `the number "${typed}" is typed in; leave figures to the facts`)),
    ...DATING_FIELDS.flatMap((field) => {
      const text = story.source.dating[field];
      const at = `source.dating.${field}`;
      return [
        ...datingTextProblems(text, bundle, field === 'sourcesPage', edition ? EDITION_DATES_AND_YEARS : undefined).map(
          (message) => problem(file, at, message),
        ),
        ...(edition && datingShape(text) !== datingShape(english[field])
          ? [
              problem(
                file,
                at,
                'must keep the English text’s placeholders and the report’s words in <q>…</q>, unchanged',
              ),
            ]
          : []),
      ];
    }),
  ]);
};
