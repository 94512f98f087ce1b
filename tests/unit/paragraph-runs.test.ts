import { describe, expect, it } from 'vitest';
import { paragraphRuns } from '../../src/lib/story/provenance.ts';

describe('paragraphRuns', () => {
  it('joins consecutive paragraphs into runs and keeps gaps apart', () => {
    expect(paragraphRuns([12, 13, 14, 15, 16])).toEqual([[12, 16]]);
    expect(paragraphRuns([1, 2, 4, 12, 13])).toEqual([
      [1, 2],
      [4, 4],
      [12, 13],
    ]);
  });
  it('sorts and drops repeats first', () => {
    expect(paragraphRuns([9, 8, 8])).toEqual([[8, 9]]);
    expect(paragraphRuns([])).toEqual([]);
  });
});
