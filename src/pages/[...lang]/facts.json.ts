/** `/facts.json`: every fact with its provenance, from the same records as the page. */
import type { APIRoute } from 'astro';
import { factRecords } from '../../lib/publish/fact-export.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { editionPaths } from '../../data/edition.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ locals }) => {
  const { model, fmt, locale } = locals.edition;
  // The earlier labels are English words: only the English edition gives them.
  const records = factRecords(model.facts, fmt, model.corrections, { earlierLabels: locale === DEFAULT_LOCALE });
  return new Response(`${JSON.stringify(records, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
