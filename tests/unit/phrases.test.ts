/** Chinese phrase breaks (src/lib/text/phrases.ts, BudouX) and the chart wrapping that uses them. */
import { describe, expect, it } from 'vitest';
import { makeLines } from '../../src/lib/charts/geometry.ts';
import { wrapText } from '../../src/lib/charts/standalone.ts';
import { breakTokens, hasHan, phrases } from '../../src/lib/text/phrases.ts';

const TITLE = '顺义的整车厂和研发中心（据时任副区长Du Yue介绍）';

describe('phrases', () => {
  it('splits Chinese into BudouX phrases that give the text back, and leaves other text whole', () => {
    const found = phrases(TITLE);
    expect(found.join('')).toBe(TITLE);
    expect(found).toContain('整车厂');
    expect(found).toContain('副区长');
    expect(phrases('BMW invests')).toEqual(['BMW invests']);
    expect(hasHan('BMW')).toBe(false);
  });
  it('gives break tokens: spaces apart, phrases whole', () => {
    const tokens = breakTokens(TITLE);
    expect(tokens.join('')).toBe(TITLE);
    expect(tokens).toContain(' ');
    expect(breakTokens('BMW invests')).toEqual(['BMW', ' ', 'invests']);
  });
});

describe('chart wrapping', () => {
  const insidePhrase = (lines: string[]) => {
    // A line end that falls inside a phrase: the joined text minus the break must not split any phrase.
    const starts = new Set<number>([0]);
    let at = 0;
    for (const p of breakTokens(TITLE)) starts.add((at += p.length));
    let offset = 0;
    const bad: number[] = [];
    for (const line of lines.slice(0, -1)) {
      offset = TITLE.indexOf(line, offset) + line.length;
      if (!starts.has(offset) && TITLE[offset] !== ' ') bad.push(offset);
    }
    return bad;
  };
  it('breaks chart labels between phrases, never inside one', () => {
    for (const width of [60, 90, 120, 160]) {
      const lines = makeLines(TITLE, 0, 0, 13, width).map((l) => l.text);
      expect(lines.length, `${width}`).toBeGreaterThan(1);
      expect(insidePhrase(lines), `${width}: ${lines.join(' / ')}`).toEqual([]);
    }
  });
  it('breaks the titles of chart files the same way', () => {
    for (const width of [80, 140, 200]) {
      const lines = wrapText(TITLE, 16, width, true);
      expect(lines.length, `${width}`).toBeGreaterThan(1);
      expect(insidePhrase(lines), `${width}: ${lines.join(' / ')}`).toEqual([]);
    }
  });
});
