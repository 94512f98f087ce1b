/** "Share this quote" links added to blockquotes in rendered section HTML. */
import { describe, expect, it } from 'vitest';
import { addQuoteShareLinks, htmlText } from '../../src/lib/story/quote-links.ts';

describe('addQuoteShareLinks', () => {
  it('adds a text-fragment link built from the first paragraph of each blockquote', () => {
    const html =
      '<p>Intro</p><blockquote><p>“We work <em>together</em> &amp; win.”</p><footer>— <a href="#x">Song</a></footer></blockquote>';
    const out = addQuoteShareLinks(html, 'https://example.org/s/', 'Share this quote');
    expect(out).toContain(
      '<p class="quote-share no-print"><a href="https://example.org/s/#:~:text=We%20work%20together%20%26%20win.">Share this quote</a></p></blockquote>',
    );
    expect(out.startsWith('<p>Intro</p><blockquote><p>“We work <em>together</em>')).toBe(true);
  });

  it('handles several quotes and leaves an empty blockquote alone', () => {
    const html = '<blockquote><p>One</p></blockquote><blockquote></blockquote><blockquote><p>Two</p></blockquote>';
    const out = addQuoteShareLinks(html, 'https://example.org/s/', 'Share this quote');
    expect(out.match(/Share this quote/g)).toHaveLength(2);
    expect(out).toContain('<blockquote></blockquote>');
  });
});

describe('htmlText', () => {
  it('strips tags and decodes entities', () => {
    expect(htmlText('<b>R&amp;D</b> &#8220;x&#x201D; &lt;y&gt;')).toBe('R&D “x” <y>');
  });
});
