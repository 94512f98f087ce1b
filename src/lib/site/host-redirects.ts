/**
 * `_redirects` for Netlify: each edition's own not-found page. Netlify
 * answers a missing path with the root `404.html` unless a rule says
 * otherwise; a rule with status 404 serves its target with that status and,
 * like every rule without `!`, applies only where no file exists (Netlify's
 * "shadowing"). Rules are read top to bottom and the first match wins, so the
 * edition prefixes come before the catch-all. Cloudflare Pages finds the
 * nearest `404.html` itself; nginx and Caddy follow docs/deploy.md. Knows
 * nothing about Astro.
 */

/** The `_redirects` text for a build under `base` ("/" or "/sub/") with editions at `prefixes` ("", "de/", …). */
export function redirectsFile(base: string, prefixes: readonly string[]): string {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`_redirects: base must be "/" or "/name/"; got "${base}"`);
  for (const prefix of prefixes) {
    if (prefix !== '' && !/^[a-z][a-z-]*\/$/.test(prefix))
      throw new Error(`_redirects: bad edition prefix "${prefix}"`);
  }
  const editions = [...new Set(prefixes.filter(Boolean))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const lines = [
    '# Written by the build (src/lib/site/host-redirects.ts). Read by Netlify: a missing page in an edition',
    "# gets that edition's 404 page, with status 404; files that exist are served as they are.",
    ...editions.map((prefix) => `${base}${prefix}*  ${base}${prefix}404.html  404`),
    `${base}*  ${base}404.html  404`,
  ];
  return `${lines.join('\n')}\n`;
}
