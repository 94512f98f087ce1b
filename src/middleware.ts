/**
 * Hands every page its edition as `Astro.locals.edition`, built once per build
 * by `src/data/edition.ts`. Components and the layout read it from there and
 * never load data themselves (a test greps for it).
 */
import { defineMiddleware } from 'astro:middleware';
import { loadEdition } from './data/edition.ts';
import { DEFAULT_LOCALE } from './i18n/locales.ts';

/** Puts the edition on `locals` before any page renders. */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.edition = await loadEdition(DEFAULT_LOCALE);
  return next();
});
