/**
 * Renders a chart as a file of its own, at build time: `ChartSvg.astro` (the
 * same component the pages draw charts with) rendered to a string by Astro's
 * container API, in its frame (title above, source and credit below), with
 * the light theme's paint written onto each element (`src/lib/charts/standalone.ts`),
 * so the SVG needs no stylesheet and no CSS variable. The PNG is that SVG
 * rasterised `PNG_WIDTH` pixels wide by `src/lib/publish/raster.ts`, with the project's
 * fonts and none of the machine's. Each file is made once per build and edition;
 * a PNG whose SVG is unchanged comes from the raster cache.
 */
import { experimental_AstroContainer } from 'astro/container';
import type { Edition } from '../../data/edition.ts';
import { pngSize } from '../../lib/publish/og-image.ts';
import { svgToPng } from '../../lib/publish/raster.ts';
import { chartPaintRules, fontStack, inlinePaint, lightPalette } from '../../lib/charts/standalone.ts';
import { cached, fileDigest, packageVersions } from '../../lib/publish/raster-cache.ts';
import chartsCss from '../../styles/charts.css?raw';
import baseCss from '../../styles/base.css?raw';
import tokensCss from '../../styles/tokens.css?raw';
import ChartSvg from './ChartSvg.astro';

let container: ReturnType<typeof experimental_AstroContainer.create> | undefined;
const svgs = new Map<string, Promise<string>>();

/** The chart's standalone SVG, as a complete file. */
export function standaloneSvg(edition: Edition, id: string): Promise<string> {
  const key = `${edition.locale}/${id}`;
  let svg = svgs.get(key);
  if (!svg) svgs.set(key, (svg = render(edition, id)));
  return svg;
}

async function render(edition: Edition, id: string): Promise<string> {
  container ??= experimental_AstroContainer.create();
  const chart = edition.charts.get(id);
  if (!chart) throw new Error(`standalone SVG: no chart "${id}" in the ${edition.locale} edition`);
  const palette = lightPalette(tokensCss);
  const markup = await (
    await container
  ).renderToString(ChartSvg, {
    props: {
      chart,
      frame: { ...chart.frame, background: palette['--bg'] ?? '#ffffff', font: fontStack(baseCss) },
    },
  });
  const painted = inlinePaint(markup.trim(), chartPaintRules(chartsCss, palette));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${painted}\n`;
}

/** The chart's PNG: the standalone SVG rasterised `chart.png.width` pixels wide. */
export function standalonePng(edition: Edition, id: string): Promise<Uint8Array<ArrayBuffer>> {
  // Astro asks for the files one after another; the first request starts every chart of the
  // edition at once, so resvg rasterises them side by side on libuv's worker threads.
  if (!pngs.has(`${edition.locale}/${id}`)) {
    for (const other of edition.charts.keys()) pngs.set(`${edition.locale}/${other}`, rasterise(edition, other));
  }
  return pngs.get(`${edition.locale}/${id}`)!;
}

const pngs = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

async function rasterise(edition: Edition, id: string): Promise<Uint8Array<ArrayBuffer>> {
  const chart = edition.charts.get(id)!;
  const svg = await standaloneSvg(edition, id);
  const name = edition.routes.chartImage(id, 'png');
  // Kept between builds by what decides its pixels (src/lib/publish/raster-cache.ts): the SVG, the size, this
  // code, the rasteriser and the project's font packages (system fonts are never used).
  rasteriser ??= [
    fileDigest('src/components/charts/standalone-svg.ts'),
    fileDigest('src/lib/publish/raster.ts'),
    ...packageVersions(['@resvg/resvg-js', '@fontsource/inter', '@fontsource/noto-sans-sc']),
  ];
  const png = await cached(['chart-png', svg, chart.png, ...rasteriser], () => svgToPng(svg, chart.png.width, name));
  const size = pngSize(png);
  if (size.width !== chart.png.width || size.height !== chart.png.height) {
    throw new Error(
      `${name}: rasterised ${size.width}×${size.height}, expected ${chart.png.width}×${chart.png.height}`,
    );
  }
  return png;
}

let rasteriser: unknown[] | undefined;
