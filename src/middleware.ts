/**
 * Hands every page the validated story model as `Astro.locals.story`, loaded
 * once per build by `src/data/story.ts`. Components and the layout read it
 * from there and never load data themselves (a test greps for it).
 */
import { defineMiddleware } from 'astro:middleware';
import { loadStory } from './data/story.ts';

/** Puts the story model on `locals` before any page renders. */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.story = await loadStory();
  return next();
});
