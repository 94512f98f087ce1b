/**
 * The correction notes a section or the story shows: each correction once,
 * newest first, marked when it was made before the edition was published
 * (it changed the English edition, not this one). Knows nothing about Astro.
 */
import { newestFirst } from './corrections.ts';
import type { Correction } from '../content/schema.ts';

/** One note's correction, and whether it predates the edition. */
export interface CorrectionNote {
  correction: Correction;
  /** Made before the edition was published: the line says it changed the English edition. */
  beforeEdition: boolean;
}

/** The notes for `corrections`, each once however often it is handed in, newest first. */
export function correctionNotes(corrections: readonly Correction[], editionPublished: string): CorrectionNote[] {
  return newestFirst([...new Map(corrections.map((c) => [c.id, c])).values()]).map((correction) => ({
    correction,
    beforeEdition: correction.date < editionPublished,
  }));
}
