/**
 * Bad content, at random. Takes the real `content/` files and applies seeded
 * random mutations (deleted or retyped fields, duplicate or unknown ids, typed
 * digits in prose, evidence without its number, bad ranges, URLs and dates,
 * emptied files, broken YAML and MDX, a removed section, a broken placeholder
 * …), then runs each bundle through the one loading path the build uses
 * (`loadContent`). A mutation that breaks a rule must fail with a
 * `ContentError` whose every problem names a content file and a field; one
 * that keeps the content valid must pass; nothing may throw anything else.
 * Seeded and reproducible (FUZZ_SEED, FUZZ_RUNS); prints the count of cases
 * and of distinct error kinds.
 */
import fc from 'fast-check';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/content-disk.ts';
import { editionLayout, loadContent } from '../../src/lib/content/content-reader.ts';
import { ContentError } from '../../src/lib/content/bundle.ts';
import { ROOT } from './content-files.ts';
import { fmt } from './english.ts';
import { STORY_FILES } from '../support/story-files.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);
/** The build date the checks assume, fixed so a run never depends on the clock. */
const TODAY = '2030-01-01';

const BASE = readContentFiles(ROOT, STORY_FILES);
const YAML_FILES = [STORY_FILES.story, STORY_FILES.facts, STORY_FILES.entities, STORY_FILES.terms];
const SECTION_FILES = [...BASE.keys()].filter((path) => path.endsWith('.mdx'));
/** The story's charts, and each edition's words for them. */
const CHART_FILES = [
  STORY_FILES.charts,
  ...['de', 'zh'].map((locale) => editionLayout(STORY_FILES.editions, locale).charts),
];
/** Each fact's kind, by id. */
const FACT_KINDS = new Map(
  (parseDocument(BASE.get(STORY_FILES.facts) ?? '').toJSON() as { id: string; kind: string }[]).map((f) => [
    f.id,
    f.kind,
  ]),
);
const KNOWN_FILES = new Set([...BASE.keys(), STORY_FILES.corrections, `${STORY_FILES.sections}/`]);

/** What a mutation must do to the content. */
type Expect = 'fail' | 'pass';

/** One random edit: its name (for the report), what it must do, and the files after it. */
interface Mutation {
  name: string;
  expect: Expect;
  files: Map<string, string>;
}

type Pick = { file: number; entry: number; field: number; text: string };

const pickArb: fc.Arbitrary<Pick> = fc.record({
  file: fc.nat(),
  entry: fc.nat(),
  field: fc.nat(),
  text: fc.string({ minLength: 0, maxLength: 12 }),
});

/** Edits one entry of one YAML list file through the YAML document model. */
function editEntry(
  path: string,
  entryIndex: number,
  change: (entry: YAMLMap, doc: ReturnType<typeof parseDocument>) => boolean,
): Map<string, string> | undefined {
  const files = new Map(BASE);
  const doc = parseDocument(BASE.get(path) ?? '');
  if (!isSeq(doc.contents) || doc.contents.items.length === 0) return undefined;
  const entry = doc.contents.items[entryIndex % doc.contents.items.length];
  if (!isMap(entry)) return undefined;
  if (!change(entry, doc)) return undefined;
  files.set(path, doc.toString());
  return files;
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** Required fields of each file's entries, and a wrong type for each. */
const REQUIRED: Record<string, string[]> = {
  [STORY_FILES.story]: ['headline', 'dek', 'inBrief', 'published', 'source', 'language'],
  [STORY_FILES.facts]: ['id', 'label', 'kind'],
  [STORY_FILES.entities]: ['id', 'type', 'name', 'description'],
  [STORY_FILES.terms]: ['id', 'term', 'definition'],
};

/** Every kind of mutation, each a function of random picks. */
const MUTATIONS: ((p: Pick) => Mutation | undefined)[] = [
  // Delete a required field.
  (p) => {
    const path = at(YAML_FILES, p.file);
    const field = at(REQUIRED[path] ?? ['id'], p.field);
    const files = editEntry(path, p.entry, (entry) => entry.delete(field));
    return files && { name: `delete ${field}`, expect: 'fail', files };
  },
  // Retype a field: text where a list or number is wanted, a list where text is.
  (p) => {
    const path = at(YAML_FILES, p.file);
    const field = at(REQUIRED[path] ?? ['id'], p.field);
    const files = editEntry(path, p.entry, (entry, doc) => {
      const value: unknown = entry.get(field);
      if (value === undefined) return false;
      entry.set(field, doc.createNode(typeof value === 'string' ? [value, 7] : 12345));
      return true;
    });
    return files && { name: `retype ${field}`, expect: 'fail', files };
  },
  // Duplicate an entry (same id twice).
  (p) => {
    const path = at([STORY_FILES.facts, STORY_FILES.entities, STORY_FILES.terms], p.file);
    const files = editEntry(path, p.entry, (entry, doc) => {
      if (!isSeq(doc.contents)) return false;
      doc.contents.items.push(entry.clone());
      return true;
    });
    return files && { name: 'duplicate id', expect: 'fail', files };
  },
  // An unknown id where another record is named.
  (p) => {
    const files = editEntry(STORY_FILES.facts, p.entry, (entry) => {
      if (!entry.has('claimedBy')) return false;
      entry.set('claimedBy', 'nobody-at-all');
      return true;
    });
    return files && { name: 'unknown claimant', expect: 'fail', files };
  },
  (p) => {
    const path = at(SECTION_FILES, p.file);
    const text = BASE.get(path) ?? '';
    const ids = [...text.matchAll(/<(Fact|Who|Term) id="([a-z0-9-]+)"/g)];
    if (ids.length === 0) return undefined;
    const hit = at(ids, p.entry);
    const files = new Map(BASE).set(path, text.replace(hit[0], `<${hit[1]} id="${hit[2]}-unknown"`));
    return { name: `unknown <${hit[1]} id>`, expect: 'fail', files };
  },
  // Digits typed into prose, a title or a bullet.
  (p) => {
    const path = at(SECTION_FILES, p.file);
    const text = BASE.get(path) ?? '';
    const end = text.indexOf('\n---', 4);
    const body = text.slice(end + 4);
    const paragraphs = [...body.matchAll(/^[A-Z][^<\n]{10,}$/gm)];
    if (paragraphs.length === 0) return undefined;
    const hit = at(paragraphs, p.entry);
    const files = new Map(BASE).set(path, text.slice(0, end + 4) + body.replace(hit[0], `${hit[0]} About 42 more.`));
    return { name: 'typed number in prose', expect: 'fail', files };
  },
  (p) => {
    const files = editEntry(STORY_FILES.story, 0, (entry) => {
      const bullets = entry.get('inBrief');
      if (!isSeq(bullets)) return false;
      bullets.set(p.entry % bullets.items.length, `Now with ${1 + (p.field % 900)} typed figures in the bullet.`);
      return true;
    });
    return files && { name: 'typed number in bullet', expect: 'fail', files };
  },
  // Evidence that no longer holds its number.
  (p) => {
    const files = editEntry(STORY_FILES.facts, p.entry, (entry) => {
      if (typeof entry.get('value') !== 'number' || !isMap(entry.get('source'))) return false;
      (entry.get('source') as YAMLMap).set('quote', 'a phrase from somewhere else in the report');
      return true;
    });
    return files && { name: 'quote without its number', expect: 'fail', files };
  },
  // A range turned upside down, a paragraph outside the report.
  (p) => {
    const files = editEntry(STORY_FILES.facts, p.entry, (entry, doc) => {
      const value = entry.get('value');
      if (!isMap(value)) return false;
      if (value.has('min')) {
        entry.set('value', doc.createNode({ min: 30, max: 3 }));
      } else if (value.has('lat')) {
        entry.set('value', doc.createNode({ lat: 123, lon: 0 }));
      } else return false;
      return true;
    });
    return files && { name: 'bad range or point', expect: 'fail', files };
  },
  (p) => {
    const files = editEntry(STORY_FILES.facts, p.entry, (entry) => {
      if (!isMap(entry.get('source'))) return false;
      (entry.get('source') as YAMLMap).set('paragraph', 19 + (p.field % 50));
      return true;
    });
    return files && { name: 'paragraph out of range', expect: 'fail', files };
  },
  // A bad URL, a bad date.
  (p) => {
    const files = editEntry(STORY_FILES.facts, p.entry, (entry) => {
      if (!isMap(entry.get('outside'))) return false;
      (entry.get('outside') as YAMLMap).set('url', at(['not a url', 'ftp://example.org/x', '//example.org'], p.field));
      return true;
    });
    return files && { name: 'bad url', expect: 'fail', files };
  },
  (p) => {
    const files = editEntry(STORY_FILES.story, 0, (entry) => {
      entry.set('published', at(['2026-13-01', '2026-02-30', '28 November 2026', 'soon', '2026-1-1'], p.field));
      return true;
    });
    return files && { name: 'bad date', expect: 'fail', files };
  },
  // An emptied or replaced file; broken YAML; broken MDX.
  (p) => {
    const path = at([...YAML_FILES, ...SECTION_FILES], p.file);
    const text = at(['', '\n', '# nothing left\n', 'just: a map\n', 'plain text'], p.field);
    return { name: 'emptied or replaced file', expect: 'fail', files: new Map(BASE).set(path, text) };
  },
  (p) => {
    // Each of these is invalid wherever it lands: a key written twice in one
    // entry, a flow list or a quoted text never closed, a tab as indentation.
    const path = at(YAML_FILES, p.file);
    const text = BASE.get(path) ?? '';
    const lines = text.split('\n');
    const keys = lines.map((l, i) => [l, i] as const).filter(([l]) => /^ {2}[a-zA-Z]+:( |$)/.test(l));
    const [line, index] = at(keys, p.entry);
    const variant = p.field % 4;
    if (variant === 0) lines.splice(index, 0, line);
    else if (variant === 1) lines.push('- [unclosed');
    else if (variant === 2) lines.push('- "unclosed');
    else lines[index] = `\t${line.trimStart()}`;
    return { name: 'invalid YAML', expect: 'fail', files: new Map(BASE).set(path, lines.join('\n')) };
  },
  (p) => {
    const path = at(SECTION_FILES, p.file);
    const text = BASE.get(path) ?? '';
    const tags = [...text.matchAll(/<(Who|Fact|Term) [^>]*?\/>/g)];
    if (tags.length === 0) return undefined;
    const hit = at(tags, p.entry);
    return {
      name: 'unclosed MDX tag',
      expect: 'fail',
      files: new Map(BASE).set(path, text.replace(hit[0], hit[0].replace('/>', '>'))),
    };
  },
  (p) => {
    const path = at(SECTION_FILES, p.file);
    const text = BASE.get(path) ?? '';
    return {
      name: 'broken front matter',
      expect: 'fail',
      files: new Map(BASE).set(
        path,
        at([text.replace(/^---\n/, ''), text.replace(/\ntitle: /, '\ntitle: [')], p.field),
      ),
    };
  },
  // A section removed.
  (p) => {
    const files = new Map(BASE);
    files.delete(at(SECTION_FILES, p.file));
    return { name: 'section removed', expect: 'fail', files };
  },
  // A placeholder broken in a title, summary or bullet.
  (p) => {
    const holders = [...BASE.entries()].flatMap(([path, text]) =>
      // Placeholders in text readers see, not in YAML comments.
      [...text.replace(/^\s*#.*$/gm, '').matchAll(/\{\{([a-z0-9-]+)\}\}/g)].map((m) => [path, m[0]] as const),
    );
    const [path, holder] = at(holders, p.entry);
    const broken = at([holder.slice(0, -2), holder.slice(2), holder.replace('}}', '} }')], p.field);
    return {
      name: 'broken placeholder',
      expect: 'fail',
      files: new Map(BASE).set(path, (BASE.get(path) ?? '').replace(holder, broken)),
    };
  },
  // A chart of an unknown type, a role renamed, dropped or filled with an unknown fact or one of another kind.
  (p) => {
    const files = editEntry(STORY_FILES.charts, p.entry, (entry, doc) => {
      const facts = entry.get('facts');
      if (!isMap(facts)) return false;
      const roles = facts.items.map((pair) => String(pair.key as unknown));
      const role = at(roles, p.field);
      // A fact of another kind than the role's own: never fit for the role.
      const kind = FACT_KINDS.get(String(facts.get(role)));
      const other = at(
        [...FACT_KINDS].filter(([, k]) => k !== kind),
        p.entry,
      )[0];
      const variant = p.field % 5;
      if (variant === 0) entry.set('type', at(['pie', 'bar', 'unit count', 'Locator-map'], p.entry));
      else if (variant === 1) facts.delete(role);
      else if (variant === 2) facts.set(`${role}s`, doc.createNode(facts.get(role)));
      else if (variant === 3) facts.set(role, 'no-such-fact');
      else facts.set(role, other);
      return true;
    });
    return files && { name: 'chart type or role broken', expect: 'fail', files };
  },
  // A chart's word dropped or given a placeholder its type does not fill, in English or an edition.
  (p) => {
    const path = at(CHART_FILES, p.file);
    const files = editEntry(path, p.entry, (entry) => {
      const words = entry.get('words');
      if (!isMap(words)) return false;
      const key = String(at(words.items, p.field).key as unknown);
      if (p.field % 2 === 0) words.delete(key);
      else words.set(key, `${String(words.get(key))} {nothing}`);
      return true;
    });
    return files && { name: 'chart word dropped or unknown placeholder', expect: 'fail', files };
  },
  // An edition without the words of one chart.
  (p) => {
    const path = at(CHART_FILES.slice(1), p.file);
    const doc = parseDocument(BASE.get(path) ?? '');
    if (!isSeq(doc.contents)) return undefined;
    doc.contents.items.splice(p.entry % doc.contents.items.length, 1);
    return {
      name: 'chart words missing in an edition',
      expect: 'fail',
      files: new Map(BASE).set(path, doc.toString()),
    };
  },
  // Harmless edits that must still pass: reordered entries, reworded labels, comments.
  (p) => {
    // A chart's roles in another order: the table keeps its type's order.
    const files = editEntry(STORY_FILES.charts, p.entry, (entry) => {
      const facts = entry.get('facts');
      if (!isMap(facts) || facts.items.length < 2) return false;
      facts.items.push(...facts.items.splice(0, 1 + (p.field % (facts.items.length - 1))));
      return true;
    });
    return files && { name: 'reordered chart roles', expect: 'pass', files };
  },
  (p) => {
    const path = at([STORY_FILES.facts, STORY_FILES.entities, STORY_FILES.terms], p.file);
    const doc = parseDocument(BASE.get(path) ?? '');
    if (!isSeq(doc.contents)) return undefined;
    const items = doc.contents.items;
    const i = p.entry % items.length;
    const j = p.field % items.length;
    const [moved] = items.splice(i, 1);
    if (moved) items.splice(j, 0, moved);
    return { name: 'reordered entries', expect: 'pass', files: new Map(BASE).set(path, doc.toString()) };
  },
  (p) => {
    const files = editEntry(STORY_FILES.facts, p.entry, (entry) => {
      entry.set('label', `Reworded label ${p.text.replace(/[\d{}]/g, '')}`.trim());
      return true;
    });
    return files && { name: 'reworded label', expect: 'pass', files };
  },
  (p) => {
    const path = at(YAML_FILES, p.file);
    return {
      name: 'added comment',
      expect: 'pass',
      files: new Map(BASE).set(path, `# ${p.text.replace(/\n/g, ' ')}\n${BASE.get(path)}`),
    };
  },
];

const mutationArb = fc
  .tuple(fc.nat({ max: MUTATIONS.length - 1 }), pickArb)
  .map(([kind, pick]) => {
    const mutation = (MUTATIONS[kind] as (p: Pick) => Mutation | undefined)(pick);
    return mutation && { ...mutation, kind };
  })
  .filter((m): m is Mutation & { kind: number } => m !== undefined)
  // A counterexample prints as its name and the files it changed, not the whole content.
  .map((m) =>
    Object.assign(m, {
      [fc.toStringMethod]: () =>
        `${m.name} (${m.expect}) in ${[...m.files.keys()].filter((k) => m.files.get(k) !== BASE.get(k)).join(', ') || 'a removed file'}`,
    }),
  );

/** A problem's kind, for the summary: the field's last part and the message's first words. */
function kindOf(field: string, message: string): string {
  const last =
    field
      .replace(/\[[^\]]*\]/g, '')
      .split('.')
      .at(-1) ?? field;
  return `${last.replace(/^body line \d+.*$/, 'body')}: ${message
    .replace(/"[^"]*"|\d+/g, '…')
    .split(/[;:(]/)[0]
    ?.trim()}`;
}

describe('random bad content', () => {
  it(`fails every broken bundle with a ContentError naming file and field, passes every sound one (${RUNS} cases, seed ${SEED})`, () => {
    const kinds = new Set<string>();
    const names = new Map<string, number>();
    const kindsTried = new Set<number>();
    fc.assert(
      fc.property(mutationArb, (mutation) => {
        names.set(mutation.name, (names.get(mutation.name) ?? 0) + 1);
        kindsTried.add(mutation.kind);
        let error: unknown;
        try {
          loadContent(mutation.files, { today: TODAY, formatter: fmt }, STORY_FILES);
        } catch (caught) {
          error = caught;
        }
        if (mutation.expect === 'pass') {
          expect(error, `${mutation.name} must pass: ${String(error)}`).toBeUndefined();
          return;
        }
        expect(error, `${mutation.name} must fail`).toBeInstanceOf(ContentError);
        const problems = (error as ContentError).problems;
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(KNOWN_FILES.has(problem.file), `${mutation.name}: file "${problem.file}"`).toBe(true);
          expect(problem.field.length, `${mutation.name}: field`).toBeGreaterThan(0);
          expect(problem.message.length, `${mutation.name}: message`).toBeGreaterThan(0);
          expect(problem.message).not.toMatch(/\n\s+at /);
          kinds.add(kindOf(problem.field, problem.message));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const total = [...names.values()].reduce((a, b) => a + b, 0);
    console.log(
      `content fuzz: ${total} cases (seed ${SEED}), ${kindsTried.size} mutation kinds (${names.size} variants), ${kinds.size} distinct error kinds`,
    );
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(kindsTried.size, 'every kind of mutation was tried').toBe(MUTATIONS.length);
  }, 120_000);
});
