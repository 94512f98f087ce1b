/**
 * Rules for the story's own record: its source's publisher comes from a named
 * outside source, and its headline, dek and "In 30 seconds" bullets take no
 * figure that is not in the fact book.
 */
import { factTextProblems, typedNumbers } from './figures.ts';
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
