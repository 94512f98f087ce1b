/** `/robots.txt`: everything may be crawled; points at the absolute sitemap URL (SITE_URL + BASE_PATH). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
