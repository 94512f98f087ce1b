/**
 * The shape of an edition's UI strings: every key a language file must give,
 * each with what it is for. A language file that misses a key, leaves one
 * empty or drops a `{placeholder}` stops the build naming the file and the key
 * (see `parseUiStrings`). Modelled on Starlight's `schemas/i18n.ts`.
 */
import { z } from 'astro/zod';

/** A non-empty text; `vars` lists the `{placeholders}` it must keep. */
const s = (description: string, ...vars: string[]) =>
  z
    .string()
    .min(1, { error: 'must not be empty' })
    .refine((text) => vars.every((v) => text.includes(`{${v}}`)), {
      error: `must keep the placeholders ${vars.map((v) => `{${v}}`).join(', ')}`,
    })
    .describe(vars.length ? `${description} Placeholders: ${vars.map((v) => `{${v}}`).join(', ')}.` : description);

const ScaleSchema = z.object({
  from: z.number().positive().describe('Smallest value written with this scale word.'),
  divisor: z
    .number()
    .positive()
    .describe('What the value is divided by before the word: 1e9 for "billion", 1e8 for 亿.'),
  word: s('The scale word: "billion", "Mrd.", "亿".'),
});

const FormatSchema = z
  .object({
    numberLocale: s('BCP 47 locale for grouping and decimals (Intl.NumberFormat).'),
    dateLocale: s('BCP 47 locale for dates (Intl.DateTimeFormat).'),
    compareLocale: s('BCP 47 locale for sorting names (Intl.Collator).'),
    scales: z.array(ScaleSchema).describe('Scale words, largest first.'),
    scaleJoiner: z.string().describe('Between a number and its scale word: " " in English, "" in Chinese.'),
    unitJoiner: z.string().describe('Between a number and its unit: " " in English, "" in Chinese.'),
    smallNumbers: z
      .array(z.string().min(1))
      .min(11)
      .describe('Words for zero to ten at least (German: to twelve), for `form="words"` and `proseWordsUpTo`.'),
    proseWordsUpTo: z
      .number()
      .int()
      .min(-1)
      .describe(
        'Whole numbers from zero up to this are spelled out in running text (a <Fact> in prose): 12 in German (dpa); -1 for never. Needs a word in smallNumbers for each.',
      ),
    rangeDash: s('Between the ends of a range: "–"; " bis " in German (dpa), "至" in Chinese.'),
    listSeparator: s('Between items of a list written inline: ", ".'),
    north: s('Latitude north: "N", "北纬".'),
    south: s('Latitude south.'),
    east: s('Longitude east.'),
    west: s('Longitude west.'),
    coordinate: s(
      'One coordinate: "{value}° {hemisphere}"; "{hemisphere}{value}度" in Chinese.',
      'value',
      'hemisphere',
    ),
    coordinateSeparator: s('Between latitude and longitude: ", "; "、" in Chinese.'),
    nbspInDates: z
      .boolean()
      .describe('Whether a date’s words are joined by non-breaking spaces, so "17. Mai 2024" never breaks (German).'),
    units: z
      .record(z.string(), z.string().min(1))
      .describe(
        'Unit words by the unit written in content/facts.yaml ("yuan" → "Yuan"); a unit not listed reads as written.',
      ),
    amountTemplates: z
      .record(
        z.string(),
        z.string().refine((text) => text.includes('{value}'), { error: 'must keep the placeholder {value}' }),
      )
      .describe(
        'How an amount of a unit is written where "{value}{unitJoiner}{unit}" reads wrong: "yuan per US dollar" → "1美元约合{value}元人民币". Tables and data files keep the unit word.',
      ),
    paragraph: s('A paragraph of the report: "¶8".', 'n'),
    reading: z
      .object({
        unit: z.enum(['words', 'characters']).describe('What reading speed counts: words, or characters for Chinese.'),
        perMinute: z.number().positive().describe('Reading speed, in that unit a minute.'),
      })
      .describe(
        'Reading speed for the reading time (IReST norms: English 228 wpm, German 179 wpm, Chinese 255 characters a minute).',
      ),
    lowerMidSentence: z
      .boolean()
      .describe('Whether a text value that opens with a capital ("Late April 2024") is lower-cased inside a sentence.'),
  })
  .refine((rules) => rules.proseWordsUpTo < rules.smallNumbers.length, {
    error: 'proseWordsUpTo needs a word in smallNumbers for every number up to it',
    path: ['proseWordsUpTo'],
  })
  .describe('How numbers, dates and units are written.');

export const UiStringsSchema = z.object({
  format: FormatSchema,
  site: z.object({
    skipLink: s('Skip link, first thing on every page.'),
    navLabel: s('Accessible name of the site navigation.'),
    navStory: s('Navigation link to the story.'),
    navSources: s('Navigation link to sources & method.'),
    feedTitle: s('Title of the Atom feed link in the head.'),
    pageTitle: s('A page’s <title>: its own title and the site name.', 'title', 'site'),
    themeToggle: s('The dark-theme toggle button.'),
    languages: s('Accessible name of the language switcher.'),
  }),
  footer: z.object({
    basedOn: s(
      'Footer: what the explainer is based on; {dating} is what the story says of the report’s date (its content: source.dating.footer).',
      'headline',
      'kind',
      'dateline',
      'dating',
      'publisher',
      'date',
    ),
    publisherIs: s('Footer: what the publisher is, with its source.', 'fact', 'source'),
    method: s('Footer: our method, with links.', 'sources', 'json', 'csv'),
    sourcesLink: s('Footer: words of the sources-page link.'),
    corrections: s('Footer: the corrections links.', 'corrections', 'feed'),
    correctionsLink: s('Footer: corrections page link.'),
    feedLink: s('Footer: Atom feed link.'),
  }),
  stories: z.object({
    nav: s('Navigation link to the story index (only on a site with several stories).'),
    title: s('Title of the story index page.'),
    intro: s('One sentence under the story index title: what each explainer is.'),
    more: s('Footer: heading of the links to the site’s other stories.'),
  }),
  header: z.object({
    eyebrow: s('Above the headline: what this is, then the story’s topic (its content: topic).', 'topic'),
    note: s('Label before the age note.'),
    ageNote: s(
      'How old the report is, once: the events it covers; roles as they were then; later changes only as dated updates.',
      'kind',
      'covers',
    ),
    provenance: s(
      'The one provenance line under the dek: the report, its public copy (linked) and date, who publishes it, and that analysis is ours; then {dates}.',
      'kind',
      'dateline',
      'publisher',
      'date',
      'publisherIs',
      'dates',
    ),
    provenancePublisherIs: s('In the provenance line: what the publisher is, with its source.', 'fact', 'source'),
    dates: s(
      'End of the provenance line: publication, last change (or nothing) and reading time.',
      'published',
      'updated',
      'minutes',
    ),
    updated: s('In {dates} when the explainer changed after publication: ", updated 1 December 2026".', 'date'),
  }),
  keyNumbers: z.object({
    heading: s('Heading of the key numbers.'),
    and: s('Between two values on a tile.'),
    about: s('Before a converted value.'),
    read: s('Before the section a tile links to.'),
  }),
  inBrief: z.object({ heading: s('Heading of the story in brief.') }),
  toc: z.object({
    heading: s('Heading of the contents.'),
    whosWho: s('Contents link to the who’s who.'),
    glossary: s('Contents link to the glossary.'),
  }),
  section: z.object({
    permalink: s('Accessible name of a section’s # link.', 'title'),
    explainsOne: s('Which paragraph a section explains.', 'paragraphs'),
    explainsMany: s('Which paragraphs a section explains.', 'paragraphs'),
    correctionsTo: s('Accessible name of a section’s correction notes.', 'title'),
    storyCorrections: s('Accessible name of the story-wide correction notes.'),
    part: s('Position of a section.', 'n', 'total'),
    fromStory: s('Section page: link back to the story.', 'story'),
    readInStory: s('Section page: open the section in the story.'),
    pagerLabel: s('Section page: accessible name of previous/next.'),
    previous: s('Previous section.'),
    next: s('Next section.'),
  }),
  share: z.object({
    copy: s('Copy link button.'),
    share: s('Share button.'),
    urlField: s('Accessible name of the URL field.', 'title'),
    copied: s('Announced when the link is copied.'),
    selected: s('Announced when the link is selected for copying by hand.'),
    quote: s('Link under a quotation that highlights it.'),
  }),
  analysis: z.object({ label: s('Label of an analysis block.') }),
  quote: z.object({
    open: s('Opening quotation mark.'),
    close: s('Closing quotation mark.'),
    translation: s('Under a translated quotation: it is our translation, from a paragraph of the report.', 'paragraph'),
    original: s('Opens the English original of a translated quotation.'),
    attribution: s('The speaker line under a quotation.', 'speaker', 'affiliation'),
  }),
  corrections: z.object({
    correction: s('Kind of note: correction.'),
    clarification: s('Kind of note: clarification.'),
    update: s('Kind of note: update.'),
    pageTitle: s('Corrections page title.'),
    pageDescription: s('Corrections page description.', 'headline'),
    intro: s('Corrections page: policy.', 'published', 'modified', 'feed'),
    feedLink: s('Corrections page: feed link.'),
    none: s('Corrections page when there are none.'),
    otherEdition: s('Corrections page of another edition: where the English edition’s corrections are.', 'link'),
    otherEditionLink: s('Words of that link.'),
    in: s('Before the sections a note touches.'),
    wholeStory: s('When a note touches the whole story.'),
    facts: s('Before the facts a note touches.'),
    feedTitle: s('Atom feed title.', 'headline'),
    feedSubtitle: s('Atom feed subtitle.', 'site'),
    feedWholeStory: s('Feed entry title when a note touches the whole story.'),
    line: z.object({
      correction: s('A section’s one-line note: "Corrected 28 November 2026: Zipse’s title."', 'date', 'summary'),
      clarification: s('A section’s one-line note for a clarification.', 'date', 'summary'),
      update: s('A section’s one-line note for an update.', 'date', 'summary'),
    }),
    storyWide: z.object({
      correction: s(
        'The one line under the header for story-wide notes: "This explainer was corrected on {date} — {link}".',
        'date',
        'link',
      ),
      clarification: s('The same, when the newest story-wide note is a clarification.', 'date', 'link'),
      update: s('The same, when the newest story-wide note is an update.', 'date', 'link'),
    }),
    storyWideLink: s('Words of the link in that line: "what changed".'),
    madeInEnglish: s(
      'A section’s line for a correction made to the English edition before this edition was published: the line, then a note saying so (“(English edition)”).',
      'line',
    ),
    entryHeading: s('Corrections page: heading of an entry.', 'kind', 'date', 'summary'),
    labelled: s(
      'Feed entry title and JSON-LD correction text: the kind, then the text, with the language’s punctuation ("{kind}: {text}").',
      'kind',
      'text',
    ),
    sectionSeparator: s('Feed entry title: between the titles of the sections a correction touches ("; ").'),
    source: s('Corrections page and feed: before an update’s outside source.'),
  }),
  whosWho: z.object({
    heading: s('Who’s who heading.'),
    intro: s('Who’s who intro.', 'year'),
    people: s('Group heading.'),
    organisations: s('Group heading.'),
    places: s('Group heading.'),
    speaksFor: s('Before a person’s organisation.'),
    source: s('Before an outside source.'),
    voices: s('Before an organisation’s people.'),
    appearsIn: s('Before the sections an entry appears in.'),
  }),
  glossary: z.object({
    heading: s('Glossary heading.'),
    source: s('Before an outside source.'),
    usedIn: s('Before the sections that use a term.'),
    define: s('Accessible name of a term’s definition button.', 'term'),
    popSource: s('Outside source in a definition popover.', 'source'),
    allTerms: s('Link from a popover to the glossary.'),
    close: s('Accessible name of a popover’s close button.'),
  }),
  notFound: z.object({
    title: s('404 title.'),
    description: s('404 description.'),
    heading: s('404 heading.'),
    intro: s('404 text.'),
    sections: s('404: heading of the section list.'),
  }),
  claims: z.object({
    report: s('Whose claim: the report’s own.'),
    official: s('Whose claim: an official’s.', 'name'),
    company: s('Whose claim: a company’s.', 'name'),
    industryBody: s('Whose claim: an industry body’s.', 'name'),
    industryBodyPerson: s('Whose claim: an industry-body official’s.', 'name'),
    expert: s('Whose claim: an expert’s.', 'name'),
    participants: s('Whose claim: participants’.', 'name'),
    fromReport: s('Provenance of a fact from the report.', 'paragraph', 'quote', 'claim'),
    derived: s('Provenance of a derived fact.', 'explanation'),
    outside: s('Provenance of an outside fact.', 'name'),
  }),
  sources: z.object({
    title: s('Sources page title.'),
    description: s('Sources page description.'),
    intro: s(
      'Sources page: the report, how it is dated ({dating}: the story’s content, source.dating.sourcesPage) and its public copy.',
      'headline',
      'kind',
      'dateline',
      'dating',
      'date',
      'publisher',
      'publisherIs',
      'first',
      'last',
    ),
    publisherIs: s('What the publisher is.', 'fact', 'source'),
    method: s('Sources page: method.', 'json', 'csv'),
    reportHeading: s('Group heading.'),
    reportIntro: s('Group intro.'),
    derivedHeading: s('Group heading.'),
    derivedIntro: s('Group intro.'),
    outsideHeading: s('Group heading.'),
    outsideIntro: s('Group intro.'),
    tableLabel: s('Accessible name of a table region.', 'heading'),
    fact: s('Column.'),
    value: s('Column.'),
    kind: s('Column.'),
    claimant: s('Column.'),
    evidence: s('Column.'),
    formula: s('Column.'),
    source: s('Column.'),
    contextHeading: s('Heading: outside context.'),
    contextIntro: s('Intro: outside context.'),
    contextWho: s('Kind of entry.'),
    contextGlossary: s('Kind of entry.'),
    contextSource: s('Before a source.'),
    contextEntry: s(
      'One outside-context item: its kind, the entry (linked), then the source label and the source (linked).',
      'kind',
      'name',
      'sourceLabel',
      'source',
    ),
    evidenceAt: s('Evidence cell: the paragraph, then the quoted words.', 'paragraph', 'quote'),
    kinds: z
      .object({
        money: s('Kind of fact: money.'),
        count: s('Kind of fact: count.'),
        distance: s('Kind of fact: distance.'),
        duration: s('Kind of fact: duration.'),
        rate: s('Kind of fact: rate.'),
        year: s('Kind of fact: year.'),
        date: s('Kind of fact: date.'),
        place: s('Kind of fact: place.'),
        statement: s('Kind of fact: statement.'),
      })
      .describe('What each kind of fact is called in the table.'),
  }),
  chart: z.object({
    showData: s('Opens a chart’s data table.'),
    tableCaption: s('Caption of a chart’s data table.', 'title'),
    what: s('Column.'),
    value: s('Column.'),
    origin: s('Column.'),
    download: s('CSV download link.'),
    downloadSvg: s('SVG download link, after the CSV link.'),
    downloadPng: s('PNG download link, with the image’s size in pixels.', 'width', 'height'),
    fromReport: s('Table cell: from the report.', 'paragraph'),
    derived: s('Table cell: derived.', 'explanation'),
    outside: s('Table cell: outside source.', 'name'),
  }),
  copy: z.object({
    copied: s('Announced when a copy button has put its text on the clipboard.'),
    selected: s('Announced when the text is selected for copying by hand (no clipboard access).'),
  }),
  embed: z.object({
    summary: s('Under each chart: opens the embed code.'),
    intro: s('Under each chart: what the embed code does.'),
    codeLabel: s('Label of the embed code field.', 'title'),
    copy: s('Button that copies the embed code.'),
    height: s('Under each chart: the frame’s height without the script.', 'height'),
    preview: s('Link to the chart’s embed page.'),
    frameTitle: s('The title of the embed’s <iframe>, read by screen readers.', 'title'),
    description: s('Meta description of an embed page.', 'title', 'headline'),
    from: s('Embed page: the link back to the story, opening in the top window.', 'story'),
  }),
  cite: z.object({
    heading: s('Sources page: heading of the citation.'),
    intro: s('Sources page: how to cite the explainer and the report.'),
    chartSummary: s('Under each chart: opens the chart’s citation.'),
    chartIntro: s('Under each chart: what to cite.'),
    explainer: s('Plain-text citation of the explainer (APA-like).', 'site', 'updated', 'headline', 'accessed', 'url'),
    chart: s('Plain-text citation of one chart (APA-like).', 'site', 'updated', 'title', 'headline', 'accessed', 'url'),
    report: s('Plain-text citation of the report.', 'publisher', 'date', 'headline', 'dateline', 'url'),
    accessed: s('Where the reader writes the date they read the page.'),
    basedOn: s('Before the report’s citation.', 'report'),
    explainerNote: s('BibTeX and CSL-JSON note of the explainer.', 'updated'),
    chartNote: s('BibTeX note of a chart.', 'headline', 'updated'),
    reportNote: s(
      'BibTeX and CSL-JSON note of the report; {dating} is what the story says of its date (source.dating.citation).',
      'kind',
      'dateline',
      'dating',
      'date',
    ),
    textLabel: s('Label of the plain-text citation field.'),
    bibtexLabel: s('Label of the BibTeX field.'),
    copyText: s('Button that copies the plain-text citation.'),
    copyBibtex: s('Button that copies the BibTeX.'),
    files: s('The citation files for reference managers.', 'json', 'bib'),
    jsonLink: s('Link text of the CSL-JSON file.'),
    bibLink: s('Link text of the BibTeX file.'),
  }),
  compass: z.array(z.string().min(1)).length(16).describe('The sixteen winds, from north clockwise.'),
  countries: z
    .record(z.string(), z.string().min(1))
    .describe(
      'Country names on the map by their Natural Earth name; a name not listed is shown as Natural Earth writes it.',
    ),
  share_card: z.object({
    storyKicker: s('Story share card: above the headline.', 'n'),
    footer: s('Share card footer.', 'kind', 'dateline', 'date'),
    alt: s('Share image alt text with a key number.', 'title', 'number', 'site'),
    altPlain: s('Share image alt text.', 'title', 'site'),
  }),
});

/** An edition's UI strings. */
export type UiStrings = z.infer<typeof UiStringsSchema>;

/** Thrown when a language file is incomplete; names the file and the key. */
export class UiStringsError extends Error {
  override name = 'UiStringsError';
}

/** Checks a language file's strings: every key present, non-empty, placeholders kept. */
export function parseUiStrings(file: string, raw: unknown): UiStrings {
  const result = UiStringsSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${file} › ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new UiStringsError(`UI strings are incomplete:\n${lines.map((l) => `  ${l}`).join('\n')}`);
}
