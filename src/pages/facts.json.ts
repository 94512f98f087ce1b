/** `/facts.json`: every fact with its provenance, from the same records as the page. */
import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { factRecords } from '../lib/fact-export.ts';

export const GET: APIRoute = async () => {
  const { facts, corrections } = await loadStory();
  return new Response(`${JSON.stringify(factRecords(facts, corrections), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
