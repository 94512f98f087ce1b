/**
 * Reads a content folder (story.yaml, facts.yaml, entities.yaml, glossary.yaml,
 * sections/*.mdx) the way Astro's loaders do, checks each record with the real
 * schemas, and returns the bundle for the cross-record checks. Used on the real
 * `content/` and on the fixtures in `tests/fixtures/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { EntitySchema, FactSchema, SectionSchema, StorySchema, TermSchema } from '../../src/lib/schema.ts';
import type { ContentBundle, ContentProblem } from '../../src/lib/validate.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Finds a file in the overlay folder first, then in the base folder. */
function pick(dirs: string[], name: string): string {
  const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
  if (!found) throw new Error(`no ${name} in ${dirs.join(' or ')}`);
  return found;
}

function checkAll<S extends z.ZodType>(
  schema: S,
  items: unknown[],
  file: string,
  label: (item: unknown, i: number) => string,
  problems: ContentProblem[],
): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  items.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (result.success) out.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({ file, field: `${label(item, i)}.${issue.path.join('.')}`, message: issue.message });
  });
  return out;
}

const idLabel = (prefix: string) => (item: unknown, i: number) => `${prefix}[${(item as { id?: string })?.id ?? i}]`;

/** Reads content from `dirs` (earlier folders override later ones, file by file). */
export function readContent(...dirs: string[]): { bundle: ContentBundle; schemaProblems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(ROOT, path);
  const yamlOf = (name: string) => {
    const path = pick(dirs, name);
    return { file: rel(path), items: parse(readFileSync(path, 'utf8')) as unknown[] };
  };
  const storyFile = yamlOf('story.yaml');
  const story = checkAll(StorySchema, storyFile.items, storyFile.file, idLabel('story'), problems)[0];
  const factsFile = yamlOf('facts.yaml');
  const entitiesFile = yamlOf('entities.yaml');
  const termsFile = yamlOf('glossary.yaml');

  const sectionNames = new Set(
    dirs.flatMap((dir) => (existsSync(join(dir, 'sections')) ? readdirSync(join(dir, 'sections')) : [])),
  );
  const sections = [...sectionNames]
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const path = pick(dirs, join('sections', name));
      const text = readFileSync(path, 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) {
        problems.push({ file: rel(path), field: 'front matter', message: 'is missing' });
        return [];
      }
      const data = checkAll(SectionSchema, [parse(match[1] ?? '')], rel(path), () => 'frontmatter', problems)[0];
      return data ? [{ file: rel(path), data, body: match[2] ?? '' }] : [];
    });

  if (!story) throw new Error(`story did not parse: ${JSON.stringify(problems)}`);
  return {
    bundle: {
      story: { file: storyFile.file, data: story },
      sections,
      facts: {
        file: factsFile.file,
        records: checkAll(FactSchema, factsFile.items, factsFile.file, idLabel('facts'), problems),
      },
      entities: {
        file: entitiesFile.file,
        records: checkAll(EntitySchema, entitiesFile.items, entitiesFile.file, idLabel('entities'), problems),
      },
      terms: {
        file: termsFile.file,
        records: checkAll(TermSchema, termsFile.items, termsFile.file, idLabel('terms'), problems),
      },
    },
    schemaProblems: problems,
  };
}
