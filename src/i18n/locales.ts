/**
 * The editions the site is built in: a locale code, the language tag pages
 * declare, the path prefix below the base, and the file its UI strings come
 * from. English stays at the root; German and Chinese come next under `/de/`
 * and `/zh/` (one entry each, plus their strings and content).
 */
import de from './de.ts';
import en from './en.ts';
import zh from './zh.ts';
import { parseUiStrings, type UiStrings } from './schema.ts';
import type { CheckOptions } from '../lib/content/bundle.ts';
import type { SiteCheckOptions } from '../lib/content/site-reader.ts';
import { createFormatter } from '../lib/text/format.ts';

/** One edition's language settings. */
interface LocaleInfo {
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
  /** Open Graph's `og:locale` for its pages: language and the region its readers are addressed in. */
  ogLocale: string;
}

export const LOCALES = {
  en: { lang: 'en', prefix: '', name: 'English', file: 'src/i18n/en.ts', strings: en, ogLocale: 'en_GB' },
  de: { lang: 'de', prefix: 'de/', name: 'Deutsch', file: 'src/i18n/de.ts', strings: de, ogLocale: 'de_DE' },
  zh: { lang: 'zh-Hans', prefix: 'zh/', name: '中文', file: 'src/i18n/zh.ts', strings: zh, ogLocale: 'zh_CN' },
} as const satisfies Record<string, LocaleInfo>;

/** A locale the site is built in. */
export type Locale = keyof typeof LOCALES;

/** The edition at the site root, and `x-default` for search engines. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The locales this build makes, default first: all of them, or those named in
 * `EDITIONS` (comma-separated, e.g. `EDITIONS=en` for a quick English-only
 * build; the scaled-story benchmark uses it). An unknown name stops the build.
 */
export const LOCALE_CODES: Locale[] = selectedLocales(
  typeof process === 'undefined' ? undefined : process.env.EDITIONS,
);

function selectedLocales(setting: string | undefined): Locale[] {
  const all = Object.keys(LOCALES) as Locale[];
  if (!setting?.trim()) return all;
  const wanted = setting.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !(name in LOCALES));
  if (unknown.length) throw new Error(`EDITIONS: unknown edition ${unknown.join(', ')}; editions: ${all.join(', ')}`);
  return all.filter((code) => code === DEFAULT_LOCALE || wanted.includes(code));
}

/** A locale's UI strings, checked: a missing or empty key stops the build naming the file and key. */
export function uiStrings(locale: Locale): UiStrings {
  const info: LocaleInfo = LOCALES[locale];
  return parseUiStrings(info.file, info.strings);
}

/** What the content rules take from the editions: the default edition's formatter, which section titles and summaries are measured with. */
export function contentCheckOptions(): CheckOptions {
  return { formatter: createFormatter(uiStrings(DEFAULT_LOCALE).format) };
}

/** What the site checks take from the editions: the content options, and every language the site has. */
export function siteCheckOptions(): SiteCheckOptions {
  return { ...contentCheckOptions(), locales: Object.keys(LOCALES) };
}

/** The `[lang]` route parameter of a language's site-wide pages (its 404 page): none for the default, else its code. */
export function langParam(locale: Locale): string | undefined {
  return LOCALES[locale].prefix ? locale : undefined;
}

/** Open Graph's locale of an edition's pages, and those of the story's other editions this build makes. */
export function openGraphLocales(
  locale: Locale,
  built: readonly Locale[] = LOCALE_CODES,
): { locale: string; alternates: string[] } {
  return {
    locale: LOCALES[locale].ogLocale,
    alternates: built.filter((code) => code !== locale).map((code) => LOCALES[code].ogLocale),
  };
}

/** The sitemap's hreflang settings: each edition's path prefix and language tag, the default at the root. */
export function sitemapLocales(): { defaultLocale: string; locales: Record<string, string> } {
  return {
    defaultLocale: DEFAULT_LOCALE,
    locales: Object.fromEntries(LOCALE_CODES.map((code) => [code, LOCALES[code].lang])),
  };
}

/** A sitemap entry with `x-default` added: the default edition's page, as the head's hreflang links say. */
export function withXDefault<T extends { links?: { url: string; lang: string }[] }>(item: T): T {
  const fallback = item.links?.find((link) => link.lang === LOCALES[DEFAULT_LOCALE].lang);
  if (!fallback || !item.links) return item;
  return { ...item, links: [...item.links, { url: fallback.url, lang: 'x-default' }] };
}
