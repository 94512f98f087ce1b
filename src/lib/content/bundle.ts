/**
 * What the content rules work on: the bundle of every record read from the
 * content files (each with its file, for error messages), the options of a
 * check, and the problems a check finds. `content-reader.ts` builds the
 * bundle; `validate.ts` runs the rules of `rules/` on it.
 */
import type { Formatter } from '../text/format.ts';
import type { MdxTree } from './mdx-tree.ts';
import type {
  ChartEntry,
  Correction,
  EditionChart,
  EditionEntity,
  EditionFact,
  EditionCorrection,
  EditionKeyNumber,
  EditionQuote,
  EditionStory,
  EditionTerm,
  Entity,
  Fact,
  KeyNumber,
  Quote,
  SectionData,
  SiteData,
  Story,
  Term,
} from './schema.ts';

/** Where each kind of content lives, relative to the project root. */
export interface ContentLayout {
  /** The story's headline, dek, dates and source. */
  story: string;
  /** Every fact with its provenance. */
  facts: string;
  /** People, organisations, places and groups. */
  entities: string;
  /** Glossary terms. */
  terms: string;
  /** Published corrections, clarifications and updates. */
  corrections: string;
  /** The folder of section files (`*.mdx`). */
  sections: string;
  /** The report's quotations shown as block quotes (optional). */
  quotes: string;
  /** The key numbers under the header. */
  keyNumbers: string;
  /** The story's charts: each one's type, the facts in its roles and its words (optional). */
  charts: string;
  /** The folder of editions in other languages, one folder per locale. */
  editions: string;
}

/** Records read from one file, with the file's path for error messages. */
export interface FileRecords<T> {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The records the file holds. */
  records: T[];
}

/** One section file: its front matter, its MDX body, and the body parsed. */
export interface SectionFile {
  /** Path of the MDX file, relative to the project root. */
  file: string;
  /** Validated front matter. */
  data: SectionData;
  /** The MDX body as written (no front matter). */
  body: string;
  /** The body parsed once (`parseMdx`): every rule on the body reads this. */
  tree: MdxTree;
}

/** Everything the story is built from. */
export interface ContentBundle {
  /** The story's own record and its file. */
  story: { file: string; data: Story };
  /** One entry per section file. */
  sections: SectionFile[];
  /** All fact records. */
  facts: FileRecords<Fact>;
  /** People, organisations, places and groups. */
  entities: FileRecords<Entity>;
  /** Glossary terms. */
  terms: FileRecords<Term>;
  /** Published corrections, clarifications and updates. */
  corrections: FileRecords<Correction>;
  /** The report's quotations that `<Quote id>` shows (content/stories/{story}/quotes.yaml), where the story has them. */
  quotes?: FileRecords<Quote>;
  /** The key numbers under the header (key-numbers.yaml). */
  keyNumbers: FileRecords<KeyNumber>;
  /** The story's charts (charts.yaml), where the story has them. */
  charts?: FileRecords<ChartEntry>;
  /** The editions in other languages, one per folder under content/stories/{story}/editions/. */
  editions?: EditionContent[];
}

/** One story of the site: its id (its folder's name under content/stories/), its files and its checked records. */
export interface StoryContent {
  id: string;
  layout: ContentLayout;
  bundle: ContentBundle;
}

/** The whole site's content, checked (`site-reader.ts`). */
export interface SiteContent {
  /** The settings (content/site.yaml) and their file. */
  site: { file: string; data: SiteData };
  /** Every story, the front story first, then by id. */
  stories: StoryContent[];
  /**
   * SHA-256 of every file read (each path and its text, by path): what the site's pages are made
   * from, so a rebuild can tell unchanged content (src/data/edition.ts: the pages' cache key).
   */
  digest: string;
}

/** One edition's files: the same story's words in another language. */
export interface EditionContent {
  /** The folder's name: the edition's locale (`de`, `zh`). */
  locale: string;
  story: { file: string; data: EditionStory };
  sections: SectionFile[];
  facts: FileRecords<EditionFact>;
  entities: FileRecords<EditionEntity>;
  terms: FileRecords<EditionTerm>;
  quotes: FileRecords<EditionQuote>;
  /** The corrections' words (dates, kinds, sections, facts and sources come from English). */
  corrections: FileRecords<EditionCorrection>;
  /** The key numbers' words. */
  keyNumbers: FileRecords<EditionKeyNumber>;
  /** The charts' words, by the English chart's id (no records when the edition has no charts file). */
  charts: FileRecords<EditionChart>;
}

/** Options of the checks. */
export interface CheckOptions {
  /** The build's date, YYYY-MM-DD (UTC): no correction may be dated later. Defaults to today. */
  today?: string;
  /** The default edition's formatter: section titles and summaries are measured as it prints them. */
  formatter: Formatter;
}

/** One thing wrong with the content. */
export interface ContentProblem {
  /** File the problem is in. */
  file: string;
  /** Line in the file, from 1, where the reader knows it. */
  line?: number;
  /** Record and field, like `facts[bmw-shenyang-investment-cny].source.quote`. */
  field: string;
  /** What is wrong, in words an editor can act on. */
  message: string;
}

/** Thrown when content breaks a rule; its message lists every problem. */
export class ContentError extends Error {
  override name = 'ContentError';
  /** The problems found, in file order. */
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
  }
}
