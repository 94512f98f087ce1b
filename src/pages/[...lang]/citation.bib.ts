/** `/citation.bib`: how to cite the explainer and its report, as BibTeX. */
import type { APIRoute } from 'astro';
import { editionPaths } from '../../data/edition.ts';
import { explainerBibtex } from '../../lib/publish/citation.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ locals }) => {
  const { citation, t, fmt } = locals.edition;
  return new Response(explainerBibtex(citation, { t, fmt }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
