/** `/facts.csv`: the same fact records as `/facts.json`, one row each. */
import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { factsCsv } from '../lib/fact-export.ts';

export const GET: APIRoute = async () => {
  const { facts } = await loadStory();
  return new Response(factsCsv(facts), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
