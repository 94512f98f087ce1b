// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readSiteSettings } from './src/lib/urls.ts';

// SITE_URL and BASE_PATH decide every absolute and internal URL; a bad value
// stops here with a message naming the variable.
const { site, base } = readSiteSettings(process.env);

export default defineConfig({
  site,
  base,
  // Every page is a folder with index.html, so /slug/ works on any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
