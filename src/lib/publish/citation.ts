/**
 * How to cite the explainer, a chart of it, and the report it is based on:
 * APA-like plain text, BibTeX and CSL-JSON (for reference managers). Every
 * citation names the report too (its publisher and the date of its public
 * copy), so a reader cites both. The date the reader read the page is left
 * for them to add.
 *
 * Pure: the edition's words, formatter and the story record come in; strings
 * and plain objects go out. Knows nothing about Astro or files.
 */
import type { UiStrings } from '../../i18n/schema.ts';
import { fill } from '../text/fill.ts';
import type { Formatter } from '../text/format.ts';

/** The explainer and its report, as a citation needs them. */
export interface CitationSource {
  /** The explainer's publisher and author: the site's name. */
  siteName: string;
  /** The explainer's headline. */
  headline: string;
  /** Its language tag. */
  lang: string;
  /** Absolute URL of the story page. */
  url: string;
  /** When it last changed for readers, YYYY-MM-DD. */
  updated: string;
  /** The report it explains. */
  report: {
    publisher: string;
    headline: string;
    /** The date of its public copy, YYYY-MM-DD. */
    date: string;
    url: string;
    dateline: string;
    /** "an English-language news report". */
    kind: string;
    /** What the story says of the report's date, in its citation note ("undated"). */
    dating: string;
  };
}

/** A chart to cite: its id, title and the absolute URL of its embed page. */
interface CitedChart {
  id: string;
  title: string;
  url: string;
}

/** The words and formatter citations are written with. */
interface CitationWords {
  t: UiStrings;
  fmt: Formatter;
}

/** The report's plain-text citation. */
function reportCitation(source: CitationSource, { t, fmt }: CitationWords): string {
  const { report } = source;
  return fill(t.cite.report, {
    publisher: report.publisher,
    date: fmt.date(report.date),
    headline: report.headline,
    dateline: report.dateline,
    url: report.url,
  });
}

/** Plain-text citation of the explainer, and on a second line, of the report it is based on. */
export function explainerCitation(source: CitationSource, words: CitationWords): string {
  const { t, fmt } = words;
  const explainer = fill(t.cite.explainer, {
    site: source.siteName,
    updated: fmt.date(source.updated),
    headline: source.headline,
    accessed: t.cite.accessed,
    url: source.url,
  });
  return `${explainer}\n${fill(t.cite.basedOn, { report: reportCitation(source, words) })}`;
}

/** Plain-text citation of one chart, and on a second line, of the report its numbers come from. */
export function chartCitation(source: CitationSource, chart: CitedChart, words: CitationWords): string {
  const { t, fmt } = words;
  const cited = fill(t.cite.chart, {
    site: source.siteName,
    updated: fmt.date(source.updated),
    title: chart.title,
    headline: source.headline,
    accessed: t.cite.accessed,
    url: chart.url,
  });
  return `${cited}\n${fill(t.cite.basedOn, { report: reportCitation(source, words) })}`;
}

// ---------------------------------------------------------------------------
// BibTeX

/** One BibTeX entry. */
interface BibEntry {
  type: 'misc';
  key: string;
  /** Field name → value as written: text fields escaped, `url` verbatim. */
  fields: [string, string][];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** A citation key from a name and a year: letters and digits of the name, lower case, then the year. */
export function bibKey(name: string, date: string, suffix = ''): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
  return `${stem || 'explainer'}${date.slice(0, 4)}${suffix ? `-${suffix}` : ''}`;
}

/** Escapes the characters TeX gives a meaning (`\ { } & % $ # _ ~ ^`) in a text field. */
export function escapeBibText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\^{}' : `\\${char}`,
  );
}

/** A URL for a verbatim `url` field; braces would end the field early, so they are refused. */
function bibUrl(url: string): string {
  if (/[{}\s]/.test(url)) throw new Error(`a URL BibTeX cannot hold verbatim: ${url}`);
  return url;
}

/** Year and month fields of an ISO date. */
function bibDate(iso: string): [string, string][] {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1];
  if (!month || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return [
    ['year', iso.slice(0, 4)],
    ['month', month],
  ];
}

/** The report's BibTeX entry. */
function reportBibEntry(source: CitationSource, { t, fmt }: CitationWords): BibEntry {
  const { report } = source;
  return {
    type: 'misc',
    key: bibKey(report.publisher.split(/\s+/)[0] ?? report.publisher, report.date),
    fields: [
      // Double braces keep a title's capitals as written. The report names no author: its publisher is where it appeared.
      ['title', `{${escapeBibText(report.headline)}}`],
      ['howpublished', escapeBibText(report.publisher)],
      ...bibDate(report.date),
      ['url', bibUrl(report.url)],
      [
        'note',
        escapeBibText(
          fill(t.cite.reportNote, {
            kind: report.kind,
            dateline: report.dateline,
            dating: report.dating,
            date: fmt.date(report.date),
          }),
        ),
      ],
    ],
  };
}

/** The explainer's BibTeX entry. */
function explainerBibEntry(source: CitationSource, { t, fmt }: CitationWords): BibEntry {
  return {
    type: 'misc',
    key: bibKey(source.siteName, source.updated),
    fields: [
      // Double braces keep a corporate author whole and a title's capitals as written.
      ['author', `{${escapeBibText(source.siteName)}}`],
      ['title', `{${escapeBibText(source.headline)}}`],
      ...bibDate(source.updated),
      ['url', bibUrl(source.url)],
      ['note', escapeBibText(fill(t.cite.explainerNote, { updated: fmt.date(source.updated) }))],
    ],
  };
}

/** A chart's BibTeX entry. */
function chartBibEntry(source: CitationSource, chart: CitedChart, { t, fmt }: CitationWords): BibEntry {
  return {
    type: 'misc',
    key: bibKey(source.siteName, source.updated, chart.id),
    fields: [
      ['author', `{${escapeBibText(source.siteName)}}`],
      ['title', `{${escapeBibText(chart.title)}}`],
      ...bibDate(source.updated),
      ['url', bibUrl(chart.url)],
      ['note', escapeBibText(fill(t.cite.chartNote, { headline: source.headline, updated: fmt.date(source.updated) }))],
    ],
  };
}

/** Entries as a `.bib` text: one `@type{key, field = {value}, …}` block each, a blank line between. */
function formatBibtex(entries: readonly BibEntry[]): string {
  return `${entries
    .map((entry) => {
      const fields = entry.fields.map(([name, value]) =>
        name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`,
      );
      return `@${entry.type}{${entry.key},\n${fields.join(',\n')}\n}`;
    })
    .join('\n\n')}\n`;
}

/** BibTeX of the explainer and its report. */
export function explainerBibtex(source: CitationSource, words: CitationWords): string {
  return formatBibtex([explainerBibEntry(source, words), reportBibEntry(source, words)]);
}

/** BibTeX of a chart and the report its numbers come from. */
export function chartBibtex(source: CitationSource, chart: CitedChart, words: CitationWords): string {
  return formatBibtex([chartBibEntry(source, chart, words), reportBibEntry(source, words)]);
}

// ---------------------------------------------------------------------------
// CSL-JSON

/** A CSL-JSON date: `{ "date-parts": [[2024, 5, 17]] }`. */
function cslDate(iso: string): { 'date-parts': [[number, number, number]] } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/** One CSL-JSON item (the fields we write). */
interface CslItem {
  id: string;
  type: 'webpage' | 'article-newspaper';
  title: string;
  /** Who wrote it; the report names no author, so it has none. */
  author?: { literal: string }[];
  /** Where it appeared: the report's publisher (the explainer is its own site, named as author). */
  'container-title'?: string;
  'publisher-place'?: string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language?: string;
  note: string;
}

/** CSL-JSON of the explainer and its report (the `citation.json` file), for Zotero, Mendeley, pandoc and the like. */
export function explainerCsl(source: CitationSource, words: CitationWords): CslItem[] {
  const { t, fmt } = words;
  const { report } = source;
  return [
    {
      id: explainerBibEntry(source, words).key,
      type: 'webpage',
      title: source.headline,
      author: [{ literal: source.siteName }],
      issued: cslDate(source.updated),
      URL: source.url,
      language: source.lang,
      note: fill(t.cite.explainerNote, { updated: fmt.date(source.updated) }),
    },
    {
      id: reportBibEntry(source, words).key,
      type: 'article-newspaper',
      title: report.headline,
      'container-title': report.publisher,
      'publisher-place': report.dateline,
      issued: cslDate(report.date),
      URL: report.url,
      note: fill(t.cite.reportNote, {
        kind: report.kind,
        dateline: report.dateline,
        dating: report.dating,
        date: fmt.date(report.date),
      }),
    },
  ];
}
