/**
 * The links every page's `<head>` makes to the same page in every edition
 * (hreflang, and `x-default` for the default edition), and whether a path is
 * a 404 page, which links to no edition. Knows nothing about Astro.
 */
import type { Routes } from './routes.ts';

/** An `<link rel="alternate" hreflang>`. */
export interface AlternateLink {
  hreflang: string;
  href: string;
}

/** True for the path of a 404 page: `/404.html`, `/de/404/`. */
export function isNotFoundPath(pathname: string): boolean {
  return /(^|\/)404(\.html|\/)?$/.test(pathname);
}

/**
 * The page a path shows, as the language switcher names it, and its absolute address in every
 * edition (default first), then `x-default`; no alternates for a 404 page.
 */
export function alternateLinks(
  routes: Routes,
  editions: readonly { lang: string; routes: Routes }[],
  pathname: string,
): { page: string; alternates: AlternateLink[] } {
  const page = routes.pageOf(pathname);
  if (isNotFoundPath(pathname)) return { page, alternates: [] };
  const first = editions[0];
  if (!first) throw new Error('alternateLinks: the site has no edition');
  return {
    page,
    alternates: [
      ...editions.map((edition) => ({ hreflang: edition.lang, href: routes.full(edition.routes.path(page)) })),
      { hreflang: 'x-default', href: routes.full(first.routes.path(page)) },
    ],
  };
}
