/**
 * Puts each edition's not-found page where static hosts look for it: Astro
 * writes `src/pages/[lang]/404.astro` as `de/404/index.html`; this moves it to
 * `de/404.html`, beside the edition's pages (Cloudflare Pages serves the
 * nearest `404.html`; the nginx and Caddy recipes in docs/deploy.md point each
 * prefix at its own), and writes `_redirects`, which tells Netlify the same
 * (under the base path: src/lib/site/host-redirects.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, rename, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALE_CODES, LOCALES } from '../i18n/locales.ts';
import { redirectsFile } from '../lib/site/host-redirects.ts';

/** Moves every `{dir}/404/index.html` to `{dir}/404.html` and writes `_redirects` for them. */
export function edition404Integration(): AstroIntegration {
  let base = '/';
  return {
    name: 'edition-404',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => /(^|\/)404\/index\.html$/.test(file));
        for (const page of pages) {
          const folder = join(root, page.replace(/\/index\.html$/, ''));
          const target = `${folder}.html`;
          if (existsSync(target)) throw new Error(`edition-404: ${target} exists already`);
          await rename(join(root, page), target);
          await rmdir(folder);
        }
        if (pages.length) logger.info(`${pages.length} edition 404 page(s) moved to {prefix}/404.html`);
        // The editions this build has (EDITIONS may select some: src/i18n/locales.ts).
        const prefixes = LOCALE_CODES.map((code) => LOCALES[code].prefix);
        for (const prefix of prefixes) {
          if (!existsSync(join(root, `${prefix}404.html`)))
            throw new Error(`edition-404: ${prefix}404.html is missing`);
        }
        // Cloudflare Pages also reads _redirects but has no 404 status: it would log every line as invalid
        // and it finds each edition's 404.html by itself, so its builds get no _redirects.
        if (process.env.CF_PAGES === '1') {
          logger.info('_redirects: not written on Cloudflare Pages (it serves the nearest 404.html itself)');
          return;
        }
        await writeFile(join(root, '_redirects'), redirectsFile(base, prefixes));
        logger.info(`_redirects: ${prefixes.length} edition 404 rule(s) under ${base}`);
      },
    },
  };
}
