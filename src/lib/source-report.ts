/**
 * How the site speaks of the report's date. The report carries no date of its
 * own: what is known is the period of the events it describes and the date of
 * its public copy. Every page that dates the report uses these words, so none
 * invents a date the report was written.
 */
import { formatDate } from './dates.ts';
import type { Story } from './schema.ts';

/** "undated; describes events of late April – early May 2024". */
export function reportDating(story: Story): string {
  return `undated; describes events of ${story.source.covers.text}`;
}

/** The note at the top of the story: how old the report is and what the explainer does not cover. */
export function reportAgeNote(story: Story): string {
  return (
    `This explainer, published ${formatDate(story.published)}, is based on ${story.source.kind} about events of ` +
    `${story.source.covers.text}; its public copy appeared on ${formatDate(story.source.published)}. ` +
    `It does not cover anything that has happened since.`
  );
}

/** The share cards' footer: what the explainer is based on, dated by the public copy. */
export function shareCardFooter(story: Story): string {
  return `Explainer of ${story.source.kind} from ${story.source.dateline}; public copy ${formatDate(story.source.published)}`;
}

/** The events' period for machines, as an ISO 8601 interval of months ("2024-04/2024-05"). */
export function coversInterval(story: Story): string {
  const { from, to } = story.source.covers;
  return from === to ? from : `${from}/${to}`;
}
