/**
 * Astro integration: after the build, hashes every inline script of every
 * page into that page's CSP `<meta>`, and fills the same hashes into the
 * `_headers` file copied from `public/`. See `src/lib/csp.ts`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addHashesToCspMeta, fillHeaderHashes, HASHES_PLACEHOLDER, inlineScriptHashes } from '../lib/csp.ts';

/** Hashes inline scripts into each page's CSP and into `_headers`. */
export function inlineScriptHashesIntegration(): AstroIntegration {
  return {
    name: 'inline-script-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        const all = new Set<string>();
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const hashes = inlineScriptHashes(html);
          hashes.forEach((hash) => all.add(hash));
          const patched = addHashesToCspMeta(html, hashes);
          if (patched !== html) await writeFile(path, patched);
        }
        const headersPath = join(root, '_headers');
        const template = await readFile(headersPath, 'utf8').catch(() => undefined);
        if (template?.includes(HASHES_PLACEHOLDER)) {
          await writeFile(headersPath, fillHeaderHashes(template, [...all]));
        }
        logger.info(`${all.size} inline script hash(es) added to ${files.length} pages and _headers`);
      },
    },
  };
}
