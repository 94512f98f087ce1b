/**
 * An Astro content loader for a YAML file that holds a list of entries with
 * unique ids. Unlike Astro's `file()` loader it never logs and carries on: a
 * syntax error, an empty file, a map instead of a list, a repeated id or a
 * schema error throws a `ContentError` naming the file, line and field, and the
 * collection is emptied first, so no build can publish the previous build's
 * entries from the content-layer cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readYamlList, type YamlListOptions } from '../lib/content/content-reader.ts';
import { ContentError } from '../lib/content/bundle.ts';

/** Loads `file` (relative to the project root) as a list of entries checked against `schema`. */
export function yamlListLoader(file: string, label: string, schema: z.ZodType, options: YamlListOptions = {}): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, parseData, logger, watcher }) => {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        store.clear();
        if (!existsSync(path)) throw new ContentError([{ file, field: 'file', message: 'is missing' }]);
        const { entries, problems } = readYamlList(file, readFileSync(path, 'utf8'), label, schema, options);
        if (problems.length > 0) throw new ContentError(problems);
        for (const entry of entries) {
          store.set({
            id: entry.id,
            data: await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: file }),
            filePath: file,
          });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed !== path) return;
        // In `astro dev` an edit must not crash the server: report it; the
        // collection stays empty and the page shows the same error (src/data/story.ts).
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
