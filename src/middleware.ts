/**
 * Hands every page its edition as `Astro.locals.edition`, built once per build
 * by `src/data/edition.ts`. Components and the layout read it from there and
 * never load data themselves (a test greps for it).
 */
import { defineMiddleware } from 'astro:middleware';
import { loadEdition } from './data/edition.ts';
import { localeOf } from './i18n/locales.ts';

/** Puts the edition on `locals` before any page renders. */
export const onRequest = defineMiddleware(async (context, next) => {
  // Pages of every edition live under `src/pages/[...lang]/`; everything else (404, robots.txt) is the default edition's.
  const lang = typeof context.params.lang === 'string' ? context.params.lang : undefined;
  context.locals.edition = await loadEdition(localeOf(lang));
  return next();
});
