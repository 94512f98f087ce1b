/**
 * Every content rule, in the order their problems are listed: corrections,
 * unique names, facts, the who's who, the story record and its key numbers,
 * then the sections' front matter and bodies, whether the sections explain the
 * whole report, the charts, and last the editions.
 */
import { CHART_RULES } from './charts.ts';
import { correctionOrder, correctionRecords, factHistory } from './corrections.ts';
import { entityReferences } from './entities.ts';
import { derivedFacts, factEvidence, factReferences } from './facts.ts';
import { sectionOrders, sectionSlugs, uniqueRecordIds } from './ids.ts';
import { entitySections, labelledAnalysis, mdxChartLinks, mdxReferences, proseFigures } from './mdx.ts';
import { sectionKeyFact, sectionParagraphs, sectionTexts, uncitedParagraphs } from './sections.ts';
import type { ContentRule } from './shared.ts';
import { EDITION_RULES } from './editions.ts';
import { inBriefFigures, publisherFact, storyDating, storyFigures } from './story.ts';
import { editionKeyNumbers, keyNumberFigures, keyNumberReferences } from './key-numbers.ts';

/** The rules `findContentProblems` runs, each a named function of the bundle. */
export const CONTENT_RULES: readonly ContentRule[] = [
  correctionRecords,
  correctionOrder,
  factHistory,
  uniqueRecordIds,
  sectionSlugs,
  sectionOrders,
  factEvidence,
  factReferences,
  derivedFacts,
  entityReferences,
  publisherFact,
  storyFigures,
  inBriefFigures,
  storyDating,
  keyNumberReferences,
  keyNumberFigures,
  sectionParagraphs,
  sectionKeyFact,
  sectionTexts,
  mdxReferences,
  mdxChartLinks,
  entitySections,
  labelledAnalysis,
  proseFigures,
  uncitedParagraphs,
  ...CHART_RULES,
  ...EDITION_RULES,
  editionKeyNumbers,
];
