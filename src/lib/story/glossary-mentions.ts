/**
 * First mentions of glossary terms on a page.
 *
 * `<Term>` renders every mention with a "what is this?" button and a popover
 * holding the definition. On a page with several sections a term can come up
 * more than once; only its first mention should offer the definition again,
 * and a popover id must be unique. This module rewrites the rendered HTML of
 * a page's sections so later mentions keep their glossary link only. Pure
 * string work on the markup `Term.astro` writes; it knows nothing about Astro.
 */

/** The popover id of a term's definition: `define-nev`. */
export function definitionId(termId: string): string {
  return `define-${termId}`;
}

/** Matches the button and the popover of one mention; `Term.astro` writes them side by side, with no nested span. */
const MENTION_PARTS =
  /<button\b[^>]*\bdata-term-info="([^"]+)"[^>]*>[\s\S]*?<\/button>|<span\b[^>]*\bdata-term-pop="([^"]+)"[^>]*>[\s\S]*?<\/span>/g;

/** Keeps the definition button and popover of each term's first mention in `html` and removes the rest. */
export function keepFirstDefinitions(html: string): string {
  const seenButton = new Set<string>();
  const seenPopover = new Set<string>();
  return html.replace(MENTION_PARTS, (part, buttonFor?: string, popoverFor?: string) => {
    const seen = buttonFor ? seenButton : seenPopover;
    const id = (buttonFor ?? popoverFor) as string;
    if (seen.has(id)) return '';
    seen.add(id);
    return part;
  });
}

/** Ids of the terms whose definition `html` offers, in page order. */
export function offeredDefinitions(html: string): string[] {
  return [...html.matchAll(/\bdata-term-info="([^"]+)"/g)].map((match) => match[1] ?? '');
}
