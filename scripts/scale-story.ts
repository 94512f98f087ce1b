/**
 * A synthetic story N times the size of the real one, for `npm run bench --
 * --scale N`: copies the project (minus node_modules, builds and caches, with
 * node_modules symlinked) into a temporary folder and multiplies its content/
 * there. Copy k (2…N) of each section gets the slug `{slug}-x{k}`, the order
 * `{order} + 1000·(k−1)`, and its own copy of every fact (`{id}-x{k}`, derived
 * inputs following); its <Fact> and keyFact point at those copies, and every
 * entity it names lists it, so the copy passes src/lib/content/validate.ts like the
 * original (every report paragraph is still cited). The real project is never written.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { copyProject } from '../tests/support/project-copy.ts';
import { STORY_FILES } from '../tests/support/story-files.ts';

/** A scaled copy of the project. */
export interface ScaledProject {
  /** The copy's root: run `astro build` here. */
  root: string;
  /** Section MDX files in the copy. */
  sections: number;
  /** Fact records in the copy. */
  facts: number;
  /** Deletes the copy. */
  remove: () => void;
}

/** Suffix of copy k of an id or slug: `-x2`. */
const copyId = (id: string, k: number) => `${id}-x${k}`;

/** Rewrites one section's MDX for copy k: new slug and order, facts and keyFact pointed at the copies. */
export function copySection(mdx: string, k: number): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('section has no front matter');
  const data = parse(match[1]!) as { slug: string; order: number; keyFact?: string };
  data.slug = copyId(data.slug, k);
  data.order += 1000 * (k - 1);
  if (data.keyFact) data.keyFact = copyId(data.keyFact, k);
  const body = match[2]!.replace(/<Fact\s+id="([^"]+)"/g, (_, id: string) => `<Fact id="${copyId(id, k)}"`);
  return `---\n${stringify(data).trimEnd()}\n---\n${body}`;
}

/**
 * Facts for copies 2…n: each fact again under `{id}-x{k}`, derived inputs pointing at the same copy.
 * A copy has no correction history: the corrections name the original facts only.
 */
export function copyFacts(facts: readonly Record<string, unknown>[], n: number): Record<string, unknown>[] {
  const out = [...facts];
  for (let k = 2; k <= n; k += 1) {
    for (const fact of facts) {
      const copy = structuredClone(fact) as { id: string; derived?: { inputs: string[] }; history?: unknown };
      copy.id = copyId(copy.id, k);
      delete copy.history;
      if (copy.derived) copy.derived.inputs = copy.derived.inputs.map((id) => copyId(id, k));
      out.push(copy);
    }
  }
  return out;
}

/** Entities for n copies: each entity also lists copy k of every section it lists. */
export function copyEntities(entities: readonly { sections?: string[] }[], n: number): { sections?: string[] }[] {
  return entities.map((entity) => {
    const sections = entity.sections ?? [];
    const all = [...sections];
    for (let k = 2; k <= n; k += 1) all.push(...sections.map((slug) => copyId(slug, k)));
    return { ...entity, sections: all };
  });
}

/** Copies the project at `root` into a temporary folder and multiplies its story by `n`. */
export function scaleProject(root: string, n: number): ScaledProject {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--scale takes a whole number ≥ 1, got ${n}`);
  // A copy with a cache folder of its own: a scaled build starts cold and never fills the project's cache.
  const { root: copy, remove } = copyProject(root, `nev-scale-${n}x-`);

  // A scaled story is English only: its editions would lack the copied sections.
  rmSync(join(copy, STORY_FILES.editions), { recursive: true, force: true });
  const sectionsDir = join(copy, STORY_FILES.sections);
  const originals = readdirSync(sectionsDir).filter((f) => f.endsWith('.mdx'));
  for (let k = 2; k <= n; k += 1) {
    for (const file of originals) {
      const mdx = copySection(readFileSync(join(sectionsDir, file), 'utf8'), k);
      const slug = /\nslug: (\S+)/.exec(mdx)?.[1] ?? `${basename(file, '.mdx')}-x${k}`;
      writeFileSync(join(sectionsDir, `${String(k).padStart(3, '0')}-${slug}.mdx`), mdx);
    }
  }
  const factsFile = join(copy, STORY_FILES.facts);
  const facts = copyFacts(parse(readFileSync(factsFile, 'utf8')) as Record<string, unknown>[], n);
  writeFileSync(factsFile, stringify(facts));
  const entitiesFile = join(copy, STORY_FILES.entities);
  writeFileSync(entitiesFile, stringify(copyEntities(parse(readFileSync(entitiesFile, 'utf8')), n)));

  return {
    root: copy,
    sections: originals.length * n,
    facts: facts.length,
    remove,
  };
}
