/** `/robots.txt`: everything may be crawled; points at the absolute sitemap URL (SITE_URL + BASE_PATH). */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) => {
  const { routes } = locals.edition;
  const sitemap = new URL(routes.asset('sitemap-index.xml'), routes.settings.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
