/** Citations of the explainer, a chart and the report: plain text, BibTeX (parsed back with citation-js) and CSL-JSON. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import {
  bibKey,
  chartBibtex,
  chartCitation,
  escapeBibText,
  explainerBibtex,
  explainerCitation,
  explainerCsl,
  type CitationSource,
} from '../../src/lib/publish/citation.ts';
import { fmt, t } from './english.ts';

const source: CitationSource = {
  siteName: 'NEV Explainer',
  headline: 'China, Germany & smart cars: 100% what a report said',
  lang: 'en',
  url: 'https://example.org/sub/',
  updated: '2026-11-28',
  report: {
    publisher: 'Qiushi (qstheory.cn), English edition',
    headline: 'Sino-German cooperation boosts smart, green auto industry',
    date: '2024-05-17',
    url: 'http://en.qstheory.cn/2024-05/17/c_988089.htm',
    dateline: 'Beijing',
    kind: 'an English-language news report',
    dating: 'undated',
  },
};
const words = { t, fmt };
const chart = {
  id: 'bmw-investment',
  title: 'BMW’s Shenyang investment',
  url: 'https://example.org/sub/embed/bmw-investment/',
};

/** What citation-js reads out of a BibTeX entry (the CSL fields we check). */
interface ParsedItem {
  title?: string;
  URL?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts': number[][] };
  'citation-key'?: string;
}

/** Parses BibTeX with citation-js into CSL items. */
async function parseBibtex(text: string): Promise<ParsedItem[]> {
  return (await Cite.async(text, { forceType: '@bibtex/text' })).data as ParsedItem[];
}

describe('plain-text citations', () => {
  it('cite the explainer with its updated date and URL, leave the date read for the reader, and name the report', () => {
    const [explainer, report] = explainerCitation(source, words).split('\n');
    expect(explainer).toBe(
      'NEV Explainer. (Updated 28 November 2026). China, Germany & smart cars: 100% what a report said [Explainer]. Retrieved [date you read it], from https://example.org/sub/',
    );
    expect(report).toBe(
      'Based on: Qiushi (qstheory.cn), English edition. (Public copy 17 May 2024). Sino-German cooperation boosts smart, green auto industry [News report, Beijing]. http://en.qstheory.cn/2024-05/17/c_988089.htm',
    );
  });

  it('cite a chart in the explainer, at its embed page, with the report', () => {
    const text = chartCitation(source, chart, words);
    expect(text).toContain('BMW’s Shenyang investment [Chart]. In China, Germany & smart cars');
    expect(text).toContain('from https://example.org/sub/embed/bmw-investment/');
    expect(text).toContain('Based on: Qiushi (qstheory.cn), English edition. (Public copy 17 May 2024)');
  });
});

describe('BibTeX', () => {
  it('escapes what TeX would read as commands', () => {
    expect(escapeBibText('A & B: 100% of $5 #1 a_b {x} ~ ^ \\')).toBe(
      'A \\& B: 100\\% of \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\^{} \\textbackslash{}',
    );
  });

  it('makes keys from the name and year', () => {
    expect(bibKey('NEV Explainer', '2026-11-28')).toBe('nevexplainer2026');
    expect(bibKey('Qiushi', '2024-05-17')).toBe('qiushi2024');
    expect(bibKey('新能源汽车', '2026-01-01', 'map')).toBe('explainer2026-map');
  });

  it('parses back into the explainer and the report, with titles, dates and URLs intact', async () => {
    const items = await parseBibtex(explainerBibtex(source, words));
    expect(items).toHaveLength(2);
    const [explainer, report] = items;
    expect(explainer!.title).toBe(source.headline);
    // The double braces keep the site's name whole, not split into a given and a family name.
    expect(explainer!.author).toEqual([{ family: 'NEV Explainer' }]);
    expect(explainer!.URL).toBe(source.url);
    expect(explainer!.issued?.['date-parts'][0]).toEqual([2026, 11]);
    expect(report!.title).toBe(source.report.headline);
    expect(report!.URL).toBe(source.report.url);
    expect(report!.issued?.['date-parts'][0]).toEqual([2024, 5]);
    expect(JSON.stringify(report)).toContain('Qiushi');
  });

  it('cites a chart with the report its numbers come from', async () => {
    const items = await parseBibtex(chartBibtex(source, chart, words));
    expect(items.map((item) => item.title)).toEqual([chart.title, source.report.headline]);
    expect(items[0]!.URL).toBe(chart.url);
    expect(items[0]!['citation-key']).toBe('nevexplainer2026-bmw-investment');
  });
});

describe('CSL-JSON', () => {
  const items = explainerCsl(source, words);

  it('holds the explainer and the report, with their dates and URLs', () => {
    expect(items.map((item) => item.type)).toEqual(['webpage', 'article-newspaper']);
    expect(items[0]!.issued).toEqual({ 'date-parts': [[2026, 11, 28]] });
    expect(items[1]!.issued).toEqual({ 'date-parts': [[2024, 5, 17]] });
    expect(items[1]!['container-title']).toBe(source.report.publisher);
    expect(items.some((item) => 'accessed' in item)).toBe(false);
  });

  it('formats as an APA reference list in a citation processor', () => {
    const apa = new Cite(JSON.parse(JSON.stringify(items))).format('bibliography', {
      format: 'text',
      template: 'apa',
      lang: 'en-US',
    }) as string;
    expect(apa).toContain('NEV Explainer. (2026, November 28). China, Germany & smart cars');
    expect(apa).toContain('Sino-German cooperation boosts smart, green auto industry. (2024, May 17).');
  });
});
