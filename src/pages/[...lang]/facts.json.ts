/** `/facts.json`: every fact with its provenance, from the same records as the page. */
import type { APIRoute } from 'astro';
import { factRecords } from '../../lib/fact-export.ts';
import { editionPaths } from '../../i18n/locales.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ locals }) => {
  const { model, fmt } = locals.edition;
  return new Response(`${JSON.stringify(factRecords(model.facts, fmt, model.corrections), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
