/**
 * Rules for names that must be unique: record ids, section slugs (which also
 * must not take a route of the site) and section orders.
 */
import { duplicates, problem, type ContentRule } from './shared.ts';

/**
 * Slugs a section may not take, because `/{slug}/` would collide with another
 * route or folder of the built site: pages (`sources`), share images (`og`),
 * chart data (`data`), bundled assets, and names kept for later use. The
 * story's own share image is `og/story.png`, so `story` is reserved too, and the
 * story index of a site with several stories is `/stories/`.
 */
export const RESERVED_SLUGS: readonly string[] = [
  '404',
  'api',
  'assets',
  'charts',
  'citation',
  'corrections',
  'data',
  'de',
  'embed',
  'facts',
  'favicon',
  'feed',
  'index',
  'og',
  'robots',
  'sitemap',
  'sitemap-index',
  'sources',
  'stories',
  'story',
  'zh',
];

/** No two facts, entries or terms share an id. */
export const uniqueRecordIds: ContentRule = (bundle) => [
  ...duplicates(bundle.facts.records.map((f) => f.id)).map((id) =>
    problem(bundle.facts.file, `facts[${id}].id`, `"${id}" is used by more than one fact`),
  ),
  ...duplicates(bundle.entities.records.map((e) => e.id)).map((id) =>
    problem(bundle.entities.file, `entities[${id}].id`, `"${id}" is used by more than one entry`),
  ),
  ...duplicates(bundle.terms.records.map((t) => t.id)).map((id) =>
    problem(bundle.terms.file, `terms[${id}].id`, `"${id}" is used by more than one term`),
  ),
];

/** Each section has a slug of its own, and not one the site uses for something else. */
export const sectionSlugs: ContentRule = (bundle) => [
  ...duplicates(bundle.sections.map((s) => s.data.slug)).flatMap((slug) =>
    bundle.sections
      .filter((s) => s.data.slug === slug)
      .map((s) => problem(s.file, 'slug', `"${slug}" is used by more than one section`)),
  ),
  ...bundle.sections
    .filter((s) => RESERVED_SLUGS.includes(s.data.slug))
    .map((s) =>
      problem(
        s.file,
        'slug',
        `"${s.data.slug}" is reserved: /${s.data.slug}/ is another part of the site; choose another slug`,
      ),
    ),
];

/** No two sections share a place in the reading order. */
export const sectionOrders: ContentRule = (bundle) =>
  duplicates(bundle.sections.map((s) => String(s.data.order))).flatMap((order) =>
    bundle.sections
      .filter((s) => String(s.data.order) === order)
      .map((s) => problem(s.file, 'order', `${order} is used by more than one section`)),
  );
