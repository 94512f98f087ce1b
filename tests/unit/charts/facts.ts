/** The real fact book for chart tests, read from content/facts.yaml, and ways to spoil it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

import { buildFactBook, type FactBook } from '../../../src/lib/story/facts.ts';
import { FactSchema, type Fact } from '../../../src/lib/content/schema.ts';
import { STORY_FILES } from '../../support/story-files.ts';

const FACTS_FILE = join(resolve(import.meta.dirname, '../../..'), STORY_FILES.facts);

/** The fact records as an editor wrote them, validated. */
export function factRecords(): Fact[] {
  return (parse(readFileSync(FACTS_FILE, 'utf8')) as unknown[]).map((record) => FactSchema.parse(record));
}

/** The fact book the site is built from. */
export function realFacts(): FactBook {
  return buildFactBook(factRecords());
}

/** The fact book without one fact (and anything derived from it). */
export function factsWithout(id: string): FactBook {
  const book = new Map(realFacts());
  book.delete(id);
  return book;
}

/** The fact book with one fact's value replaced. */
export function factsWith(id: string, value: Fact['value']): FactBook {
  const book = new Map(realFacts());
  const fact = book.get(id);
  if (!fact || value === undefined) throw new Error(`test set-up: no fact "${id}"`);
  book.set(id, { ...fact, value });
  return book;
}
