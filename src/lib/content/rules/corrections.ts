/**
 * Rules for published corrections: each names sections and facts that exist,
 * carries no typed figure, and falls between the story's publication and the
 * build, with a summary of a few words; each fact's history names a correction that lists the fact.
 */
import { DATES_AND_YEARS, factTextProblems } from './figures.ts';
import { summaryLengthProblems } from '../../story/corrections.ts';
import { idsOf, problem, type ContentRule } from './shared.ts';

/** A correction names known sections and facts, has no typed figure, and is dated from publication to the build. */
export const correctionRecords: ContentRule = (bundle, { today }) => {
  const { file, records } = bundle.corrections;
  const slugs = new Set(bundle.sections.map((s) => s.data.slug));
  const factIds = idsOf(bundle.facts.records);
  const published = bundle.story.data.published;
  return records.flatMap((correction) => {
    const at = (field: string) => `corrections[${correction.id}].${field}`;
    return [
      ...correction.sections
        .filter((slug) => !slugs.has(slug))
        .map((slug) => problem(file, at('sections'), `"${slug}" is not a section slug`)),
      ...correction.facts
        .filter((id) => !factIds.has(id))
        .map((id) => problem(file, at('facts'), `"${id}" is not in ${bundle.facts.file}`)),
      ...factTextProblems(correction.description, factIds, DATES_AND_YEARS).map((message) =>
        problem(file, at('description'), message),
      ),
      ...factTextProblems(correction.summary, factIds, DATES_AND_YEARS).map((message) =>
        problem(file, at('summary'), message),
      ),
      ...summaryLengthProblems(correction.summary, 8).map((message) => problem(file, at('summary'), message)),
      ...(correction.date < published
        ? [problem(file, at('date'), `${correction.date} is before the story was published (${published})`)]
        : []),
      ...(correction.date > today
        ? [problem(file, at('date'), `${correction.date} is after today's build (${today})`)]
        : []),
    ];
  });
};

/** The file lists corrections newest first: a new entry goes at the top, so no entry is newer than the one above it. */
export const correctionOrder: ContentRule = (bundle) => {
  const { file, records } = bundle.corrections;
  return records.flatMap((correction, i) => {
    const above = records[i - 1];
    return above && correction.date > above.date
      ? [
          problem(
            file,
            `corrections[${correction.id}].date`,
            `${correction.date} is newer than the entry above it (${above.id}, ${above.date}): the file lists corrections newest first`,
          ),
        ]
      : [];
  });
};

/** Each entry of a fact's history names a correction that exists and lists that fact. */
export const factHistory: ContentRule = (bundle) => {
  const byId = new Map(bundle.corrections.records.map((c) => [c.id, c]));
  return bundle.facts.records.flatMap((fact) =>
    (fact.history ?? []).flatMap((revision, i) => {
      const field = `facts[${fact.id}].history[${i}].correction`;
      const correction = byId.get(revision.correction);
      if (!correction)
        return [problem(bundle.facts.file, field, `"${revision.correction}" is not in ${bundle.corrections.file}`)];
      if (!correction.facts.includes(fact.id))
        return [problem(bundle.facts.file, field, `"${revision.correction}" does not list "${fact.id}" in its facts`)];
      return [];
    }),
  );
};
