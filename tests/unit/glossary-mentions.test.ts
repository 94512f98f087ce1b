/** First mentions: only a term's first mention on a page keeps its definition button and popover. */
import { describe, expect, it } from 'vitest';
import { definitionId, keepFirstDefinitions, offeredDefinitions } from '../../src/lib/story/glossary-mentions.ts';

/** The markup Term.astro writes for one mention. */
const mention = (id: string, text: string) =>
  `<a class="term" href="/#term-${id}">${text}</a><button type="button" class="term-info" popovertarget="${definitionId(id)}" data-term-info="${id}" aria-label="What is ${text}?"><span aria-hidden="true">?</span></button><span id="${definitionId(id)}" popover class="term-pop" data-term-pop="${id}"><strong>${text}</strong> means this. <a href="/#term-${id}">Glossary</a> <button type="button" popovertarget="${definitionId(id)}" popovertargetaction="hide">Close</button></span>`;

describe('keepFirstDefinitions', () => {
  it('keeps the first mention of each term whole', () => {
    const html = `<p>One ${mention('nev', 'NEVs')} and ${mention('icv', 'ICVs')}.</p>`;
    expect(keepFirstDefinitions(html)).toBe(html);
  });

  it('strips the button and popover of later mentions, keeping their link and text', () => {
    const html = `<p>${mention('ce', 'circular economy')}</p><p>Again: ${mention('ce', 'circular')} and ${mention('nev', 'NEV')}.</p>`;
    const out = keepFirstDefinitions(html);
    expect(offeredDefinitions(out)).toEqual(['ce', 'nev']);
    expect(out.match(/id="define-ce"/g)).toHaveLength(1);
    expect(out).toContain('<p>Again: <a class="term" href="/#term-ce">circular</a> and <a class="term"');
    expect(out).not.toMatch(/<\/span>\s*<\/span>/);
  });

  it('leaves other buttons and spans alone', () => {
    const html = '<span class="x">a</span><button type="button">Copy link</button>';
    expect(keepFirstDefinitions(html)).toBe(html);
  });
});

describe('definitionId', () => {
  it('prefixes the term id', () => {
    expect(definitionId('nev')).toBe('define-nev');
  });
});
