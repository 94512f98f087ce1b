/**
 * Chinese line breaks between phrases, not inside words ("汽/车", "副区/长"):
 * BudouX's Simplified Chinese model (Google's phrase segmenter, npm `budoux`)
 * splits Chinese text into phrases at build time. Pages wrap each phrase in a
 * span and allow breaks only between them (`Phrases.astro`, CSS
 * `word-break: keep-all` and `<wbr>`, as BudouX's own HTML output does); chart
 * labels, chart files and share cards wrap at the same boundaries. Text
 * without Chinese characters is left as it is. Pure: no Astro, no files.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';

const HAN = /\p{Script=Han}/u;

let parser: ReturnType<typeof loadDefaultSimplifiedChineseParser> | undefined;

/** True when the text has a Chinese character (and so needs phrase breaks). */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The text's phrases, in order; joined they give the text back. Text without
 * Chinese characters is one phrase; spaces stay inside the phrases around them.
 * @example phrases('顺义的整车厂和研发中心') // ['顺义的', '整车厂和', '研发中心']
 */
export function phrases(text: string): string[] {
  if (!hasHan(text)) return [text];
  parser ??= loadDefaultSimplifiedChineseParser();
  const found = parser.parse(text);
  if (found.join('') !== text) throw new Error(`BudouX lost text splitting "${text}"`);
  return found;
}

/**
 * Tokens a line may break between, for label wrapping: runs of spaces (break
 * opportunities themselves), and the words or phrases between them; Chinese
 * runs split into BudouX phrases instead of single characters.
 */
export function breakTokens(text: string): string[] {
  return (text.match(/\s+|\S+/g) ?? []).flatMap((chunk) => (/^\s+$/.test(chunk) ? [chunk] : phrases(chunk)));
}
