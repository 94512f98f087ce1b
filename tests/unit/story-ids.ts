/**
 * The ids of every story's content, and where any of them appears in source
 * code. A story folder is a folder holding `story.yaml` (not inside another
 * story folder: an edition's `story.yaml` belongs to its story), so both the
 * flat `content/` and `content/stories/{story}/` are found. Each is read
 * through the build's own reader (`src/lib/content/content-reader.ts`).
 *
 * The scan reads what code says, not what it comments: in `.ts` and `.mjs`
 * files and the frontmatter and scripts of `.astro` files, the string literals
 * (template parts included), identifiers, regular expressions and JSX text of
 * the TypeScript syntax tree; in an `.astro` template, its text without HTML
 * and `{/* … *\/}` comments; in `.css`, the text without comments. An id
 * matches as a whole token: `bmw` matches `'bmw'` and `bmw.x`, not `bmwGroup`
 * or `bmw-shenyang`, and a hyphenated id matches only whole.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { readContentFiles } from '../../src/lib/content/content-disk.ts';
import { contentLayout, readContent } from '../../src/lib/content/content-reader.ts';
import { findReferences } from '../../src/lib/content/rules/mdx.ts';
import type { ContentBundle } from '../../src/lib/content/bundle.ts';
import { ROOT } from './content-files.ts';

/** One id of a story's content, and what it names. */
export interface StoryId {
  id: string;
  /** What kind of record it is the id of: "fact", "section", "chart", … */
  kind: string;
  /** The story folder it comes from, relative to the root. */
  story: string;
}

/** The folders under `dir` (itself included) that hold a story: a `story.yaml`, outside another story folder. */
export function storyFolders(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  if (existsSync(join(dir, 'story.yaml'))) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => storyFolders(join(dir, name)));
}

/** The story's own id: its folder's name under `stories/`; the flat `content/` folder names none. */
function storyIdOf(folder: string): string[] {
  return basename(dirname(folder)) === 'stories' ? [basename(folder)] : [];
}

/** Every id a bundle's records carry, with its kind. */
export function bundleIds(bundle: ContentBundle): { id: string; kind: string }[] {
  const charts = bundle.sections.flatMap((s) => findReferences(s.tree).filter((r) => r.tag === 'Chart'));
  const keyNumbers = (bundle as { keyNumbers?: { records: { id: string }[] } }).keyNumbers?.records ?? [];
  return [
    ...bundle.facts.records.map((r) => ({ id: r.id, kind: 'fact' })),
    ...bundle.sections.map((s) => ({ id: s.data.slug, kind: 'section' })),
    ...charts.map((r) => ({ id: r.id, kind: 'chart' })),
    ...bundle.entities.records.map((r) => ({ id: r.id, kind: 'entity' })),
    ...bundle.terms.records.map((r) => ({ id: r.id, kind: 'term' })),
    ...(bundle.quotes?.records ?? []).map((r) => ({ id: r.id, kind: 'quote' })),
    ...bundle.corrections.records.map((r) => ({ id: r.id, kind: 'correction' })),
    ...keyNumbers.map((r) => ({ id: r.id, kind: 'key number' })),
  ];
}

/** The ids of every story under the given folders (relative to the root), each id once per story. */
export function storyIds(dirs: readonly string[]): StoryId[] {
  const found = new Map<string, StoryId>();
  for (const folder of dirs.flatMap((dir) => storyFolders(resolve(ROOT, dir)))) {
    const story = relative(ROOT, folder);
    const layout = contentLayout(story);
    const { bundle, problems } = readContent(readContentFiles(ROOT, layout), layout);
    if (!bundle) throw new Error(`${story}: the content did not read: ${JSON.stringify(problems)}`);
    const ids = [...storyIdOf(story).map((id) => ({ id, kind: 'story' })), ...bundleIds(bundle)];
    for (const { id, kind } of ids)
      if (!found.has(`${story}\n${id}`)) found.set(`${story}\n${id}`, { id, kind, story });
  }
  return [...found.values()];
}

/** A piece of code the scan reads, with the line it starts on. */
interface CodeText {
  text: string;
  line: number;
}

/** The strings, identifiers, regular expressions and JSX text of a TypeScript (or JavaScript) text. */
export function tsTokens(code: string, firstLine = 1): CodeText[] {
  const source = ts.createSourceFile('f.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const tokens: CodeText[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isIdentifier(node) ||
      ts.isPrivateIdentifier(node) ||
      ts.isStringLiteralLike(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isJsxText(node)
    ) {
      const start = node.getStart(source);
      tokens.push({ text: node.getText(source), line: source.getLineAndCharacterOfPosition(start).line + firstLine });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return tokens;
}

/** `text` with the matches of `pattern` blanked out, keeping its line breaks (so lines still count). */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
}

const CSS_COMMENT = /\/\*[\s\S]*?\*\//g;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** An `.astro` file as the scan reads it: frontmatter and scripts as TypeScript, the template without comments. */
function astroTexts(text: string): CodeText[] {
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const parts: CodeText[] = [];
  const front = FRONTMATTER.exec(text);
  if (front) parts.push(...tsTokens(front[1] ?? '', 2));
  let template = front ? blank(text, FRONTMATTER) : text;
  for (const match of text.matchAll(SCRIPT)) {
    const start = (match.index ?? 0) + match[0].indexOf('>') + 1;
    parts.push(...tsTokens(match[1] ?? '', lineAt(start)));
  }
  template = blank(template, SCRIPT);
  template = blank(template, /<!--[\s\S]*?-->/g);
  template = blank(template, /\{\s*\/\*[\s\S]*?\*\/\s*\}/g);
  template = blank(template, CSS_COMMENT);
  template.split('\n').forEach((line, i) => parts.push({ text: line, line: i + 1 }));
  return parts;
}

/** What the scan reads of one source file, by its extension. */
export function codeTexts(file: string, text: string): CodeText[] {
  if (file.endsWith('.astro')) return astroTexts(text);
  if (file.endsWith('.css'))
    return blank(text, CSS_COMMENT)
      .split('\n')
      .map((line, i) => ({ text: line, line: i + 1 }));
  return tsTokens(text);
}

const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching any of the ids as a whole token (letters, digits, `_` and `-` around it end no match). */
export function idPattern(ids: Iterable<string>): RegExp {
  const sorted = [...new Set(ids)].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![A-Za-z0-9_-])(?:${sorted.join('|')})(?![A-Za-z0-9_-])`, 'g');
}

/** One id found in code. */
export interface IdHit {
  file: string;
  line: number;
  id: string;
}

/** Where any of `ids` appears in the code of one file. */
export function findIds(file: string, text: string, ids: Iterable<string>): IdHit[] {
  const pattern = idPattern(ids);
  return codeTexts(file, text).flatMap(({ text: code, line }) =>
    [...code.matchAll(pattern)].map((match) => ({
      file,
      line: line + (code.slice(0, match.index).match(/\n/g)?.length ?? 0),
      id: match[0],
    })),
  );
}

/** The source files the scan reads under `dir`: `.ts` (not `.d.ts`), `.astro`, `.css`, `.mjs`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|astro|css|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** Every id of `ids` found in the source files under `dir` (relative to the root, or absolute). */
export function idsInSource(dir: string, ids: Iterable<string>): IdHit[] {
  const list = [...ids];
  return sourceFiles(resolve(ROOT, dir)).flatMap((path) =>
    findIds(relative(ROOT, path), readFileSync(path, 'utf8'), list),
  );
}
