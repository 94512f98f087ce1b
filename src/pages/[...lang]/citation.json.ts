/** `/citation.json`: how to cite the explainer and its report, as CSL-JSON for reference managers. */
import type { APIRoute } from 'astro';
import { editionPaths } from '../../data/edition.ts';
import { explainerCsl } from '../../lib/publish/citation.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ locals }) => {
  const { citation, t, fmt } = locals.edition;
  return new Response(`${JSON.stringify(explainerCsl(citation, { t, fmt }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
