/**
 * Astro integration: the content gate. Before Astro syncs its content layer
 * (and so before any cache is read), it reads every content file from disk
 * through `src/lib/content/content-reader.ts` and stops with the list of problems,
 * file, line and field, if anything is wrong: `astro build`, `astro check`,
 * `astro sync` and `astro dev` all refuse broken content, cold or warm cache.
 * In `astro dev` it checks again on every edit of `content/` and reports there
 * (the page shows the same error: see `src/data/story.ts`).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { diskParseStore, loadSiteFromDisk } from '../lib/content/content-disk.ts';
import { siteCheckOptions } from '../i18n/locales.ts';
import { contentCounts } from '../lib/content/content-once.ts';
import { CONTENT_DIR, setParseStore } from '../lib/content/content-reader.ts';
import { ContentError } from '../lib/content/bundle.ts';

/** Runs the content check; returns the error message, or undefined when the content is sound. */
function contentProblems(root: string): string | undefined {
  try {
    loadSiteFromDisk(root, siteCheckOptions());
    return undefined;
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

/** Stops every Astro command on broken content, before the content layer can fall back to its cache. */
export function contentGateIntegration(): AstroIntegration {
  let root = process.cwd();
  let logger: AstroIntegrationLogger | undefined;
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger: log }) => {
        root = fileURLToPath(config.root);
        logger = log;
        // The YAML parses of the last build's files, kept in Astro's cache folder: a file whose text has
        // not changed is not parsed again (its records still go through every schema and rule).
        const parses = diskParseStore(join(fileURLToPath(config.cacheDir), 'content'), root);
        setParseStore(parses);
        let problems: string | undefined;
        try {
          problems = contentProblems(root);
        } finally {
          setParseStore(undefined);
        }
        parses.save();
        if (!problems) return;
        log.error(problems);
        // A thrown error would add Astro's stack trace to an editor's message;
        // the message above is the whole story, so stop here. In dev the
        // server starts anyway and shows the same error until it is fixed.
        if (command !== 'dev') process.exit(1);
      },
      'astro:build:done': ({ logger: log }) => {
        // One read and one run of the rules per build (src/lib/content/content-once.ts); the reproducible test reads this line.
        const { reads, checks } = contentCounts();
        log.info(`content read ${reads}×, rules run ${checks}× in this build`);
      },
      'astro:server:setup': ({ server }) => {
        const contentDir = `${root.replace(/\/$/, '')}/${CONTENT_DIR}/`;
        const recheck = (path: string) => {
          if (!path.startsWith(contentDir)) return;
          const problems = contentProblems(root);
          if (problems) logger?.error(problems);
          else logger?.info('content is sound again');
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
