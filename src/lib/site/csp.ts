/**
 * Content-Security-Policy hashes for inline scripts in built HTML.
 *
 * Astro's CSP hashes the scripts it bundles, but not `<script is:inline>`
 * (such as the pre-paint theme script). These helpers find every inline
 * script a page runs, hash it, and add the hashes to the page's CSP `<meta>`
 * and to the `_headers` file, so no policy needs `'unsafe-inline'` for
 * scripts (the header policies are written from src/lib/site/security-headers.ts).
 * Pure string work: it knows nothing about Astro or the file system.
 */
import { createHash } from 'node:crypto';

/** Script types a browser runs; anything else (JSON-LD, templates) is data and needs no hash. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of every inline script in `html` that the browser would run. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (EXECUTABLE_TYPES.has(type)) scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** A CSP source for a script's text: `'sha256-…'`. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** Hash sources for every inline script in `html`, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHashSource))];
}

/**
 * Adds hash sources to the `script-src` of the page's CSP `<meta>` (the one
 * Astro writes), skipping any already there. Pages without that meta are
 * returned unchanged.
 */
export function addHashesToCspMeta(html: string, hashes: readonly string[]): string {
  return html.replace(
    // Astro writes the policy in double quotes; its sources use single quotes.
    /(<meta\s+http-equiv="content-security-policy"\s+content="[^"]*?script-src\s+)([^;"]*)/i,
    (_, head: string, sources: string) => {
      const present = new Set(sources.trim().split(/\s+/));
      const missing = hashes.filter((hash) => !present.has(hash));
      return `${head}${[sources.trim(), ...missing].filter(Boolean).join(' ')}`;
    },
  );
}
