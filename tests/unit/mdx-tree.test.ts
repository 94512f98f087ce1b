/** The MDX tree (src/lib/content/mdx-tree.ts): parsed once with Astro's parser, read the same way by every rule and page. */
import { describe, expect, it } from 'vitest';
import { mdxElements, mdxParagraphs, parseMdx, plainText, proseLines } from '../../src/lib/content/mdx-tree.ts';

const BODY = [
  "import X from './x.astro';",
  '',
  '<Who id="bmw" /> puts <Fact id=\'investment\' form="words" /> into <Term id="nev">new energy',
  'vehicles</Term>. {/* <Fact id="in-a-comment" /> 12 */}',
  '',
  '<Analysis>',
  '',
  '**Why it matters:** <Who id="du-yue">the deputy head</Who> counts.',
  '',
  '</Analysis>',
  '',
  '<Chart id={"computed"} />',
].join('\n');

describe('parseMdx', () => {
  it('parses a body into an mdast root', () => {
    expect(parseMdx(BODY).type).toBe('root');
  });

  it('throws the parser’s error, with line and column, on broken MDX', () => {
    expect(() => parseMdx('One.\n\nHello <Who id="a"> there.\n')).toThrow(/^3:\d+:/);
  });
});

describe('mdxElements', () => {
  const tree = parseMdx(BODY);

  it('lists elements in document order with their literal attributes, line and surroundings', () => {
    expect(mdxElements(tree)).toEqual([
      { name: 'Who', attributes: { id: 'bmw' }, line: 3, empty: true, within: [] },
      { name: 'Fact', attributes: { id: 'investment', form: 'words' }, line: 3, empty: true, within: [] },
      { name: 'Term', attributes: { id: 'nev' }, line: 3, empty: false, within: [] },
      { name: 'Analysis', attributes: {}, line: 6, empty: false, within: [] },
      { name: 'Who', attributes: { id: 'du-yue' }, line: 8, empty: false, within: ['Analysis'] },
      { name: 'Chart', attributes: {}, line: 12, empty: true, within: [] },
    ]);
  });

  it('filters by name, and sees no tag inside a comment', () => {
    expect(mdxElements(tree, 'Who').map((e) => e.attributes.id)).toEqual(['bmw', 'du-yue']);
    expect(mdxElements(tree, 'Fact').map((e) => e.attributes.id)).toEqual(['investment']);
  });
});

describe('proseLines', () => {
  it('gives the written words line by line, not imports, attributes or comments', () => {
    expect(proseLines(parseMdx(BODY))).toEqual([
      { text: ' puts ', line: 3 },
      { text: ' into ', line: 3 },
      { text: 'new energy', line: 3 },
      { text: 'vehicles', line: 4 },
      { text: '. ', line: 4 },
      { text: 'Why it matters:', line: 8 },
      { text: ' ', line: 8 },
      { text: 'the deputy head', line: 8 },
      { text: ' counts.', line: 8 },
    ]);
  });
});

describe('plainText', () => {
  it('keeps components’ words with spaces around them, or the words render gives', () => {
    const text = plainText(parseMdx(BODY), (e) => (e.name === 'Fact' ? 'twenty' : e.name === 'Chart' ? '' : undefined));
    expect(text.replace(/\s+/g, ' ').trim()).toBe(
      'puts twenty into new energy vehicles . Why it matters: the deputy head counts.',
    );
  });

  it('puts blocks on lines of their own', () => {
    const text = plainText(parseMdx('# Head\n\n- one\n- **two**\n\nEnd'));
    expect(text.split('\n').filter(Boolean)).toEqual(['Head', 'one', 'two', 'End']);
  });
});

describe('mdxParagraphs', () => {
  it('gives each paragraph’s text, first line and the components around it', () => {
    const paragraphs = mdxParagraphs(parseMdx(BODY));
    expect(paragraphs.map(({ line, within }) => ({ line, within }))).toEqual([
      { line: 3, within: [] },
      { line: 8, within: ['Analysis'] },
    ]);
    expect(paragraphs[1]?.text.trim()).toBe('Why it matters:  the deputy head  counts.');
  });
});
