/**
 * Astro integration: after the build, hashes every inline script of every
 * page into that page's CSP `<meta>`, then writes the host files with the
 * security headers and the same hashes: `_headers`, the nginx include
 * `_nginx/security-headers.conf` and the Caddy snippet
 * `_caddy/security-headers.caddy` (all from `src/lib/site/security-headers.ts`),
 * plus `_nginx/embed-headers.conf` for the embed pages, the only pages other
 * sites may frame (one folder per edition the build wrote embed pages for, under the base).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addHashesToCspMeta, inlineScriptHashes } from '../lib/site/csp.ts';
import { EMBED_FOLDER, embedEditionPrefixes } from '../lib/site/routes.ts';
import { embedPrefixes, hostFiles } from '../lib/site/security-headers.ts';

/** Hashes inline scripts into each page's CSP and writes the host header files. */
export function inlineScriptHashesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'inline-script-hashes',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        const all = new Set<string>();
        // Synchronous reads and writes: the pages go one after another either way, and each skips
        // the trip through libuv's thread pool an awaited read or write takes.
        for (const file of files) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const hashes = inlineScriptHashes(html);
          hashes.forEach((hash) => all.add(hash));
          const patched = addHashesToCspMeta(html, hashes);
          if (patched !== html) writeFileSync(path, patched);
        }
        // Framing is allowed in the embed folder of every edition that has one: each story's, in each language.
        const embedFolders = embedPrefixes(base, embedEditionPrefixes(files), EMBED_FOLDER);
        const written = Object.entries(hostFiles([...all], embedFolders));
        for (const [file, text] of written) {
          await mkdir(dirname(join(root, file)), { recursive: true });
          await writeFile(join(root, file), text);
        }
        logger.info(
          `${all.size} inline script hash(es) added to ${files.length} pages and to ${written.map(([file]) => file).join(', ')}`,
        );
      },
    },
  };
}
