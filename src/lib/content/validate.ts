/**
 * Cross-record checks on the story's content, run on every build.
 *
 * Zod (in `schema.ts`) checks each record on its own; the rules in `rules/`
 * check what no single record can: that ids exist and are unique, that every
 * paragraph of the report is explained somewhere, that a number stands in its
 * evidence, and that no figure is typed into prose. Each rule is a small named
 * function of the bundle (`bundle.ts`); this module runs them all.
 * Each problem names the file and the field. It knows nothing about Astro:
 * pages hand it plain records, with each section's MDX already parsed.
 */
import { contentCounts } from './content-once.ts';
import { ContentError, type CheckOptions, type ContentBundle, type ContentProblem } from './bundle.ts';
import { CONTENT_RULES } from './rules/index.ts';

/** Today's date in UTC, YYYY-MM-DD. */
function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Checks the whole bundle with every rule of `rules/`; returns every problem found (empty when all is well). */
export function findContentProblems(bundle: ContentBundle, options: CheckOptions): ContentProblem[] {
  contentCounts().checks += 1;
  const today = options.today ?? isoToday();
  return CONTENT_RULES.flatMap((rule) => rule(bundle, { today, formatter: options.formatter }));
}

/** Checks the bundle and throws a `ContentError` listing every problem. */
export function assertValidContent(bundle: ContentBundle, options: CheckOptions): void {
  const problems = findContentProblems(bundle, options);
  if (problems.length > 0) throw new ContentError(problems);
}
