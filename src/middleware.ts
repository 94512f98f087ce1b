/**
 * Hands every page its edition as `Astro.locals.edition`, built once per build
 * by `src/data/edition.ts`. Components and the layout read it from there and
 * never load data themselves (a test greps for it).
 */
import { defineMiddleware } from 'astro:middleware';
import { editionOf, loadEdition } from './data/edition.ts';

/** Puts the edition on `locals` before any page renders. */
export const onRequest = defineMiddleware(async (context, next) => {
  // An edition's pages live under `src/pages/[...lang]/`, its parameter the edition's path ("", "de",
  // "other-story", "de/other-story"); a language's 404 page (`[lang]`) is its front story's, and the
  // pages outside both (404, robots.txt) are the front story's default edition's.
  const lang = typeof context.params.lang === 'string' ? context.params.lang : undefined;
  context.locals.edition = await loadEdition(editionOf(lang));
  return next();
});
