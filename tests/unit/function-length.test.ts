/**
 * No long functions. A function (declaration, expression, arrow, method,
 * accessor, constructor) may span at most 60 lines in `src/` — in `.ts`
 * files and in the frontmatter and `<script>` blocks of `.astro` files — and
 * at most 100 in `tests/` and `scripts/`.
 *
 * How a function is measured: the lines from its first to its last, minus
 * the lines of the data literals inside it. A data literal is an object or
 * array literal with no function inside it; each outermost one keeps its
 * first line (where it meets the code) and sets the rest aside. So a function
 * that only returns a table of data is short; one whose object literal holds
 * callbacks is measured in full. A function's nested functions count towards
 * it (and are measured on their own too). The callbacks handed to vitest's
 * `describe`, `it`, `test` and hooks are test blocks, not functions: they are
 * not measured themselves, though functions inside them are.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './content-files.ts';

export interface LongFunction {
  line: number;
  name: string;
  lines: number;
}

const TEST_BLOCKS = new Set(['describe', 'it', 'test', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach']);

/** The callee's first name: `describe` for `describe.each(…)(…)` and `it.skip(…)`. */
function calleeRoot(expr: ts.Expression): string | undefined {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return calleeRoot(expr.expression);
  if (ts.isCallExpression(expr)) return calleeRoot(expr.expression);
  return undefined;
}

function isTestBlock(node: ts.Node): boolean {
  const parent = node.parent;
  if (!ts.isCallExpression(parent) || !parent.arguments.includes(node as ts.Expression)) return false;
  const root = calleeRoot(parent.expression);
  return root !== undefined && TEST_BLOCKS.has(root);
}

function containsFunction(node: ts.Node): boolean {
  return ts.forEachChild(node, (child) => ts.isFunctionLike(child) || containsFunction(child)) ?? false;
}

const isLiteral = (node: ts.Node) => ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node);

/** The name a reader would look for: the declaration's, the variable's or the property's. */
function functionName(node: ts.SignatureDeclaration): string {
  if (node.name && !ts.isComputedPropertyName(node.name)) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) {
    return parent.name.getText();
  }
  return '(anonymous)';
}

/** The functions of one TypeScript text longer than `limit`, lines counted from `firstLine`. */
export function longFunctions(text: string, limit: number, firstLine = 1): LongFunction[] {
  const source = ts.createSourceFile('f.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const span = (node: ts.Node) => lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1;
  const dataLines = (node: ts.Node): number => {
    let sum = 0;
    ts.forEachChild(node, (child) => {
      sum += isLiteral(child) && !containsFunction(child) ? span(child) - 1 : dataLines(child);
    });
    return sum;
  };
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && !isTestBlock(node)) {
      const lines = span(node) - dataLines(node);
      if (lines > limit) {
        found.push({ line: lineOf(node.getStart(source)) + firstLine, name: functionName(node), lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The TypeScript parts of an `.astro` file (frontmatter, `<script>` blocks), each with its first line. */
export function astroScripts(text: string): { code: string; firstLine: number }[] {
  const parts: { code: string; firstLine: number }[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  if (front) parts.push({ code: front[1] ?? '', firstLine: 2 });
  for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const start = (match.index ?? 0) + match[0].indexOf('>') + 1;
    parts.push({ code: match[1] ?? '', firstLine: lineAt(start) });
  }
  return parts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every function over the limit under `dir`, as `file:line name (N lines)`. */
function offenders(dir: string, limit: number): string[] {
  return filesUnder(join(ROOT, dir))
    .filter((file) => /\.(ts|astro)$/.test(file) && !file.endsWith('.d.ts'))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const parts = file.endsWith('.astro') ? astroScripts(text) : [{ code: text, firstLine: 1 }];
      return parts.flatMap(({ code, firstLine }) =>
        longFunctions(code, limit, firstLine).map(
          (f) => `${relative(ROOT, file)}:${f.line} ${f.name} (${f.lines} lines)`,
        ),
      );
    });
}

const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');

describe('the measure', () => {
  it('flags a function over the limit, with its line, name and length', () => {
    const text = `// a comment\nexport function long(): void {\n${body(61)}\n}\n`;
    expect(longFunctions(text, 60)).toEqual([{ line: 2, name: 'long', lines: 63 }]);
    expect(longFunctions(text, 63)).toEqual([]);
  });

  it('measures arrows by their variable, methods by their name, and nested functions in their parent', () => {
    const text = [
      `const outer = () => {`,
      `  const inner = function () {\n${body(8)}\n  };`,
      `};`,
      `class K {\n  method() {\n${body(8)}\n  }\n}`,
    ].join('\n');
    expect(longFunctions(text, 9)).toEqual([
      { line: 1, name: 'outer', lines: 12 },
      { line: 2, name: 'inner', lines: 10 },
      { line: 14, name: 'method', lines: 10 },
    ]);
  });

  it('sets aside data literals but not object literals holding functions', () => {
    const rows = Array.from({ length: 70 }, (_, i) => `    k${i}: [${i}, 'x'],`).join('\n');
    const data = `function table() {\n  return {\n${rows}\n  };\n}`;
    expect(longFunctions(data, 60)).toEqual([]);
    const calls = Array.from({ length: 70 }, (_, i) => `    k${i}: () => ${i},`).join('\n');
    const code = `function handlers() {\n  return {\n${calls}\n  };\n}`;
    expect(longFunctions(code, 60)).toEqual([{ line: 1, name: 'handlers', lines: 74 }]);
  });

  it('skips the callbacks of describe and it, not the functions inside them', () => {
    const text = `describe('x', () => {\n  it('y', () => {\n${body(70)}\n  });\n  const helper = () => {\n${body(70)}\n  };\n});`;
    expect(longFunctions(text, 60)).toEqual([{ line: 74, name: 'helper', lines: 72 }]);
  });

  it('reads the frontmatter and scripts of an Astro file at their own lines', () => {
    const text = `---\nconst a = 1;\n---\n<p>{a}</p>\n<script>\n  function f() {}\n</script>\n`;
    const parts = astroScripts(text);
    expect(parts.map((p) => p.firstLine)).toEqual([2, 5]);
    expect(longFunctions(`\n  function f() {\n${body(3)}\n  }\n`, 2, parts[1]?.firstLine)).toEqual([
      { line: 6, name: 'f', lines: 5 },
    ]);
  });
});

describe('function length', () => {
  it('keeps every function in src/ to 60 lines', () => {
    expect(offenders('src', 60)).toEqual([]);
  });

  it('keeps every function in tests/ and scripts/ to 100 lines', () => {
    expect([...offenders('tests', 100), ...offenders('scripts', 100)]).toEqual([]);
  });
});
