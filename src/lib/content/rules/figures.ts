/**
 * The one check for figures typed into text. Every figure a reader sees comes
 * from the fact book, so digits typed into a headline, a title, a summary, a
 * bullet, a correction note or prose are a problem: this module finds them,
 * and the rules for each kind of text word the message.
 */
import { placeholderIds, withoutPlaceholders } from '../../story/facts.ts';

/** A figure typed as digits, ASCII or full-width: a digit run with its separators ("7", "2.82", "40,075", "２０"). */
const TYPED_NUMBER = /[\d０-９][\d０-９,.，．]*/g;

/** The figures typed into a text as digits, in order. */
export function typedNumbers(text: string): string[] {
  return text.match(TYPED_NUMBER) ?? [];
}

/**
 * Dates ("17 May 2024"), years ("2022") and references to the report's paragraphs ("¶12", "¶12–¶16",
 * "第12段") a correction may name in words: they are not figures of the report.
 */
export const DATES_AND_YEARS =
  /¶\d+(?:[–-]¶?\d+)?|\b(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b/g;

/** The same in the editions' languages too: "17. Mai 2024", "2024年5月17日", "第12段", and the English forms. */
export const EDITION_DATES_AND_YEARS =
  /¶\d+(?:[–-]¶?\d+)?|第\d+段|\b\d{1,2}\.\s(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s(?:19|20)\d\d\b|(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?|(?:\d{1,2}月(?:\d{1,2}日)?)|\b(?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b/g;

/**
 * What is wrong with a text that may show figures only as `{{fact-id}}`
 * placeholders (a title, a summary, a bullet, a correction): ids not in the
 * fact book, braces left over from a broken placeholder, digits typed in.
 * `notFigures` takes out words with digits that are not figures (dates).
 */
export function factTextProblems(text: string, factIds: ReadonlySet<string>, notFigures?: RegExp): string[] {
  const messages = placeholderIds(text)
    .filter((id) => !factIds.has(id))
    .map((id) => `{{${id}}} is not a fact id`);
  const rest = withoutPlaceholders(text);
  if (/\{\{|\}\}/.test(rest)) messages.push('has a "{{" or "}}" that is not part of a {{fact-id}} placeholder');
  const [typed] = typedNumbers(notFigures ? rest.replace(notFigures, ' ') : rest);
  if (typed) messages.push(`the number "${typed}" is typed in; write {{fact-id}} so it has one source`);
  return messages;
}
