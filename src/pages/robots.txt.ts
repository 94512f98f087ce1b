/**
 * `/robots.txt`: everything may be crawled, and it points at the absolute sitemap URL (SITE_URL + BASE_PATH);
 * a deploy preview (not indexable: src/lib/site/site-host.ts) disallows everything and names no sitemap.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) => {
  const { routes, indexable } = locals.edition;
  if (!indexable) {
    return new Response('User-agent: *\nDisallow: /\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const sitemap = routes.full(routes.asset('sitemap-index.xml'));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
