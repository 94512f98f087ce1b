/**
 * Imports point one way, checked on the source: no import cycle among the
 * modules of `src/` (type-only imports count, and so do the frontmatter and
 * `<script>` imports of `.astro` files); `src/lib` imports no language file,
 * component, page, layout or `src/data/`, and from `src/i18n` only the words'
 * shape (`schema.ts`), as types; that shape imports nothing of the project;
 * and every module of `src/lib` sits in a stage folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './content-files.ts';

/** The stage folders of `src/lib`, in the order data flows through them. */
const STAGES = ['content', 'story', 'charts', 'publish', 'site', 'text'];

const rel = (path: string) => relative(ROOT, path);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The TypeScript of a module: an `.astro` file's frontmatter and scripts, or the whole file. */
function moduleCode(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

/** The project files a module imports (relative imports only), as paths from the root. */
function importsOf(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(moduleCode(file, text), true, true);
  return importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => rel(resolve(dirname(join(ROOT, file)), spec.replace(/\?.*$/, ''))));
}

/** A cycle in the graph, as the list of files around it (the first repeated at the end), or none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Imports of a module that are not `import type` (or all of whose names are not types). */
function valueImports(code: string): string[] {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) return [];
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) return [];
    if (ts.isExportDeclaration(statement)) return statement.isTypeOnly ? [] : [spec.text];
    const clause = statement.importClause;
    if (!clause) return [spec.text];
    if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return [];
    const bindings = clause.namedBindings;
    const allTypes =
      !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.every((e) => e.isTypeOnly);
    return allTypes ? [] : [spec.text];
  });
}

const SOURCE = filesUnder(join(ROOT, 'src'))
  .map(rel)
  .filter((f) => /\.(ts|astro)$/.test(f))
  .sort();
const TEXT = new Map(SOURCE.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
const GRAPH = new Map(SOURCE.map((f) => [f, importsOf(f, TEXT.get(f) ?? '')]));
const LIB = SOURCE.filter((f) => f.startsWith('src/lib/'));

describe('imports', () => {
  it('resolve to files that exist', () => {
    const known = new Set(filesUnder(join(ROOT, 'src')).map(rel));
    const missing = [...GRAPH].flatMap(([file, imports]) =>
      imports.filter((target) => !known.has(target)).map((target) => `${file} → ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('form no cycle among the modules of src/', () => {
    const cycle = findCycle(GRAPH);
    expect(cycle?.join(' → ')).toBeUndefined();
  });

  it('keep src/lib off the language files, components, pages, layouts and src/data', () => {
    const forbidden = /^src\/(i18n\/(en|de|zh|pseudo|locales)\.ts$|components\/|pages\/|layouts\/|data\/)/;
    const offenders = LIB.flatMap((file) =>
      (GRAPH.get(file) ?? []).filter((target) => forbidden.test(target)).map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('let src/lib take only types from src/i18n, and only from the words’ shape (schema.ts)', () => {
    const offenders = LIB.flatMap((file) => {
      const targets = GRAPH.get(file) ?? [];
      const code = moduleCode(file, TEXT.get(file) ?? '');
      const values = valueImports(code).map((spec) =>
        rel(resolve(dirname(join(ROOT, file)), spec.replace(/\?.*$/, ''))),
      );
      const wrong = new Set([
        ...targets.filter((t) => t.startsWith('src/i18n/') && t !== 'src/i18n/schema.ts'),
        ...values.filter((t) => t.startsWith('src/i18n/')),
      ]);
      return [...wrong].map((target) => `${file} → ${target}`);
    });
    expect(offenders).toEqual([]);
  });

  it('leave the words’ shape (src/i18n/schema.ts) importing nothing of the project', () => {
    expect(GRAPH.get('src/i18n/schema.ts')).toEqual([]);
  });

  it('keep every module of src/lib in a stage folder', () => {
    const outside = LIB.filter((file) => !STAGES.includes(file.split('/')[2] ?? '') || file.split('/').length < 4);
    expect(outside).toEqual([]);
  });
});

describe('findCycle', () => {
  it('names the files around a cycle, and finds none in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([...graph, ['c', []]]))).toBeUndefined();
  });
});

describe('importsOf', () => {
  it('reads an .astro file’s frontmatter and script imports, type-only ones too', () => {
    const text = [
      '---',
      "import type { A } from '../lib/a.ts';",
      "import B from './B.astro';",
      '---',
      '<p>x</p>',
      "<script>import { c } from '../scripts/c.ts';</script>",
    ].join('\n');
    expect(importsOf('src/components/X.astro', text)).toEqual([
      'src/lib/a.ts',
      'src/components/B.astro',
      'src/scripts/c.ts',
    ]);
  });
});
