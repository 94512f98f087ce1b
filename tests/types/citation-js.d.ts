/**
 * The part of citation-js the tests use to read citations back (it ships no
 * types): parse BibTeX or CSL-JSON into CSL items, and format them with a
 * citation style (plugin-csl bundles APA).
 */
declare module '@citation-js/core' {
  /** A collection of citations, as CSL-JSON items. */
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** Parses input (BibTeX text, CSL-JSON …) that may need asynchronous steps. */
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    /** The items, as CSL-JSON. */
    data: unknown[];
    /** Formats the items, e.g. `format('bibliography', { format: 'text', template: 'apa' })`. */
    format(style: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
