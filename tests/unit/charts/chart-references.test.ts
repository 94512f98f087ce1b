/** `<Chart id="…">` in MDX: a known id passes, an unknown one stops the build naming the file, line and known charts. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/lib/charts/ids.ts';
import { parseMdx } from '../../../src/lib/mdx-tree.ts';
import { assertValidContent, ContentError, findContentProblems, findReferences } from '../../../src/lib/validate.ts';
import { readContent, ROOT } from '../content-files.ts';

const GOOD = join(ROOT, 'tests/fixtures/good');

/** The good fixture with a line appended to its first section. */
function goodWith(line: string) {
  const { bundle } = readContent(GOOD);
  const [first, ...rest] = bundle.sections;
  const body = `${first!.body.trimEnd()}\n\n${line}\n`;
  return {
    bundle: { ...bundle, sections: [{ ...first!, body, tree: parseMdx(body) }, ...rest] },
    file: first!.file,
    line: body.split('\n').length - 1,
  };
}

describe('chart references in MDX', () => {
  it('finds <Chart id> tags with their line', () => {
    expect(findReferences('Text.\n\n<Chart id="locator-map" />\n')).toEqual([
      { tag: 'Chart', id: 'locator-map', line: 3 },
    ]);
  });

  it('accepts every known chart id', () => {
    for (const id of CHART_IDS) {
      const { bundle } = goodWith(`<Chart id="${id}" />`);
      expect(findContentProblems(bundle)).toEqual([]);
    }
  });

  it('stops on an unknown chart id, naming the file, the field and the charts that exist', () => {
    const { bundle, file, line } = goodWith('<Chart id="bmw-invest" />');
    expect(findContentProblems(bundle)).toContainEqual({
      file,
      field: `body line ${line} <Chart id>`,
      message: expect.stringMatching(/"bmw-invest" is not in src\/lib\/charts\/ids\.ts \(charts: .*bmw-investment/),
    });
    expect(() => assertValidContent(bundle)).toThrow(ContentError);
    expect(() => assertValidContent(bundle)).toThrow(`${file} › body line ${line} <Chart id>:`);
  });
});
