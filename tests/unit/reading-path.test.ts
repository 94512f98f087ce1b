/** The reading-path counter (tests/support/reading-path.ts): what counts, and how. */
import { describe, expect, it } from 'vitest';
import { countText, readingPath } from '../support/reading-path.ts';

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

describe('countText', () => {
  it('counts word-like segments, not punctuation, and Han characters apart', () => {
    expect(countText('BMW’s 20 billion yuan — more, said Zipse.', 'en')).toEqual({ words: 7, han: 0 });
    expect(countText('Für 20 Mrd. Yuan: „neue Qualität“.', 'de').words).toBe(6);
    expect(countText('宝马追加投资200亿元，《求是》英文版。', 'zh-Hans').han).toBe(13);
  });
});

describe('readingPath', () => {
  const html = page(`
    <p>Before the headline is not counted.</p>
    <article>
      <header><h1 class="story-headline">Headline words here</h1><p>Dek <span aria-hidden="true">Analysis</span></p></header>
      <nav><a href="#a">Contents link</a></nav>
      <section class="story-section" id="a">
        <p>One two <span class="sr-only">hidden words</span> three<button>Copy</button></p>
        <span popover>Closed popover text</span>
        <details><summary>Show the data</summary><table><tr><td>Inside details</td></tr></table></details>
        <details open><summary>Open</summary><p>Shown text</p></details>
        <svg><title>Tooltip</title><desc>Description</desc><text>Label</text></svg>
        <p hidden>Hidden paragraph</p><script>var notText = 1;</script>
      </section>
      <section class="story-section" id="b"><p>Last section</p></section>
      <section id="whos-who"><p>After the last section</p></section>
    </article>`);

  it('counts what is rendered from the headline to the end of the last section, details closed', () => {
    const path = readingPath(html, 'en');
    expect(path.text.split('\n')).toEqual([
      'Headline words here',
      'Dek Analysis',
      'One two three',
      'Show the data',
      'Open',
      'Shown text',
      'Label',
      'Last section',
    ]);
    expect(path.words).toBe(17);
  });

  it('stops the build of a figure when the page is not a story page', () => {
    expect(() => readingPath(page('<p>No story</p>'), 'en')).toThrow(/no h1\.story-headline/);
  });
});
