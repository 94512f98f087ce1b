/** Standalone chart files: the frame around the drawing, text wrapping, and the light theme's paint from the real stylesheets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartPaintRules,
  fontStack,
  FRAME,
  frameTextWidth,
  inlinePaint,
  layoutFrame,
  lightPalette,
  paintFor,
  PNG_WIDTH,
  pngSize,
  resolveValue,
  wrapText,
} from '../../../src/lib/charts/standalone.ts';
import { ROOT } from '../content-files.ts';

const tokensCss = readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8');
const baseCss = readFileSync(join(ROOT, 'src/styles/base.css'), 'utf8');
const chartsCss = readFileSync(join(ROOT, 'src/styles/charts.css'), 'utf8');
const palette = lightPalette(tokensCss);

describe('the light palette and paint, from the site’s stylesheets', () => {
  it('reads the light palette of :root, not the dark one', () => {
    expect(palette['--bg']).toBe('#ffffff');
    expect(palette['--fg']).toBe('#1b1b1b');
    expect(palette['--chart-a']).toBe('#0b5cad');
  });

  it('reads the page’s font stack', () => {
    expect(fontStack(baseCss)).toMatch(/^system-ui, .*sans-serif$/);
  });

  it('resolves variables and colour mixes as a browser does for opaque colours', () => {
    expect(resolveValue('var(--fg)', palette)).toBe('#1b1b1b');
    // 8% of #1b1b1b (27) and 92% of white: 0.08 × 27 + 0.92 × 255 = 236.76 → ed.
    expect(resolveValue('color-mix(in srgb, var(--fg) 8%, var(--bg))', palette)).toBe('#ededed');
    expect(() => resolveValue('var(--nope)', palette)).toThrow(/--nope is not in the light palette/);
  });

  it('takes every paint rule of charts.css with no variable left, and leaves layout and print rules out', () => {
    const rules = chartPaintRules(chartsCss, palette);
    const classes = rules.flatMap((r) => r.classes);
    for (const name of [
      'chart-label',
      'chart-label--muted',
      'chart-fill-a',
      'chart-fill-b',
      'chart-land',
      'chart-route',
    ])
      expect(classes).toContain(name);
    expect(classes).not.toContain('chart-caption');
    expect(classes).not.toContain('chart-download');
    const values = rules.flatMap((r) => r.declarations.map((d) => d.value));
    expect(values.join(' ')).not.toMatch(/var\(|color-mix/);
    expect(rules.flatMap((r) => r.declarations.map((d) => d.property))).not.toContain('display');
  });

  it('applies later rules over earlier ones, as the cascade does', () => {
    const rules = chartPaintRules(chartsCss, palette);
    const muted = paintFor(['chart-label', 'chart-label--muted'], rules);
    expect(muted.find((d) => d.property === 'fill')?.value).toBe(palette['--fg-muted']);
    expect(muted.find((d) => d.property === 'stroke')?.value).toBe(palette['--bg']);
  });

  it('writes paint into style attributes, keeping a style already there and self-closing tags', () => {
    const rules = chartPaintRules(
      '.chart-fill-a { fill: var(--chart-a); } .chart-outline { stroke: var(--fg); stroke-width: 1; }',
      palette,
    );
    const svg = inlinePaint(
      '<svg><rect x="1" class="chart-fill-a chart-outline"></rect><circle class="chart-fill-a" style="opacity:.5" /><g class="other"></g></svg>',
      rules,
    );
    expect(svg).toBe(
      '<svg><rect x="1" class="chart-fill-a chart-outline" style="fill:#0b5cad;stroke:#1b1b1b;stroke-width:1"></rect>' +
        '<circle class="chart-fill-a" style="fill:#0b5cad;opacity:.5" /><g class="other"></g></svg>',
    );
  });
});

describe('the frame', () => {
  const input = {
    width: 320,
    height: 184,
    title: 'BMW’s Shenyang investment, in yuan and in the report’s dollar conversion',
    source: 'Source: report ¶8.',
    credit: 'NEV Explainer · https://example.org/bmw-shenyang/',
  };

  it('wraps text at spaces, and between CJK characters, within the width', () => {
    const lines = wrapText(input.title, 17, 200, true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(input.title);
    for (const line of lines) expect(frameTextWidth(line, 17, true)).toBeLessThanOrEqual(200);
    const chinese = wrapText('宝马沈阳生产基地追加投资二百亿元人民币', 17, 100);
    expect(chinese.length).toBeGreaterThan(2);
    expect(chinese.join('')).toBe('宝马沈阳生产基地追加投资二百亿元人民币');
  });

  it('puts the title above the chart and the source and credit below, inside the image', () => {
    const frame = layoutFrame(input);
    expect(frame.width).toBe(input.width + 2 * FRAME.padding);
    expect(frame.chartX).toBe(FRAME.padding);
    const lastHead = frame.head.at(-1)!;
    expect(lastHead.y).toBeLessThan(frame.chartY);
    expect(frame.foot[0]!.box.y).toBeGreaterThanOrEqual(frame.chartY + input.height);
    expect(frame.foot.at(-1)!.y).toBeLessThanOrEqual(frame.height - FRAME.padding + 1);
    expect(frame.foot.map((l) => l.text).join(' ')).toContain('https://example.org/bmw-shenyang/');
    for (const label of [...frame.head, ...frame.foot])
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(frame.width);
  });

  it('sizes the PNG 1200 px wide, in the frame’s proportions', () => {
    expect(pngSize({ width: 352, height: 392 })).toEqual({ width: PNG_WIDTH, height: 1336 });
    expect(PNG_WIDTH).toBe(1200);
  });
});
