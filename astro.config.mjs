// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from './src/lib/content/content-reader.ts';
import { contentGateIntegration } from './src/integrations/content-gate.ts';
import { inlineScriptHashesIntegration } from './src/integrations/inline-script-hashes.ts';
import { metaCspDirectives } from './src/lib/site/security-headers.ts';
import { isEmbedPage } from './src/lib/site/routes.ts';
import { resolveSite } from './src/lib/site/site-host.ts';
import { sitemapLocales, withXDefault } from './src/i18n/locales.ts';
import { edition404Integration } from './src/integrations/edition-404.ts';
import { rasterCacheIntegration } from './src/integrations/raster-cache.ts';
import { pageCacheIntegration } from './src/integrations/page-cache.ts';

/** The modules of the content folder's MDX files: every edition's sections, and Astro's `?query` variants of them. */
const contentDir = fileURLToPath(new URL(`./${CONTENT_DIR}/`, import.meta.url));
const MDX_CONTENT = new RegExp(`^${contentDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\.mdx(?:\\?|$)`);

// SITE_URL and BASE_PATH decide every absolute and internal URL; without SITE_URL the host's own
// variables do (Netlify, Cloudflare Pages, Vercel, Render, GitLab Pages, GitHub Actions: src/lib/site/site-host.ts).
// A bad value, or a host that gives no usable URL, stops here with a message naming the variable.
const { site, base, source, indexable, warnings } = resolveSite(process.env);
console.info(
  `[site] ${site}${base} from ${source}${indexable ? '' : '; not indexable (noindex, robots.txt disallows)'}`,
);
for (const warning of warnings) console.warn(`[site] warning: ${warning}`);

export default defineConfig({
  site,
  base,
  // Every page is a folder with index.html, so /slug/ works on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The content gate comes first: broken content stops every command before
  // Astro's content layer can fall back to its cache.
  // Chart embed pages are noindex: the sitemap leaves them out (and every page of a preview build).
  integrations: [
    contentGateIntegration(),
    // Share images and chart PNGs kept in the cache folder between builds, by what they show.
    rasterCacheIntegration(),
    // The guard of the page cache below: a build that did not finish leaves no page list behind.
    pageCacheIntegration(),
    mdx(),
    sitemap({ i18n: sitemapLocales(), serialize: withXDefault, filter: (page) => indexable && !isEmbedPage(page) }),
    edition404Integration(),
    inlineScriptHashesIntegration(),
  ],
  // A CSP <meta> on every page: Astro hashes the scripts and styles it bundles;
  // the integration above adds the hashes of inline scripts (the theme script).
  // Style attributes stay allowed (they cannot run code; charts and layout use them).
  security: {
    csp: {
      // The same directives as the header policy (src/lib/site/security-headers.ts), less those a <meta> ignores.
      directives: metaCspDirectives(),
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // Whether search engines may index this build (false for deploy previews): read by src/data/edition.ts.
    define: { 'import.meta.env.SITE_INDEXABLE': JSON.stringify(indexable) },
    environments: {
      // The build's own server code, run once to write the pages (never shipped): every section's MDX in one
      // chunk, not two chunks per section, which Rolldown hands to the build's plugins one by one and the
      // pages then load one by one (at 700 sections, about 5 s of a warm rebuild). Pages are unchanged.
      prerender: {
        build: {
          rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'sections', test: MDX_CONTENT }] } } },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // The page cache: a rebuild copies each page whose cache key (every content file, the build's languages:
    // src/data/edition.ts, pageCacheKey) and code are those of the last build, instead of rendering it again.
    // Astro's own key adds the config, the lockfile and each page's modules. `astro build --force` renders all.
    incrementalBuild: true,
  },
});
