/**
 * The story the site was built from, read from content/ through the build's own
 * reader (`src/lib/content/content-disk.ts`), so tests take expected counts and ids from
 * the model instead of writing this story's numbers into generic checks.
 */
import { loadSiteFromDisk } from '../../src/lib/content/content-disk.ts';
import { siteCheckOptions } from '../../src/i18n/locales.ts';
import type { SiteContent } from '../../src/lib/content/site-reader.ts';
import { ENTITY_GROUPS } from '../../src/lib/story/entities.ts';
import type { Entity } from '../../src/lib/content/schema.ts';
import type { ContentBundle } from '../../src/lib/content/bundle.ts';
import { ROOT } from './harness.ts';

let site: SiteContent | undefined;

/** The project's content, every story, read and checked once per test file. */
export function siteContent(): SiteContent {
  site ??= loadSiteFromDisk(ROOT, siteCheckOptions());
  return site;
}

/** The front story's content (the story served at the site root). */
export function storyContent(): ContentBundle {
  const front = siteContent().stories[0];
  if (!front) throw new Error('the site has no story');
  return front.bundle;
}

/** Section slugs in reading order (by `order`), as the story page must show them. */
export function contentSectionSlugs(): string[] {
  return [...storyContent().sections].sort((a, b) => a.data.order - b.data.order).map((s) => s.data.slug);
}

/**
 * The entities with a who's-who entry (people, organisations, places; not groups or publications), in
 * file order. Each is named with `<Who>` in the sections it lists, and the content checks require at least one.
 */
export function whosWhoEntities(): Entity[] {
  const listed = new Set<string>(ENTITY_GROUPS.map((group) => group.type));
  return storyContent().entities.records.filter((entity) => listed.has(entity.type));
}

/** The ids of the story's charts (charts.yaml), in file order: the charts every edition lays out. */
export function storyChartIds(): string[] {
  return (storyContent().charts?.records ?? []).map((chart) => chart.id);
}
