/** Share data: canonical URL, Open Graph, Twitter and JSON-LD for the story and a section. */
import { describe, expect, it } from 'vitest';
import type { ShownStory } from '../../src/lib/content/schema.ts';
import { createRoutes } from '../../src/lib/site/routes.ts';
import { t } from './english.ts';
import {
  jsonLdText,
  pageTitle,
  sectionSeo,
  SHARE_IMAGE_SIZE,
  storySeo,
  type PageSeo,
} from '../../src/lib/publish/seo.ts';

const story: ShownStory = {
  id: 'story',
  headline: 'Two industries bet on smart, green cars',
  topic: 'two industries',
  dek: 'A fixed dek for tests, long enough to pass the schema if it were checked here at all.',
  inBrief: ['One point.', 'Another point.', 'A third point.'],
  language: 'en',
  siteName: 'Test Explainer',
  published: '2026-01-02',
  source: {
    headline: 'A report',
    dateline: 'Beijing',
    kind: 'a news report',
    covers: { text: 'late April – early May 2024', from: '2024-04', to: '2024-05' },
    publisher: 'A publisher',
    published: '2024-05-17',
    url: 'http://example.com/report.htm',
    paragraphs: 18,
    dating: { footer: 'Undated.', sourcesPage: 'Undated.', citation: 'undated' },
  },
};
const where = {
  routes: createRoutes({ site: 'https://example.org', base: '/sub/' }),
  t,
  lang: 'en',
  openGraph: { locale: 'en_GB', alternates: ['de_DE', 'zh_CN'] },
};
const changes = {
  modified: '2026-02-03',
  corrections: [
    {
      id: 'bmw-title',
      date: '2026-02-03',
      kind: 'correction' as const,
      sections: ['bmw'],
      facts: [],
      summary: 'The title',
      description: 'An earlier version gave the wrong title. It is now right.',
    },
  ],
};

function meta(seo: PageSeo, key: string): string | undefined {
  return seo.meta.find((tag) => tag.key === key)?.content;
}

describe('sectionSeo', () => {
  const seo = sectionSeo(
    story,
    { slug: 'bmw', title: 'BMW invests', summary: 'BMW puts more money into Shenyang.', keyNumber: '20 billion yuan' },
    where,
    changes,
  );

  it('uses the section title, summary and its own page as canonical URL', () => {
    expect(seo.title).toBe('BMW invests · Test Explainer');
    expect(seo.description).toBe('BMW puts more money into Shenyang.');
    expect(seo.canonical).toBe('https://example.org/sub/bmw/');
  });

  it('has every Open Graph and Twitter tag a link preview needs', () => {
    expect(meta(seo, 'og:title')).toBe('BMW invests');
    expect(meta(seo, 'og:description')).toBe('BMW puts more money into Shenyang.');
    expect(meta(seo, 'og:type')).toBe('article');
    expect(meta(seo, 'og:url')).toBe('https://example.org/sub/bmw/');
    expect(meta(seo, 'og:site_name')).toBe('Test Explainer');
    expect(meta(seo, 'og:image')).toBe('https://example.org/sub/og/bmw.png');
    expect(meta(seo, 'og:image:width')).toBe(String(SHARE_IMAGE_SIZE.width));
    expect(meta(seo, 'og:image:height')).toBe(String(SHARE_IMAGE_SIZE.height));
    expect(meta(seo, 'og:image:alt')).toBe('BMW invests. Key number: 20 billion yuan. Test Explainer.');
    expect(meta(seo, 'article:published_time')).toBe('2026-01-02');
    expect(meta(seo, 'article:modified_time')).toBe('2026-02-03');
    expect(meta(seo, 'twitter:card')).toBe('summary_large_image');
    expect(meta(seo, 'twitter:image')).toBe('https://example.org/sub/og/bmw.png');
  });

  it('names Open Graph tags with property= and Twitter tags with name=', () => {
    for (const tag of seo.meta) expect(tag.attribute).toBe(tag.key.startsWith('twitter:') ? 'name' : 'property');
  });

  it('describes a NewsArticle based on the source report, part of the story', () => {
    expect(seo.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'BMW invests',
      datePublished: '2026-01-02',
      dateModified: '2026-02-03',
      isBasedOn: {
        '@type': 'NewsArticle',
        headline: 'A report',
        url: 'http://example.com/report.htm',
        datePublished: '2024-05-17',
        temporalCoverage: '2024-04/2024-05',
        publisher: { '@type': 'Organization', name: 'A publisher' },
      },
      image: ['https://example.org/sub/og/bmw.png'],
      isPartOf: { headline: 'Two industries bet on smart, green cars', url: 'https://example.org/sub/' },
      correction: [
        {
          '@type': 'CorrectionComment',
          datePublished: '2026-02-03',
          text: 'Correction: An earlier version gave the wrong title. It is now right.',
        },
      ],
    });
  });
});

describe('storySeo', () => {
  const seo = storySeo(
    story,
    {
      routes: createRoutes({ site: 'https://example.org', base: '/' }),
      t,
      lang: 'de',
      openGraph: { locale: 'de_DE', alternates: ['en_GB'] },
    },
    { modified: '2026-01-02', corrections: [] },
  );

  it('uses the headline, the dek, the site root and the story image', () => {
    expect(seo.title).toBe('Two industries bet on smart, green cars · Test Explainer');
    expect(seo.description).toBe(story.dek);
    expect(seo.canonical).toBe('https://example.org/');
    expect(meta(seo, 'og:image')).toBe('https://example.org/og/story.png');
    expect(meta(seo, 'og:image:alt')).toBe('Two industries bet on smart, green cars. Test Explainer.');
    expect(seo.jsonLd).not.toHaveProperty('isPartOf');
  });

  it('gives the edition’s og:locale and the other editions’ as alternates', () => {
    expect(meta(seo, 'og:locale')).toBe('de_DE');
    expect(seo.meta.filter((tag) => tag.key === 'og:locale:alternate').map((tag) => tag.content)).toEqual(['en_GB']);
    expect(seo.jsonLd.inLanguage).toBe('de');
  });

  it('has no correction list and an unmoved dateModified when nothing was corrected', () => {
    expect(seo.jsonLd).not.toHaveProperty('correction');
    expect(seo.jsonLd).toMatchObject({ datePublished: '2026-01-02', dateModified: '2026-01-02' });
  });
});

describe('helpers', () => {
  it('does not repeat the site name in a title', () => {
    expect(pageTitle(t, 'Test Explainer', 'Test Explainer')).toBe('Test Explainer');
  });

  it('escapes "<" so JSON-LD cannot close its script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
