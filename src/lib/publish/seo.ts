/**
 * What a page tells search engines and link previews: canonical URL, Open
 * Graph and Twitter tags, and a JSON-LD `NewsArticle`.
 *
 * Pure: pages hand it the story record, the section (if any) and the site
 * settings; `SeoHead.astro` only renders what this returns. It knows nothing
 * about Astro, files or how share images are drawn.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import type { Routes } from '../site/routes.ts';
import type { Correction, ShownStory } from '../content/schema.ts';
import { labelledText } from '../story/corrections.ts';
import { coversInterval } from '../story/report.ts';
import { STORY_IMAGE_NAME } from '../site/urls.ts';

/** Size of every share image, in pixels: the Open Graph large-card format. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A section as the share data needs it. */
interface SeoSection {
  /** Stable id: the section's `/slug/` and share image name. */
  slug: string;
  /** Heading, facts filled in. */
  title: string;
  /** One or two sentences, facts filled in: the meta description. */
  summary: string;
  /** The section's key number as readers see it ("20 billion yuan"), if it has one. */
  keyNumber?: string;
}

/** The edition a page belongs to, as the share data needs it. */
interface SeoEdition {
  /** Its links. */
  routes: Routes;
  /** Its words. */
  t: UiStrings;
  /** Its language tag (`en`, `de`, `zh-Hans`). */
  lang: string;
  /** Open Graph's locale of its pages (`en_GB`), and those of the other editions built. */
  openGraph: OpenGraphLocales;
}

/** An edition's `og:locale` and the `og:locale:alternate` of every other edition built. */
export interface OpenGraphLocales {
  locale: string;
  alternates: readonly string[];
}

/** What changed since publication: the page's `dateModified` and its published corrections. */
interface ChangeRecord {
  /** When the page last changed for readers, YYYY-MM-DD. */
  modified: string;
  /** Corrections, clarifications and updates that touch the page. */
  corrections: readonly Correction[];
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter and description use `name`. */
export interface MetaTag {
  /** Which attribute names the tag. */
  attribute: 'name' | 'property';
  /** The tag's name, such as `og:title`. */
  key: string;
  /** Its content. */
  content: string;
}

/** Everything `SeoHead.astro` renders for one page. */
export interface PageSeo {
  /** Text of `<title>`. */
  title: string;
  /** Meta description. */
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  /** Open Graph, article and Twitter tags, in order. */
  meta: MetaTag[];
  /** The JSON-LD object (a schema.org `NewsArticle`). */
  jsonLd: Record<string, unknown>;
}

/** The share image's alt text: what the card shows, in words. */
function shareImageAlt(t: UiStrings, siteName: string, title: string, keyNumber?: string): string {
  return keyNumber
    ? fill(t.share_card.alt, { title, number: keyNumber, site: siteName })
    : fill(t.share_card.altPlain, { title, site: siteName });
}

/** The `<title>` of a page: its own title, then the site name (the site's own name stands alone). */
export function pageTitle(t: UiStrings, title: string, siteName: string): string {
  return title === siteName ? title : fill(t.site.pageTitle, { title, site: siteName });
}

/** SEO data for the story page (the home page). */
export function storySeo(story: ShownStory, edition: SeoEdition, changes: ChangeRecord): PageSeo {
  return buildSeo(story, edition, changes, {
    canonical: edition.routes.full(edition.routes.story()),
    headline: story.headline,
    description: story.dek,
    imageName: STORY_IMAGE_NAME,
    imageAlt: shareImageAlt(edition.t, story.siteName, story.headline),
  });
}

/** SEO data for a section's own page, `/{slug}/`. */
export function sectionSeo(
  story: ShownStory,
  section: SeoSection,
  edition: SeoEdition,
  changes: ChangeRecord,
): PageSeo {
  return buildSeo(story, edition, changes, {
    canonical: edition.routes.full(edition.routes.section(section.slug)),
    headline: section.title,
    description: section.summary,
    imageName: section.slug,
    imageAlt: shareImageAlt(edition.t, story.siteName, section.title, section.keyNumber),
    partOf: story.headline,
  });
}

interface PageFacts {
  canonical: string;
  headline: string;
  description: string;
  imageName: string;
  imageAlt: string;
  partOf?: string;
}

function buildSeo(
  story: ShownStory,
  { routes, t, lang, openGraph }: SeoEdition,
  changes: ChangeRecord,
  page: PageFacts,
): PageSeo {
  const { canonical } = page;
  const image = routes.full(routes.shareImage(page.imageName));
  const labelledWords = { labelled: t.corrections.labelled, separator: t.corrections.sectionSeparator };
  const kindLabel = {
    correction: t.corrections.correction,
    clarification: t.corrections.clarification,
    update: t.corrections.update,
  };
  const tag = (attribute: MetaTag['attribute'], key: string, content: string): MetaTag => ({
    attribute,
    key,
    content,
  });
  const meta: MetaTag[] = [
    tag('property', 'og:type', 'article'),
    tag('property', 'og:site_name', story.siteName),
    tag('property', 'og:title', page.headline),
    tag('property', 'og:description', page.description),
    tag('property', 'og:url', canonical),
    tag('property', 'og:locale', openGraph.locale),
    ...openGraph.alternates.map((alternate) => tag('property', 'og:locale:alternate', alternate)),
    tag('property', 'og:image', image),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', String(SHARE_IMAGE_SIZE.width)),
    tag('property', 'og:image:height', String(SHARE_IMAGE_SIZE.height)),
    tag('property', 'og:image:alt', page.imageAlt),
    tag('property', 'article:published_time', story.published),
    tag('property', 'article:modified_time', changes.modified),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', page.headline),
    tag('name', 'twitter:description', page.description),
    tag('name', 'twitter:image', image),
    tag('name', 'twitter:image:alt', page.imageAlt),
  ];
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: page.headline,
    description: page.description,
    url: canonical,
    mainEntityOfPage: canonical,
    inLanguage: lang,
    datePublished: story.published,
    dateModified: changes.modified,
    image: [image],
    publisher: { '@type': 'Organization', name: story.siteName, url: routes.full(routes.story()) },
    isBasedOn: sourceReportJsonLd(story),
    ...(changes.corrections.length > 0
      ? {
          correction: changes.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            datePublished: c.date,
            text: labelledText(kindLabel[c.kind], c.description, labelledWords),
            ...(c.source
              ? {
                  citation: {
                    '@type': 'CreativeWork',
                    name: c.source.name,
                    url: c.source.url,
                    datePublished: c.source.date,
                  },
                }
              : {}),
          })),
        }
      : {}),
    ...(page.partOf
      ? { isPartOf: { '@type': 'NewsArticle', headline: page.partOf, url: routes.full(routes.story()) } }
      : {}),
  };
  return {
    title: pageTitle(t, page.headline, story.siteName),
    description: page.description,
    canonical,
    meta,
    jsonLd,
  };
}

/**
 * The report the story explains, as JSON-LD. It carries no date of its own, so
 * `datePublished` is the date of the public copy we cite, and `temporalCoverage`
 * the months of the events it describes; no date of writing is given.
 */
function sourceReportJsonLd(story: ShownStory): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    headline: story.source.headline,
    url: story.source.url,
    datePublished: story.source.published,
    temporalCoverage: coversInterval(story),
    publisher: { '@type': 'Organization', name: story.source.publisher },
  };
}

/**
 * JSON-LD as text safe to put inside `<script type="application/ld+json">`:
 * `<` is escaped so no value can close the script element.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
