/** `/facts.csv`: the same fact records as `/facts.json`, one row each. */
import type { APIRoute } from 'astro';
import { factsCsv } from '../../lib/publish/fact-export.ts';
import { editionPaths } from '../../data/edition.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ locals }) => {
  const { model, fmt } = locals.edition;
  return new Response(factsCsv(model.facts, fmt, model.corrections), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
