/** Types of what `src/middleware.ts` puts on `Astro.locals`. */
declare namespace App {
  interface Locals {
    /** The validated story model (src/data/story.ts). */
    story: import('./data/story.ts').StoryModel;
  }
}
