/**
 * Reads the story's content files strictly, from their text: YAML and MDX
 * syntax, the shape of each file (a list of entries with unique ids), each
 * record's schema, then the cross-record rules of `validate.ts`. Every problem
 * names the file, the line where there is one, and the field; nothing is
 * dropped, merged or taken from an earlier build, except the YAML parse of a
 * text exactly as an earlier build parsed it (`ParseStore`), whose records go
 * through every schema and rule all the same.
 *
 * This is the one path content takes: the build's content gate, the data
 * loaders, the dev server and the tests all call it. It knows nothing about
 * Astro or the disk: callers hand it the files' texts (`content-disk.ts` reads
 * them from a folder).
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { z } from 'astro/zod';
import { parseMdx, type MdxTree } from './mdx-tree.ts';
import {
  ChartSchema,
  CorrectionSchema,
  EditionChartSchema,
  EditionCorrectionSchema,
  EditionKeyNumberSchema,
  EditionEntitySchema,
  EditionFactSchema,
  EditionQuoteSchema,
  EditionStorySchema,
  EditionTermSchema,
  EntitySchema,
  KeyNumberSchema,
  QuoteSchema,
  FactSchema,
  SectionSchema,
  StorySchema,
  TermSchema,
  type ChartEntry,
  type Correction,
  type EditionChart,
  type EditionCorrection,
  type EditionEntity,
  type EditionKeyNumber,
  type EditionFact,
  type EditionQuote,
  type EditionStory,
  type EditionTerm,
  type Entity,
  type KeyNumber,
  type Quote,
  type Fact,
  type SectionData,
  type Story,
  type Term,
} from './schema.ts';
import { findContentProblems } from './validate.ts';
import {
  ContentError,
  type CheckOptions,
  type ContentBundle,
  type ContentLayout,
  type ContentProblem,
  type EditionContent,
  type SectionFile,
} from './bundle.ts';

export type { ContentLayout } from './bundle.ts';

/** The files of one edition, under `{editions}/{locale}/`. */
export function editionLayout(editionsDir: string, locale: string) {
  const dir = `${editionsDir}/${locale}`;
  return {
    story: `${dir}/story.yaml`,
    facts: `${dir}/facts.yaml`,
    entities: `${dir}/entities.yaml`,
    terms: `${dir}/glossary.yaml`,
    quotes: `${dir}/quotes.yaml`,
    corrections: `${dir}/corrections.yaml`,
    keyNumbers: `${dir}/key-numbers.yaml`,
    charts: `${dir}/charts.yaml`,
    sections: `${dir}/sections`,
  };
}

/**
 * The layout of a content folder.
 * @example contentLayout('content').facts // 'content/stories/{story}/facts.yaml'
 */
export function contentLayout(dir: string): ContentLayout {
  return {
    story: `${dir}/story.yaml`,
    facts: `${dir}/facts.yaml`,
    entities: `${dir}/entities.yaml`,
    terms: `${dir}/glossary.yaml`,
    corrections: `${dir}/corrections.yaml`,
    sections: `${dir}/sections`,
    quotes: `${dir}/quotes.yaml`,
    keyNumbers: `${dir}/key-numbers.yaml`,
    charts: `${dir}/charts.yaml`,
    editions: `${dir}/editions`,
  };
}

/** The project's content folder: the site settings and one folder per story (`site-reader.ts`). */
export const CONTENT_DIR = 'content';

/** Content files by path (relative to the project root) → text; a missing file is simply absent. */
export type ContentFiles = ReadonlyMap<string, string>;

/** One entry of a YAML list file, before its schema is checked. */
interface YamlEntry {
  /** The entry's `id`. */
  id: string;
  /** Line of the entry's `- ` in the file, from 1. */
  line: number;
  /** The entry as plain data. */
  data: unknown;
  /** Finds the line of a field inside the entry (the entry's line when the field is absent). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** A YAML list file read strictly: its entries, or what is wrong with it. */
interface YamlListResult {
  /** Entries in file order (only those with a usable id). */
  entries: YamlEntry[];
  /** Syntax and shape problems; empty when the file is sound. */
  problems: ContentProblem[];
}

/** Line (from 1) of the node at `path` inside `map`, or `fallback` when the field is absent. */
function lineOfPath(lineCounter: LineCounter, map: YAMLMap, path: readonly PropertyKey[], fallback: number): number {
  const node = path.length ? (map.getIn(path as unknown[], true) as YamlNode | undefined) : map;
  return node?.range ? lineCounter.linePos(node.range[0]).line : fallback;
}

function yamlProblems(file: string, doc: Document, lineOffset = 0): ContentProblem[] {
  return doc.errors.map((error) => {
    const line = (error.linePos?.[0].line ?? 1) + lineOffset;
    const col = error.linePos?.[0].col;
    const firstLine = error.message.split('\n')[0] ?? error.message;
    return {
      file,
      line,
      field: 'YAML syntax',
      message: `${firstLine.replace(/ at line \d+, column \d+:?$/, '')}${col ? ` (line ${line}, column ${col})` : ''}`,
    };
  });
}

/** Why a YAML file's root is not a list of entries (empty, a map, a single value), or undefined when it is one. */
function listShapeProblem(
  file: string,
  root: unknown,
  line: number,
  allowEmptyList: boolean,
): ContentProblem | undefined {
  if (root === null || (isSeq(root) && root.items.length === 0)) {
    return {
      file,
      line: 1,
      field: 'file',
      message: `is empty: it must be a list of entries, each starting "- id: …"${allowEmptyList ? ' (write [] for none)' : ''}`,
    };
  }
  if (!isSeq(root)) {
    const found = isMap(root) ? 'a map of keys' : 'a single value';
    return { file, line, field: 'file', message: `must be a list of entries ("- id: …"), but holds ${found}` };
  }
  return undefined;
}

/** The list's entries with a usable, unique id; an entry that is not a map, lacks an id or repeats one is a problem. */
function listEntries(
  file: string,
  items: readonly unknown[],
  label: string,
  lineCounter: LineCounter,
  problems: ContentProblem[],
): YamlEntry[] {
  const entries: YamlEntry[] = [];
  const firstLine = new Map<string, number>();
  items.forEach((item, index) => {
    const node = item as YamlNode | null | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    if (!isMap(item)) {
      problems.push({
        file,
        line,
        field: `entry ${index + 1}`,
        message: 'must be a map of fields starting with "id:"',
      });
      return;
    }
    const id: unknown = item.get('id');
    if (typeof id !== 'string' || id.length === 0) {
      problems.push({ file, line, field: `entry ${index + 1}.id`, message: 'is missing: every entry needs a text id' });
      return;
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problems.push({
        file,
        line,
        field: `${label}[${id}].id`,
        message: `"${id}" is used twice, on lines ${seen} and ${line}: ids must be unique`,
      });
      return;
    }
    firstLine.set(id, line);
    entries.push({
      id,
      line,
      data: item.toJSON() as unknown,
      lineOf: (path) => lineOfPath(lineCounter, item, path, line),
    });
  });
  return entries;
}

/**
 * Parses a YAML file that must be a list of entries, each a map with a unique
 * `id`. Syntax errors come with line and column; an empty file, a map instead of
 * a list, an entry without an id and a repeated id (with both lines) are problems.
 */
export function parseYamlList(
  file: string,
  text: string,
  label = 'entries',
  { allowEmptyList = false }: YamlListOptions = {},
): YamlListResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems = yamlProblems(file, doc);
  if (problems.length > 0) return { entries: [], problems };
  const root = doc.contents;
  if (allowEmptyList && isSeq(root) && root.items.length === 0 && root.flow) return { entries: [], problems };
  const rootLine = root?.range ? lineCounter.linePos(root.range[0]).line : 1;
  const shape = listShapeProblem(file, root, rootLine, allowEmptyList);
  if (shape || !isSeq(root)) return { entries: [], problems: shape ? [shape] : [] };
  const entries = listEntries(file, root.items, label, lineCounter, problems);
  return { entries, problems };
}

/** Checks parsed entries against a schema; problems name `label[id].field` and the field's line. */
function checkEntries<S extends z.ZodType>(
  file: string,
  label: string,
  entries: YamlEntry[],
  schema: S,
): { records: z.infer<S>[]; problems: ContentProblem[] } {
  const records: z.infer<S>[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry.data);
    if (result.success) records.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push({
          file,
          line: entry.lineOf(issue.path),
          field: `${label}[${entry.id}]${issue.path.length ? `.${issue.path.join('.')}` : ''}`,
          message: issue.message,
        });
  }
  return { records, problems };
}

/** Options of a list file. */
export interface YamlListOptions {
  /** Accept an explicit `[]` (a file that may rightly hold nothing yet, such as the corrections). */
  allowEmptyList?: boolean;
}

/**
 * A bounded memo of recent reads, keyed by what decides the result (file, options, text), for
 * `parseYamlListOnce` and `parseSectionFileOnce`. On globalThis, as in content-once.ts: the content
 * gate and the collections' loader run separate copies of this module in one build, and the loader's
 * read of a file the gate has just parsed reuses it. The oldest entry goes once `kept` are held.
 */
function recentReads<T>(name: string, kept: number): (key: unknown[], read: () => T) => T {
  const slot = Symbol.for(`sino-german-explainer.${name}`);
  const store = globalThis as { [slot]?: Map<string, T> };
  const reads = (store[slot] ??= new Map<string, T>());
  return (parts, read) => {
    const key = JSON.stringify(parts);
    let found = reads.get(key);
    if (found === undefined) {
      found = read();
      if (reads.size >= kept) reads.delete(reads.keys().next().value!);
      reads.set(key, found);
    }
    return found;
  };
}

const parsedYaml = recentReads<YamlListResult>('parsed-yaml', 64);

/**
 * Where YAML parses are kept between builds (`content-disk.ts` keeps them in Astro's cache folder for
 * the content gate); none unless one is set. A key holds everything that decides the parse (the kind of
 * read, the file's name, its options and its whole text); the store adds the reader's own identity.
 */
export interface ParseStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const STORE = Symbol.for('sino-german-explainer.parse-store');
const storeSlot = globalThis as { [STORE]?: ParseStore | undefined };

/** Sets (or, with undefined, removes) the store of YAML parses: on globalThis, as `recentReads`. */
export function setParseStore(store: ParseStore | undefined): void {
  storeSlot[STORE] = store;
}

/**
 * `parse()` through the parse store: a stored result comes back through `restore` (which gets a
 * `reparse` for what is not stored, such as the lines of fields, parsed only when asked for); a new
 * one is stored as `save` gives it. Without a store, `parse()`.
 */
function stored<T, S>(
  parts: unknown[],
  parse: () => T,
  save: (value: T) => S,
  restore: (value: S, reparse: () => T) => T,
): T {
  const store = storeSlot[STORE];
  if (!store) return parse();
  const key = JSON.stringify(parts);
  const hit = store.get(key) as S | undefined;
  if (hit !== undefined) {
    let again: T | undefined;
    return restore(hit, () => (again ??= parse()));
  }
  const value = parse();
  store.set(key, save(value));
  return value;
}

/** A list file as stored: entries without their document (the line of a field is found by parsing again). */
interface StoredYamlList {
  entries: { id: string; line: number; data: unknown }[];
  problems: ContentProblem[];
}

/** `parseYamlList` through the parse store. */
function parseYamlListStored(file: string, text: string, label: string, options: YamlListOptions): YamlListResult {
  return stored<YamlListResult, StoredYamlList>(
    ['yaml-list', file, label, options.allowEmptyList ?? false, text],
    () => parseYamlList(file, text, label, options),
    ({ entries, problems }) => ({ entries: entries.map(({ id, line, data }) => ({ id, line, data })), problems }),
    ({ entries, problems }, reparse) => ({
      entries: entries.map((entry) => ({
        ...entry,
        lineOf: (path) =>
          reparse()
            .entries.find((e) => e.id === entry.id)
            ?.lineOf(path) ?? entry.line,
      })),
      problems,
    }),
  );
}

/**
 * `parseYamlList`, parsed once per distinct text: a file whose text has not changed since the last
 * read (the dev server re-reading after an edit elsewhere, a test checking many variants of one
 * file) reuses the parse. The result's lists are fresh copies; its entries are read, never changed.
 */
function parseYamlListOnce(file: string, text: string, label: string, options: YamlListOptions): YamlListResult {
  const parsed = parsedYaml([file, label, options.allowEmptyList ?? false, text], () =>
    parseYamlListStored(file, text, label, options),
  );
  return { entries: [...parsed.entries], problems: parsed.problems.map((problem) => ({ ...problem })) };
}

/**
 * Reads one YAML list file completely: syntax and shape (`parseYamlList`),
 * then each entry's schema (`checkEntries`). The records are returned only
 * when the file itself is sound; `problems` lists everything found.
 */
export function readYamlList<S extends z.ZodType>(
  file: string,
  text: string,
  label: string,
  schema: S,
  options: YamlListOptions = {},
): { entries: YamlEntry[]; records?: z.infer<S>[]; problems: ContentProblem[] } {
  const parsed = parseYamlListOnce(file, text, label, options);
  const checked = checkEntries(file, label, parsed.entries, schema);
  return {
    entries: parsed.entries,
    ...(parsed.problems.length === 0 ? { records: checked.records } : {}),
    problems: [...parsed.problems, ...checked.problems],
  };
}

/** One section file read strictly. */
interface SectionRead {
  /** The section, when its front matter and body parse and the front matter fits the schema. */
  section?: SectionFile;
  /** What is wrong with it. */
  problems: ContentProblem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A section's front matter read as YAML. */
interface FrontMatter {
  /** Its YAML syntax problems, with the file's lines. */
  problems: ContentProblem[];
  /** Whether it is a map of fields. */
  map: boolean;
  /** Its fields as plain data, when it is a sound map. */
  data: unknown;
  /** Line (from 1, in the front matter) of the field at `path`; 1 when the field is absent. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Parses a section's front matter (the text between its `---` lines). */
function parseFrontMatter(file: string, yaml: string): FrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems = yamlProblems(file, doc, 1);
  const root = doc.contents;
  return {
    problems,
    map: isMap(root),
    data: problems.length === 0 && isMap(root) ? (root.toJSON() as unknown) : undefined,
    lineOf: (path) => (isMap(root) ? lineOfPath(lineCounter, root, path, 1) : 1),
  };
}

/** `parseFrontMatter` through the parse store: the line of a field is found by parsing again, when asked. */
function parseFrontMatterStored(file: string, yaml: string): FrontMatter {
  return stored<FrontMatter, Omit<FrontMatter, 'lineOf'>>(
    ['front-matter', file, yaml],
    () => parseFrontMatter(file, yaml),
    ({ problems, map, data }) => ({ problems, map, data }),
    (kept, reparse) => ({ ...kept, lineOf: (path) => reparse().lineOf(path) }),
  );
}

const sectionReads = recentReads<SectionRead>('section-reads', 128);

/**
 * `parseSectionFile`, parsed once per distinct text (front matter, schema and MDX tree), as
 * `parseYamlListOnce` does for the data files. The problems are fresh copies; the section and its tree
 * are read, never changed, by the rules and the pages.
 */
function parseSectionFileOnce(file: string, text: string): SectionRead {
  const read = sectionReads([file, text], () => parseSectionFile(file, text));
  return { ...read, problems: read.problems.map((problem) => ({ ...problem })) };
}

/**
 * Reads one MDX section: YAML front matter (syntax, then `SectionSchema`) and
 * the MDX body, parsed once with the MDX parser Astro itself uses (`parseMdx`),
 * so an unclosed tag is reported with its line here rather than deep inside the
 * bundler, and every rule on the body reads the same tree.
 */
export function parseSectionFile(file: string, text: string): SectionRead {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'front matter',
          message: 'is missing or not closed: start and end it with a line "---"',
        },
      ],
    };
  }
  const frontMatter = parseFrontMatterStored(file, match[1] ?? '');
  const problems = [...frontMatter.problems];
  const bodyOffset = (match[0].match(/\n/g) ?? []).length;
  const body = text.slice(match[0].length);
  let tree: MdxTree | undefined;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const bodyLine = at ? Number(at[1]) : 1;
    problems.push({
      file,
      line: bodyLine + bodyOffset,
      field: `body line ${bodyLine}`,
      message: `MDX syntax: ${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(\d+:\d+\)/g, '')}`,
    });
  }
  if (problems.length > 0 || !tree) return { problems };
  if (!frontMatter.map) {
    return {
      problems: [{ file, line: 2, field: 'front matter', message: 'must be a map of fields (slug, title, …)' }],
    };
  }
  const result = SectionSchema.safeParse(frontMatter.data);
  if (!result.success) {
    return {
      // The front matter starts on the file's second line.
      problems: result.error.issues.map((issue) => ({
        file,
        line: 1 + frontMatter.lineOf(issue.path),
        field: issue.path.length ? String(issue.path.join('.')) : 'front matter',
        message: issue.message,
      })),
    };
  }
  return { section: { file, data: result.data satisfies SectionData, body, tree }, problems: [] };
}

/** The content read from files: the bundle (when every file parsed) and the problems found reading it. */
interface ContentRead {
  /** Every record, schema-checked; absent when a file could not be read at all. */
  bundle?: ContentBundle;
  /** Syntax, shape and schema problems, in file order. */
  problems: ContentProblem[];
}

/**
 * Reads one YAML list file of `files` (`readYamlList`) and adds what is wrong with it to `problems`,
 * `missing(label)` when the file is not there; gives the records when the file itself is sound.
 */
function listReader(files: ContentFiles, problems: ContentProblem[], missing: (label: string) => string) {
  return <S extends z.ZodType>(
    file: string,
    label: string,
    schema: S,
    options: YamlListOptions = {},
  ): z.infer<S>[] | undefined => {
    const text = files.get(file);
    if (text === undefined) {
      problems.push({ file, field: 'file', message: missing(label) });
      return undefined;
    }
    const read = readYamlList(file, text, label, schema, options);
    problems.push(...read.problems);
    return read.records;
  };
}

/** A story file that does not hold exactly one entry. */
function notOneStory(file: string, found: number): ContentProblem {
  return { file, field: 'file', message: `must hold exactly one entry, "id: story" (found ${found})` };
}

/**
 * Reads every content file of `layout` from `files`, checking syntax, shape and
 * schemas; the cross-record rules are not run here (see `loadContent`).
 */
export function readContent(files: ContentFiles, layout: ContentLayout): ContentRead {
  const problems: ContentProblem[] = [];
  const list = listReader(files, problems, () => 'is missing');
  const stories = list(layout.story, 'story', StorySchema) as Story[] | undefined;
  const facts = list(layout.facts, 'facts', FactSchema) as Fact[] | undefined;
  const entities = list(layout.entities, 'entities', EntitySchema) as Entity[] | undefined;
  const terms = list(layout.terms, 'terms', TermSchema) as Term[] | undefined;
  const corrections = list(layout.corrections, 'corrections', CorrectionSchema, {
    allowEmptyList: true,
  }) as Correction[] | undefined;
  const keyNumbers = list(layout.keyNumbers, 'keyNumbers', KeyNumberSchema) as KeyNumber[] | undefined;
  if (stories && stories.length !== 1) problems.push(notOneStory(layout.story, stories.length));

  // Every .mdx file handed in outside the editions folder is a section (tests overlay files from several folders).
  const sectionPaths = [...files.keys()]
    .filter((path) => path.endsWith('.mdx') && !path.startsWith(`${layout.editions}/`))
    .sort();
  if (sectionPaths.length === 0)
    problems.push({ file: `${layout.sections}/`, field: 'sections', message: 'holds no .mdx section file' });
  const sections = sectionPaths.flatMap((path) => {
    const read = parseSectionFileOnce(path, files.get(path) ?? '');
    problems.push(...read.problems);
    return read.section ? [read.section] : [];
  });

  const quotes = files.has(layout.quotes)
    ? (list(layout.quotes, 'quotes', QuoteSchema) as Quote[] | undefined)
    : undefined;
  const charts = files.has(layout.charts)
    ? (list(layout.charts, 'charts', ChartSchema) as ChartEntry[] | undefined)
    : undefined;
  const editions = readEditions(files, layout.editions, problems);

  const story = stories?.[0];
  if (!story || stories.length !== 1 || !facts || !entities || !terms || !corrections || !keyNumbers)
    return { problems };
  return {
    bundle: {
      story: { file: layout.story, data: story },
      sections: sections.sort((a, b) => a.data.order - b.data.order),
      facts: { file: layout.facts, records: facts },
      entities: { file: layout.entities, records: entities },
      terms: { file: layout.terms, records: terms },
      corrections: { file: layout.corrections, records: corrections },
      ...(quotes ? { quotes: { file: layout.quotes, records: quotes } } : {}),
      keyNumbers: { file: layout.keyNumbers, records: keyNumbers },
      ...(charts ? { charts: { file: layout.charts, records: charts } } : {}),
      editions,
    },
    problems,
  };
}

/** The locales that have a folder under the editions folder, from the files handed in. */
export function editionLocales(files: ContentFiles, editionsDir: string): string[] {
  const prefix = `${editionsDir}/`;
  const locales = [...files.keys()]
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length).split('/')[0] ?? '');
  return [...new Set(locales)].filter(Boolean).sort();
}

/** Reads every edition's files: the same checks of syntax, shape and schema as the English files. */
function readEditions(files: ContentFiles, editionsDir: string, problems: ContentProblem[]): EditionContent[] {
  return editionLocales(files, editionsDir).flatMap((locale) => {
    const layout = editionLayout(editionsDir, locale);
    const before = problems.length;
    const list = listReader(files, problems, (label) => `is missing: every edition gives ${label}`);
    const stories = list(layout.story, 'story', EditionStorySchema) as EditionStory[] | undefined;
    const facts = list(layout.facts, 'facts', EditionFactSchema) as EditionFact[] | undefined;
    const entities = list(layout.entities, 'entities', EditionEntitySchema) as EditionEntity[] | undefined;
    const terms = list(layout.terms, 'terms', EditionTermSchema) as EditionTerm[] | undefined;
    // A story without quotations gives its editions none either: `[]`.
    const quotes = list(layout.quotes, 'quotes', EditionQuoteSchema, { allowEmptyList: true }) as
      EditionQuote[] | undefined;
    const corrections = list(layout.corrections, 'corrections', EditionCorrectionSchema, {
      allowEmptyList: true,
    }) as EditionCorrection[] | undefined;
    const keyNumbers = list(layout.keyNumbers, 'keyNumbers', EditionKeyNumberSchema) as EditionKeyNumber[] | undefined;
    // A story without charts has no charts file; the edition rules name one that is missing.
    const charts = files.has(layout.charts)
      ? (list(layout.charts, 'charts', EditionChartSchema) as EditionChart[] | undefined)
      : undefined;
    if (stories && stories.length !== 1) problems.push(notOneStory(layout.story, stories.length));
    const sections = [...files.keys()]
      .filter((path) => path.startsWith(`${layout.sections}/`) && path.endsWith('.mdx'))
      .sort()
      .flatMap((path) => {
        const read = parseSectionFileOnce(path, files.get(path) ?? '');
        problems.push(...read.problems);
        return read.section ? [read.section] : [];
      });
    const story = stories?.[0];
    if (problems.length > before || !story || !facts || !entities || !terms || !quotes || !corrections || !keyNumbers)
      return [];
    return [
      {
        locale,
        story: { file: layout.story, data: story },
        sections: sections.sort((a, b) => a.data.order - b.data.order),
        facts: { file: layout.facts, records: facts },
        entities: { file: layout.entities, records: entities },
        terms: { file: layout.terms, records: terms },
        quotes: { file: layout.quotes, records: quotes },
        corrections: { file: layout.corrections, records: corrections },
        keyNumbers: { file: layout.keyNumbers, records: keyNumbers },
        charts: { file: layout.charts, records: charts ?? [] },
      },
    ];
  });
}

/**
 * Reads and checks everything: syntax, shape, schemas and the cross-record
 * rules. Returns the bundle, or throws one `ContentError` listing every problem.
 */
export function loadContent(files: ContentFiles, options: CheckOptions, layout: ContentLayout): ContentBundle {
  const { bundle, problems } = readContent(files, layout);
  if (!bundle || problems.length > 0) throw new ContentError(problems);
  const crossRecord = findContentProblems(bundle, options);
  if (crossRecord.length > 0) throw new ContentError(crossRecord);
  return bundle;
}
