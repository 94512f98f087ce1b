/**
 * Schemas for everything an editor writes under `content/`.
 *
 * The schemas are the documentation of the content model: every field has a
 * one-line comment saying what it holds. They know nothing about Astro pages or
 * how charts are drawn; `src/content.config.ts` hands them to Astro's loaders and
 * the unit tests use them directly on fixtures. Cross-record rules (an id that
 * must exist, a paragraph every section must cite, a chart's roles and words
 * against its type) live in `validate.ts` and `rules/`.
 */
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every id and slug. */
const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be lower-case words joined by hyphens, like "key-figures"',
});

/** A calendar date written as YYYY-MM-DD. */
const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    },
    {
      error: 'is not a date on the calendar',
    },
  );

/** A calendar month written as YYYY-MM. */
const YearMonthSchema = z.string().regex(/^\d{4}-\d{2}$/, { error: 'must be a month written YYYY-MM' });

/** An absolute http(s) address. */
const HttpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** The number range a value can take, such as 25 to 26 orders a day. */
export const RangeSchema = z
  .object({
    /** The low end of the range. */
    min: z.number(),
    /** The high end of the range. */
    max: z.number(),
  })
  .strict()
  .refine((range) => range.min <= range.max, { error: 'min must not be larger than max' });

/** A point on Earth in decimal degrees. */
export const CoordinatesSchema = z
  .object({
    /** Latitude, north positive. */
    lat: z.number().min(-90).max(90),
    /** Longitude, east positive. */
    lon: z.number().min(-180).max(180),
  })
  .strict();

/** What a fact's value is: a number, a range, a point or a short text. */
export const FactValueSchema = z.union([z.number(), RangeSchema, CoordinatesSchema, z.string().min(1)]);

/** Where a reported fact stands in the source report. */
const SourceRefSchema = z
  .object({
    /** Paragraph number in the source report, counted from 1. */
    paragraph: z.number().int({ error: 'must be a whole paragraph number' }),
    /** Evidence: a short phrase copied exactly from that paragraph. */
    quote: z.string().min(3, { error: 'must quote at least a few words of the paragraph' }),
  })
  .strict();

/** How a derived fact is computed from other facts (the code in `derive.ts` does the sum). */
const DerivationSchema = z
  .object({
    /** Ids of the facts the computation reads, in the order the formula uses them. */
    inputs: z.array(IdSchema).min(1, { error: 'must name at least one input fact' }),
    /** Which computation: ratio (a / b), sum (a + b + …) or great-circle-km (two points, Earth's radius). */
    formula: z.enum(['ratio', 'sum', 'great-circle-km']),
    /** The computation in words, shown to readers on the sources page. */
    explanation: z.string().min(10),
  })
  .strict();

/** Where an outside fact (not from the report) comes from. */
const OutsideSourceSchema = z
  .object({
    /** The source's name as a reader would cite it. */
    name: z.string().min(3),
    /** A public address for the source. */
    url: HttpUrlSchema,
  })
  .strict();

/** Who makes a claim, in the report's framing. */
export const ClaimTypeSchema = z.enum(['report', 'official', 'company', 'industry-body', 'expert', 'participants']);

/** The kinds of fact, which decide how a value is described and grouped. */
export const FactKindSchema = z.enum([
  'money',
  'count',
  'distance',
  'duration',
  'rate',
  'year',
  'date',
  'place',
  'statement',
]);

/** What kind of value a fact holds. */
export type FactKind = z.infer<typeof FactKindSchema>;

/** What a fact said before a correction changed it. */
const FactRevisionSchema = z
  .object({
    /** Id of the entry in `corrections.yaml` that changed the fact. */
    correction: IdSchema,
    /** The label as it was published before that correction, if it changed. */
    label: z.string().min(3).optional(),
    /** The value as it was published before that correction, if it changed. */
    value: FactValueSchema.optional(),
  })
  .strict()
  .refine((revision) => revision.label !== undefined || revision.value !== undefined, {
    error: 'must give the earlier label, the earlier value, or both',
  });

/**
 * One fact. Exactly one of `source` (the report said it), `derived` (computed
 * here from other facts) or `outside` (from a named outside source) is set.
 */
export const FactSchema = z
  .object({
    /** Stable id; prose and charts refer to the fact by it. */
    id: IdSchema,
    /** What the fact is, in a few words, as a table row would name it. */
    label: z.string().min(3),
    /** The value. Derived facts leave it out: code computes it. */
    value: FactValueSchema.optional(),
    /** Unit written after the number ("yuan", "km", "orders a day"); empty for plain counts and text. */
    unit: z.string().default(''),
    /** What sort of fact this is. */
    kind: FactKindSchema,
    /** Decimal places to show; negative rounds to tens (-1), hundreds (-2). */
    decimals: z.number().int().min(-3).max(4).optional(),
    /** Id of the person or organisation that makes the claim (reported facts only). */
    claimedBy: IdSchema.optional(),
    /** What kind of claim it is (reported facts only). */
    claimType: ClaimTypeSchema.optional(),
    /** Provenance in the report: paragraph and evidence phrase. */
    source: SourceRefSchema.optional(),
    /** Provenance of a computed fact: its inputs and formula. */
    derived: DerivationSchema.optional(),
    /** Provenance of a fact from outside the report. */
    outside: OutsideSourceSchema.optional(),
    /** Earlier published wordings or values of this fact, oldest first; each names the correction that changed it. */
    history: z.array(FactRevisionSchema).optional(),
  })
  .strict()
  .superRefine((fact, ctx) => {
    const origins = [fact.source, fact.derived, fact.outside].filter(Boolean).length;
    if (origins !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'needs exactly one of source (from the report), derived (computed) or outside (another source)',
      });
    }
    if (fact.derived && fact.value !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'must be left out of a derived fact: code computes it',
      });
    }
    if (!fact.derived && fact.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is required unless the fact is derived' });
    }
    if (fact.source && (!fact.claimedBy || !fact.claimType)) {
      ctx.addIssue({
        code: 'custom',
        path: [fact.claimedBy ? 'claimType' : 'claimedBy'],
        message: 'is required for a fact from the report: say who makes the claim and what kind of claim it is',
      });
    }
  });
export type Fact = z.infer<typeof FactSchema>;
export type FactValue = z.infer<typeof FactValueSchema>;
export type Range = z.infer<typeof RangeSchema>;
export type Coordinates = z.infer<typeof CoordinatesSchema>;
export type ClaimType = z.infer<typeof ClaimTypeSchema>;

/** A person, organisation, place or group named in the report. */
export const EntitySchema = z
  .object({
    /** Stable id; `<Who id="…">` and `claimedBy` refer to it. */
    id: IdSchema,
    /** What sort of entity this is. */
    type: z.enum(['person', 'organisation', 'place', 'group', 'publication']),
    /** Name as readers know it. */
    name: z.string().min(2),
    /** Short name for second mentions ("Zipse", "BAIC"). */
    shortName: z.string().min(2).optional(),
    /** A person's role, in the report's terms ("deputy head of Shunyi district"). */
    role: z.string().optional(),
    /** Id of the organisation a person speaks for. */
    organisation: IdSchema.optional(),
    /** One line in our own words on who or what this is. */
    description: z.string().min(10),
    /**
     * Named outside source for whatever the description says that the report does not
     * (leave it out when the description only restates the report).
     */
    source: OutsideSourceSchema.optional(),
    /** Id of an outside fact holding this place's coordinates. */
    coordinates: IdSchema.optional(),
    /** Slugs of the sections where this entity is named with `<Who>`; a publication may list none. */
    sections: z.array(IdSchema).default([]),
  })
  .strict()
  .superRefine((entity, ctx) => {
    if (entity.type !== 'publication' && entity.sections.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: 'must list at least one section where the entry is named',
      });
    }
    if (entity.type === 'person' && !entity.role) {
      ctx.addIssue({ code: 'custom', path: ['role'], message: 'is required for a person' });
    }
  });
export type Entity = z.infer<typeof EntitySchema>;

/** A term a reader may not know, defined in our own words. */
export const TermSchema = z
  .object({
    /** Stable id; `<Term id="…">` refers to it. */
    id: IdSchema,
    /** The term as shown in the glossary. */
    term: z.string().min(2),
    /** Other spellings or abbreviations of the term. */
    aliases: z.array(z.string()).default([]),
    /** One or two sentences in our own words. */
    definition: z.string().min(20).max(400),
    /** Named outside source for the definition, when it says more than the report does. */
    source: OutsideSourceSchema.optional(),
  })
  .strict();
export type Term = z.infer<typeof TermSchema>;

/** Front matter of one section file in `content/stories/{story}/sections/`. */
export const SectionSchema = z
  .object({
    /** Stable id: the `#fragment` and `/slug/` of the section. Never change it once published. */
    slug: IdSchema,
    /** Heading of the section. */
    title: z.string().min(3).max(90),
    /** Position in the story, from 1. */
    order: z.number().int().positive(),
    /** One or two sentences for share previews and the table of contents. */
    summary: z.string().min(20).max(200, { error: 'must be at most 200 characters: share previews cut longer text' }),
    /** Paragraph numbers of the report this section explains. */
    paragraphs: z.array(z.number().int()).min(1, { error: 'must cite at least one paragraph of the report' }),
    /** Id of the fact shown as this section's key number on share cards. */
    keyFact: IdSchema.optional(),
  })
  .strict();
export type SectionData = z.infer<typeof SectionSchema>;

/**
 * The site as a whole, apart from any story: `content/site.yaml`. Each story is a folder under
 * `content/stories/`; the site's languages are the editions of `src/i18n/locales.ts`.
 */
export const SiteSchema = z
  .object({
    /** Always "site": the single entry of the file. */
    id: z.literal('site'),
    /** The story served at the site root: the name of its folder under `content/stories/`. */
    frontStory: IdSchema,
    /** The site's name in each language (by locale code), used in page titles, share cards and citations. */
    name: z.record(z.string(), z.string().min(2)),
  })
  .strict();
export type SiteData = z.infer<typeof SiteSchema>;

/**
 * What we say of the report's date, in our words, where the site names the report. In each text
 * `{covers}` stands for the period the report covers (`source.covers`), `{{fact-id}}` for a fact as
 * readers see it and `{{¶fact-id}}` for the paragraph of the report that fact quotes ("¶8");
 * `sourcesPage` may also quote the report's own words as `<q>…</q>` (they stay English in every edition).
 */
const DatingSchema = z
  .object({
    /** In the footer, after the report's headline, kind and dateline: "The report is undated; it describes events of {covers}." */
    footer: z.string().min(5),
    /** On the sources page, after the same: how the report's date is known, with the evidence. */
    sourcesPage: z.string().min(5),
    /** In the report's citation note (BibTeX, CSL-JSON), after its kind and dateline: "undated". */
    citation: z.string().min(2),
  })
  .strict();

/** The story as a whole: headline, summary, dates and source. */
export const StorySchema = z
  .object({
    /** Always "story": the single entry of this collection. */
    id: z.literal('story'),
    /** Headline of the explainer. */
    headline: z.string().min(10).max(110),
    /** What the story is about, in a few words, shown above the headline after "Explainer ·". */
    topic: z.string().min(3).max(80),
    /** One-paragraph summary in our own words. */
    dek: z.string().min(50).max(400),
    /** "In 30 seconds": three to five bullets in our own words; numbers only as {{fact-id}} placeholders. */
    inBrief: z
      .array(z.string().min(20).max(240))
      .min(3, { error: 'needs at least 3 bullets' })
      .max(5, { error: 'must have at most 5 bullets: it is the 30-second read' }),
    /** Language of the text, as a BCP 47 tag. */
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
    /** When this explainer was first published. */
    published: IsoDateSchema,
    /** The report this explainer is based on. */
    source: z
      .object({
        /** The report's headline. */
        headline: z.string().min(10),
        /** Where the report was filed. */
        dateline: z.string().min(2),
        /** What the report is, in words ("an English-language news report"). */
        kind: z.string().min(4),
        /**
         * The period of the events the report describes: what is known of its date when it
         * carries none of its own (never a date it was written).
         */
        covers: z
          .object({
            /** The period in words ("late April – early May 2024"). */
            text: z.string().min(4),
            /** First month of the period, YYYY-MM, for machines. */
            from: YearMonthSchema,
            /** Last month of the period, YYYY-MM. */
            to: YearMonthSchema,
          })
          .strict(),
        /** Who published the copy we cite. */
        publisher: z.string().min(3),
        /** Id of an outside fact saying what the publisher is; shown beside its name wherever the source is named. */
        publisherFact: IdSchema.optional(),
        /** Date of that public copy. */
        published: IsoDateSchema,
        /** Address of that public copy. */
        url: HttpUrlSchema,
        /** How many numbered paragraphs the report has. */
        paragraphs: z.number().int().positive(),
        /** What we say of the report's date, in the footer, on the sources page and in its citation. */
        dating: DatingSchema,
      })
      .strict(),
  })
  .strict();
export type Story = z.infer<typeof StorySchema>;

/** The story record as an edition shows it: in its words, with the site's name in its language (content/site.yaml). */
export type ShownStory = Story & {
  siteName: string;
};

/** Kinds of published change, as newsrooms name them. */
export const CorrectionKindSchema = z.enum(['correction', 'clarification', 'update']);
export type CorrectionKind = z.infer<typeof CorrectionKindSchema>;

/**
 * One published correction, clarification or update: `content/stories/{story}/corrections.yaml`.
 * Typo fixes are not recorded; anything that changed what a reader was told is.
 */
/** A correction's one-line summary: short words, no full stop (the line adds it). */
const CorrectionSummarySchema = z
  .string()
  .trim()
  .min(2, { error: 'must say in a few words what changed' })
  .max(80, { error: 'must be short: a few words (at most 80 characters)' })
  .refine((text) => !/[.。]$/u.test(text), { error: 'must not end with a full stop: the line adds one' });

/** Who published an outside source, its address and its date. */
const CorrectionSourceSchema = z
  .object({
    /** The publisher and title: "BMW Group press release". */
    name: z.string().trim().min(2),
    /** Where it can be read. */
    url: HttpUrlSchema,
    /** Its date, YYYY-MM-DD. */
    date: IsoDateSchema,
  })
  .strict();

export const CorrectionSchema = z
  .object({
    /** Stable id: the `#fragment` on the corrections page and the feed entry's id. Never change it. */
    id: IdSchema,
    /** When the change was published, YYYY-MM-DD: not before the story's `published` date, not after the build. */
    date: IsoDateSchema,
    /** A correction fixes an error; a clarification makes something clearer; an update adds what is new. */
    kind: CorrectionKindSchema,
    /** Slugs of the sections the change touches; leave empty when it touches the story as a whole. */
    sections: z.array(IdSchema).default([]),
    /** Ids of the facts the change touches. */
    facts: z.array(IdSchema).default([]),
    /**
     * What an earlier version said and what is right, in plain words: "An earlier version called … It is …".
     * Figures only as {{fact-id}} placeholders; dates and years may be written out.
     */
    description: z
      .string()
      .trim()
      .min(20, { error: 'must say, in a sentence or two, what was wrong and what is right' })
      .max(600),
    /**
     * What changed, in at most eight words, without a full stop: "Zipse's title". A section shows it as
     * one line ("Corrected 28 November 2026: Zipse's title."); the full `description` stays on the
     * corrections page, in the feed and in JSON-LD.
     */
    summary: CorrectionSummarySchema,
    /** The outside source an `update` relies on: who published it, where, and when (YYYY-MM-DD). */
    source: CorrectionSourceSchema.optional(),
  })
  .strict();
export type Correction = z.infer<typeof CorrectionSchema>;

/** One of the report's direct quotations, shown as a block quote: `content/stories/{story}/quotes.yaml`. */
export const QuoteSchema = z
  .object({
    /** Stable id; `<Quote id="…" />` shows it. */
    id: IdSchema,
    /** Who said it: an id from `entities.yaml`. */
    speaker: IdSchema,
    /** What follows the speaker's short name under the quote ("president of BAIC"). */
    affiliation: z.string().min(2),
    /** The report's paragraph the quote stands in. */
    paragraph: z.number().int().positive(),
    /** The words exactly as the report gives them, without quotation marks. */
    text: z.string().min(10),
  })
  .strict();
export type Quote = z.infer<typeof QuoteSchema>;

/** A chart's words: each a text that may hold the `{placeholders}` its type lists. */
const ChartWordsSchema = z.record(
  z.string(),
  z.string().refine((text) => text.trim().length > 0, { error: 'must not be empty' }),
);

/**
 * One chart of the story: `charts.yaml`. Its type (src/lib/charts/chart-types.ts) decides the
 * drawing, the roles its facts fill and the words it needs; the rules check all three.
 */
export const ChartSchema = z
  .object({
    /** Stable id: `<Chart id="…" />`, `embed/{id}/` and `data/{id}.csv|svg|png`. Never rename once published. */
    id: IdSchema,
    /** The chart type: `unit-count`, `dual-scale-bar`, `place-map` or `scale-comparison`. */
    type: z.string().min(1),
    /** The fact in each of the type's roles: role → fact id. */
    facts: z.record(z.string(), IdSchema),
    /** The size it is laid out at, in SVG units, where it must differ from its type's. */
    size: z
      .object({ width: z.number().int().min(200).max(1200), height: z.number().int().min(100).max(1200) })
      .strict()
      .optional(),
    /** Its English words: title, takeaway, description, source and the type's labels. */
    words: ChartWordsSchema,
  })
  .strict();
export type ChartEntry = z.infer<typeof ChartSchema>;

// Editions: one story in another language. Each file under `content/stories/{story}/editions/{locale}/`
// gives that language's words for records written once in English; ids, numbers, sources
// and structure come from the English records.

/** The story's words in an edition: `content/stories/{story}/editions/{locale}/story.yaml`. */
export const EditionStorySchema = z
  .object({
    /** Always "story". */
    id: z.literal('story'),
    /** Headline in this language, no digits. */
    headline: z.string().min(10).max(120),
    /** Dek in this language, no digits. */
    dek: z.string().min(20).max(400),
    /** What the story is about, in this language, above the headline. */
    topic: z.string().min(2).max(80),
    /** The same bullets as English, with the same `{{fact}}` placeholders. */
    inBrief: z.array(z.string().min(10)).min(3).max(5),
    /** When this edition was first published (YYYY-MM-DD). */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
    /** The report described in this language (the same report as English). */
    source: z
      .object({
        /** "an English-language news report" in this language. */
        kind: z.string().min(5),
        /** "Beijing" in this language. */
        dateline: z.string().min(2),
        /** The period of the events, in this language. */
        covers: z.string().min(5),
        /** The publisher of the public copy, in this language. */
        publisher: z.string().min(3),
        /** What we say of the report's date, in this language, with the English text's placeholders and quotes. */
        dating: DatingSchema,
      })
      .strict(),
  })
  .strict();
export type EditionStory = z.infer<typeof EditionStorySchema>;

/** A fact's words in an edition: label, and the value when it is text. */
export const EditionFactSchema = z
  .object({
    id: IdSchema,
    /** What the fact is, in this language. */
    label: z.string().min(3),
    /** The value in this language, for facts whose value is text. */
    value: z.string().min(1).optional(),
    /** How a derived fact is worked out, in this language. */
    explanation: z.string().min(10).optional(),
  })
  .strict();
export type EditionFact = z.infer<typeof EditionFactSchema>;

/** An entity's words in an edition. */
export const EditionEntitySchema = z
  .object({
    id: IdSchema,
    /** The name as this readership writes it. */
    name: z.string().min(1),
    /** Short form, where English has one. */
    shortName: z.string().min(1).optional(),
    /** Role, where English has one. */
    role: z.string().min(2).optional(),
    /** Description in this language; says no more than the English one. */
    description: z.string().min(10),
    /** Source confirming a name written in Chinese characters. */
    nameSource: OutsideSourceSchema.optional(),
    /** This language's words for the name of the English entry's outside source (its link stays the English one). */
    sourceName: z.string().min(3).optional(),
  })
  .strict();
export type EditionEntity = z.infer<typeof EditionEntitySchema>;

/** A glossary term's words in an edition. */
export const EditionTermSchema = z
  .object({
    id: IdSchema,
    term: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    definition: z.string().min(10).max(400),
    /** Source for this language's name of the term, where it is not a plain translation. */
    source: OutsideSourceSchema.optional(),
  })
  .strict();
export type EditionTerm = z.infer<typeof EditionTermSchema>;

/** A quotation in an edition: our translation, labelled as such. */
export const EditionQuoteSchema = z
  .object({
    id: IdSchema,
    /** Our translation, without quotation marks. */
    text: z.string().min(5),
    /** What follows the speaker's short name, in this language. */
    affiliation: z.string().min(1),
  })
  .strict();
export type EditionQuote = z.infer<typeof EditionQuoteSchema>;

/** A chart's words in an edition: `content/stories/{story}/editions/{locale}/charts.yaml`, by the English chart's id. */
export const EditionChartSchema = z
  .object({
    id: IdSchema,
    /** The same words as the English entry's, in this language, keeping its placeholders. */
    words: ChartWordsSchema,
  })
  .strict();
export type EditionChart = z.infer<typeof EditionChartSchema>;

/**
 * A correction's words in an edition: `content/stories/{story}/editions/{locale}/corrections.yaml`. Dates, kinds,
 * sections, facts and sources come from the English record with the same id.
 */
export const EditionCorrectionSchema = z
  .object({
    id: IdSchema,
    /** What changed, in a few words, in this language (no full stop). */
    summary: CorrectionSummarySchema,
    /** The full text, in this language: what an earlier version said and what is right. */
    description: z
      .string()
      .trim()
      .min(10, { error: 'must say, in a sentence or two, what was wrong and what is right' })
      // German runs about a third longer than English's 600 characters.
      .max(900),
  })
  .strict();
export type EditionCorrection = z.infer<typeof EditionCorrectionSchema>;

/**
 * One key number: a tile of the strip under the header (`content/stories/{story}/key-numbers.yaml`), its values read
 * from the fact book, linking to the section that explains them. Its words may show facts only as
 * `{{fact-id}}` placeholders; a text value inside a phrase reads as it would mid-sentence.
 */
export const KeyNumberSchema = z
  .object({
    /** Stable id of the tile; each edition gives its words under the same id. */
    id: IdSchema,
    /** Ids of the facts shown as the tile's main values, in order ("4 vehicle plants and 2 R&D centres"). */
    facts: z.array(IdSchema).min(1, { error: 'must name at least one fact to show' }),
    /** Id of a fact shown smaller under them, as a conversion ("about 2.82 billion US dollars"). */
    about: IdSchema.optional(),
    /** Slug of the section the tile links to. */
    section: IdSchema,
    /** What the numbers are, after them: "more for BMW’s Shenyang base". */
    caption: z.string().min(3),
    /** Whose figure it is: "BMW’s figure, announced in {{bmw-announcement-date}}". Share cards repeat it. */
    by: z.string().min(3),
    /** Whose conversion the smaller value is ("by the report’s conversion"); only with `about`. */
    aboutNote: z.string().min(3).optional(),
    /** The tile's own unit words for some of its facts, by fact id, instead of the fact's unit. */
    units: z.record(IdSchema, z.string().min(1)).default({}),
  })
  .strict();
export type KeyNumber = z.infer<typeof KeyNumberSchema>;

/** A key number's words in an edition: `content/stories/{story}/editions/{locale}/key-numbers.yaml`; its facts come from English. */
export const EditionKeyNumberSchema = z
  .object({
    id: IdSchema,
    /** What the numbers are, in this language. */
    caption: z.string().min(2),
    /** Whose figure it is, in this language, with the English text's placeholders. */
    by: z.string().min(2),
    /** Whose conversion the smaller value is, where English says so. */
    aboutNote: z.string().min(2).optional(),
    /** The tile's unit words in this language, for the facts English gives them for. */
    units: z.record(IdSchema, z.string().min(1)).default({}),
  })
  .strict();
export type EditionKeyNumber = z.infer<typeof EditionKeyNumberSchema>;
