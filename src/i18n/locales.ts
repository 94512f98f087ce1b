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

/** The `[...lang]` route parameter of a locale: none for the default edition at the root, else its code. */
export function langParam(locale: Locale): string | undefined {
  return LOCALES[locale].prefix ? locale : undefined;
}

/** The locale a `[...lang]` route parameter names; an unknown one stops the build. */
export function localeOf(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (param in LOCALES) return param as Locale;
  throw new Error(`unknown edition "${param}"; editions: ${LOCALE_CODES.join(', ')}`);
}

/** `getStaticPaths` of a page every edition has: one path per locale. */
export function editionPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALE_CODES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}
