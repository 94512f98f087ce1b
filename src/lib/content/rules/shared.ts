/**
 * What the content rules share: their shape, and small lookups over the
 * bundle. Each rule is a plain function of the bundle that returns the
 * problems it finds; `validate.ts` runs them all.
 */
import type { Formatter } from '../../text/format.ts';
import type { ContentBundle, ContentProblem } from '../bundle.ts';

/** What a rule may need besides the bundle. */
export interface RuleOptions {
  /** The build's date, YYYY-MM-DD (UTC). */
  today: string;
  /** The default edition's formatter: section titles and summaries are measured as it prints them. */
  formatter: Formatter;
}

/** One content rule: the problems it finds in the bundle (empty when all is well). */
export type ContentRule = (bundle: ContentBundle, options: RuleOptions) => ContentProblem[];

/** A problem without a line: cross-record rules name the file and the field. */
export function problem(file: string, field: string, message: string): ContentProblem {
  return { file, field, message };
}

/** The ids of a list of records. */
export function idsOf(records: readonly { id: string }[]): Set<string> {
  return new Set(records.map((record) => record.id));
}

/** Ids that occur more than once, each named once. */
export function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

/** Why `n` is not a paragraph of the report, or `undefined` when it is one. */
export function notInReport(bundle: ContentBundle, n: number): string | undefined {
  const count = bundle.story.data.source.paragraphs;
  return Number.isInteger(n) && n >= 1 && n <= count ? undefined : `${n} is not a paragraph of the report (1–${count})`;
}
