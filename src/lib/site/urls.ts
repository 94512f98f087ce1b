/**
 * Site origin, sub-path and the links built from them.
 *
 * `SITE_URL` and `BASE_PATH` are read once at build time (in astro.config.mjs);
 * every internal link, asset and share URL goes through these helpers so the
 * build works at a domain root or under a sub-path on any static host. Knows
 * nothing about Astro or the content.
 */

/** Origin used when `SITE_URL` is not set: good for local preview only. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The host settings the build runs with. */
export interface SiteSettings {
  /** Absolute origin (and optional path) of the site, ending without a slash. */
  site: string;
  /** Sub-path the site is served under: "/" or "/name/" (always slash at both ends). */
  base: string;
}

/** Thrown when SITE_URL or BASE_PATH has a value the build cannot use. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Reads and checks `SITE_URL` and `BASE_PATH` from an environment. */
export function readSiteSettings(env: Record<string, string | undefined>): SiteSettings {
  const rawSite = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new SiteConfigError(`SITE_URL must be an absolute http(s) URL such as https://example.org; got "${rawSite}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteConfigError(`SITE_URL must start with http:// or https://; got "${rawSite}"`);
  }
  if (url.search || url.hash) throw new SiteConfigError(`SITE_URL must not have a query or fragment; got "${rawSite}"`);
  if (url.pathname !== '/') {
    throw new SiteConfigError(`SITE_URL must be an origin only (put the sub-path in BASE_PATH); got "${rawSite}"`);
  }

  const rawBase = env.BASE_PATH?.trim() || '/';
  if (!rawBase.startsWith('/'))
    throw new SiteConfigError(`BASE_PATH must start with "/", such as /nev-explainer/; got "${rawBase}"`);
  if (/[?#\\\s]|\/\/|(^|\/)\.\.?(\/|$)/.test(rawBase)) {
    throw new SiteConfigError(
      `BASE_PATH must be a plain path such as /nev-explainer/ (no "..", "//", spaces, ? or #); got "${rawBase}"`,
    );
  }
  return { site: url.origin, base: rawBase.endsWith('/') ? rawBase : `${rawBase}/` };
}

/** Joins the base path and a site path: `withBase('/sub/', 'facts.csv')` is `/sub/facts.csv`. */
export function withBase(base: string, path = ''): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return `${cleanBase}${path.replace(/^\/+/, '')}`;
}

/** The absolute URL of a site path: origin + base + path. */
export function absoluteUrl(site: string, base: string, path = ''): string {
  return new URL(withBase(base, path), site).href;
}

/** Path of the story page at a section, relative to the base: `#bmw-shenyang`. */
export function storyAnchor(slug: string): string {
  return `#${slug}`;
}

/** Name of the story's own share image in `og/`; a section may not use it as a slug. */
export const STORY_IMAGE_NAME = 'story';

/** Path of a share image, relative to the base: `og/bmw-shenyang.png` (the story's is `og/story.png`). */
export function shareImagePath(name: string): string {
  return `og/${name}.png`;
}

/**
 * A link that opens `pageUrl` with `quote` highlighted, using a text fragment
 * (`#:~:text=`). Long quotes are matched by their first and last few words so
 * the link stays short and survives small differences in the middle.
 */
export function quoteFragmentUrl(pageUrl: string, quote: string, edgeWords = 4): string {
  const words = quote
    .replace(/[“”„"«»「」『』]/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return pageUrl;
  // Text-fragment syntax gives "-", "," and "&" a meaning, so they are always escaped.
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  const directive =
    words.length <= edgeWords * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, edgeWords).join(' '))},${encode(words.slice(-edgeWords).join(' '))}`;
  return `${pageUrl.split('#')[0]}#:~:text=${directive}`;
}
