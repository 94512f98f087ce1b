/**
 * Rules for sections' front matter: the report paragraphs each explains (and
 * that together they explain all of them), the key fact, and the title and
 * summary, which show figures only as `{{fact-id}}` and stay short once filled.
 */
import { fillFacts, placeholderIds } from '../../story/facts.ts';
import { factBookOf } from './facts.ts';
import { factTextProblems } from './figures.ts';
import { idsOf, notInReport, problem, type ContentRule } from './shared.ts';

/** Longest section summary or title once `{{fact}}` placeholders are filled, in characters. */
export const SUMMARY_MAX = 200;

/** Each paragraph a section explains is a paragraph of the report. */
export const sectionParagraphs: ContentRule = (bundle) =>
  bundle.sections.flatMap((section) =>
    section.data.paragraphs.flatMap((n) => {
      const outside = notInReport(bundle, n);
      return outside ? [problem(section.file, 'paragraphs', outside)] : [];
    }),
  );

/** Every paragraph of the report is explained by some section. */
export const uncitedParagraphs: ContentRule = (bundle) => {
  const cited = new Set(bundle.sections.flatMap((s) => s.data.paragraphs));
  const uncited = Array.from({ length: bundle.story.data.source.paragraphs }, (_, i) => i + 1).filter(
    (n) => !cited.has(n),
  );
  if (uncited.length === 0) return [];
  const sectionsDir = bundle.sections[0]?.file.replace(/[^/]*$/, '') ?? 'sections/';
  return [
    problem(
      sectionsDir,
      'paragraphs',
      `no section cites paragraph${uncited.length > 1 ? 's' : ''} ${uncited.join(', ')} of the report`,
    ),
  ];
};

/** A section's key fact is a fact. */
export const sectionKeyFact: ContentRule = (bundle) => {
  const factIds = idsOf(bundle.facts.records);
  return bundle.sections.flatMap(({ file, data }) =>
    data.keyFact && !factIds.has(data.keyFact) ? [problem(file, 'keyFact', `"${data.keyFact}" is not a fact id`)] : [],
  );
};

/**
 * A section's title and summary show figures only as known `{{fact-id}}`
 * placeholders, and are at most `SUMMARY_MAX` characters once filled in
 * (checked when the fact book can be built).
 */
export const sectionTexts: ContentRule = (bundle, { formatter }) => {
  const factIds = idsOf(bundle.facts.records);
  const built = factBookOf(bundle);
  const book = built && 'book' in built ? built.book : undefined;
  return bundle.sections.flatMap((section) =>
    (['title', 'summary'] as const).flatMap((field) => {
      const text = section.data[field];
      const problems = factTextProblems(text, factIds).map((message) => problem(section.file, field, message));
      const filled =
        book && placeholderIds(text).every((id) => factIds.has(id)) ? fillFacts(text, book, formatter) : '';
      if (filled.length > SUMMARY_MAX)
        problems.push(
          problem(
            section.file,
            field,
            `is ${filled.length} characters once facts are filled in; keep it to ${SUMMARY_MAX}`,
          ),
        );
      return problems;
    }),
  );
};
