/**
 * The editions the site is built in: a locale code, the language tag pages
 * declare, the path prefix below the base, and the file its UI strings come
 * from. English stays at the root; German and Chinese come next under `/de/`
 * and `/zh/` (one entry each, plus their strings and content).
 */
import en from './en.ts';
import { parseUiStrings, type UiStrings } from './schema.ts';

/** One edition's language settings. */
export interface LocaleInfo {
  /** The language tag of its pages (`<html lang>`, JSON-LD `inLanguage`). */
  lang: string;
  /** Its path below the base: "" for the default edition, "de/" for German. */
  prefix: string;
  /** The language named in itself, for a language switcher: "English", "Deutsch", "中文". */
  name: string;
  /** Where its UI strings are written, for error messages. */
  file: string;
  /** Its UI strings as written (checked by `uiStrings`). */
  strings: unknown;
}

export const LOCALES = {
  en: { lang: 'en', prefix: '', name: 'English', file: 'src/i18n/en.ts', strings: en },
} as const satisfies Record<string, LocaleInfo>;

/** A locale the site is built in. */
export type Locale = keyof typeof LOCALES;

/** The edition at the site root, and `x-default` for search engines. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Every locale, default first. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** A locale's UI strings, checked: a missing or empty key stops the build naming the file and key. */
export function uiStrings(locale: Locale): UiStrings {
  const info: LocaleInfo = LOCALES[locale];
  return parseUiStrings(info.file, info.strings);
}
