/**
 * "Share this quote" links: each `<blockquote>` in a section's rendered HTML
 * gets a link that opens the section with the quotation highlighted, using a
 * text fragment. Works on the HTML string so no client script is needed; it
 * knows nothing about Astro or where the HTML came from.
 */
import { quoteFragmentUrl } from '../site/urls.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of an HTML fragment: tags removed, entities decoded, spaces collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#')
        return String.fromCodePoint(
          code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10),
        );
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Adds a "Share this quote" link at the end of every blockquote, pointing at
 * `pageUrl` with the quote's first paragraph as a text fragment.
 */
export function addQuoteShareLinks(html: string, pageUrl: string, label: string): string {
  return html.replace(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/g, (whole, inner: string) => {
    const firstParagraph = /<p\b[^>]*>([\s\S]*?)<\/p>/.exec(inner)?.[1];
    const quote = firstParagraph ? htmlText(firstParagraph) : '';
    if (!quote) return whole;
    const href = escapeAttribute(quoteFragmentUrl(pageUrl, quote));
    const link = `<p class="quote-share no-print"><a href="${href}">${label}</a></p>`;
    return whole.replace(/<\/blockquote>$/, `${link}</blockquote>`);
  });
}
