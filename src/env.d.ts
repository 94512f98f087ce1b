/** Types of what `src/middleware.ts` puts on `Astro.locals`. */
declare namespace App {
  interface Locals {
    /** The page's edition: model, UI strings, formatter, routes and charts (src/data/edition.ts). */
    edition: import('./data/edition.ts').Edition;
  }
}
