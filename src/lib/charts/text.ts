/**
 * What a chart's words say about where its facts come from: the report's
 * paragraph of a fact ("¶8"), the name of a fact's outside source. Each chart
 * type fills its source line's placeholders with these. Knows nothing about Astro.
 */
import { getFact } from '../story/facts.ts';
import { roleFact, type ChartContext } from './context.ts';

/** "¶8": the paragraph of the report the fact in a role stands in. */
export function reportParagraph(ctx: ChartContext, role: string): string {
  const id = roleFact(ctx, role);
  const fact = getFact(ctx.facts, id);
  if (!fact.source) throw new Error(`${ctx.id} source line: fact "${id}" is not from the report`);
  return ctx.fmt.paragraph(fact.source.paragraph);
}

/** The name of the outside source of the fact in a role. */
export function outsideName(ctx: ChartContext, role: string): string {
  const id = roleFact(ctx, role);
  const fact = getFact(ctx.facts, id);
  if (!fact.outside) throw new Error(`${ctx.id} source line: fact "${id}" has no outside source`);
  return fact.outside.name;
}
