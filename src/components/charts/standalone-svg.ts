/**
 * Renders a chart as a file of its own, at build time: `ChartSvg.astro` (the
 * same component the pages draw charts with) rendered to a string by Astro's
 * container API, in its frame (title above, source and credit below), with
 * the light theme's paint written onto each element (`src/lib/charts/standalone.ts`),
 * so the SVG needs no stylesheet and no CSS variable. The PNG is that SVG
 * rasterised by sharp, `PNG_WIDTH` pixels wide. Each file is made once per
 * build and edition; a PNG whose SVG is unchanged comes from the raster cache.
 */
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer } from 'astro/container';
import sharp from 'sharp';
import type { Edition } from '../../data/edition.ts';
import type { ChartId } from '../../lib/charts/ids.ts';
import { chartPaintRules, fontStack, inlinePaint, lightPalette } from '../../lib/charts/standalone.ts';
import { cached, fileDigest, packageVersions } from '../../lib/raster-cache.ts';
import chartsCss from '../../styles/charts.css?raw';
import baseCss from '../../styles/base.css?raw';
import tokensCss from '../../styles/tokens.css?raw';
import ChartSvg from './ChartSvg.astro';

let container: ReturnType<typeof experimental_AstroContainer.create> | undefined;
const svgs = new Map<string, Promise<string>>();

/** The chart's standalone SVG, as a complete file. */
export function standaloneSvg(edition: Edition, id: ChartId): Promise<string> {
  const key = `${edition.locale}/${id}`;
  let svg = svgs.get(key);
  if (!svg) svgs.set(key, (svg = render(edition, id)));
  return svg;
}

async function render(edition: Edition, id: ChartId): Promise<string> {
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
export function standalonePng(edition: Edition, id: ChartId): Promise<Uint8Array<ArrayBuffer>> {
  // Astro asks for the files one after another; the first request starts every chart of the
  // edition at once, so sharp rasterises them side by side on its worker threads.
  if (!pngs.has(`${edition.locale}/${id}`)) {
    for (const other of edition.charts.keys()) pngs.set(`${edition.locale}/${other}`, rasterise(edition, other));
  }
  return pngs.get(`${edition.locale}/${id}`)!;
}

const pngs = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

async function rasterise(edition: Edition, id: ChartId): Promise<Uint8Array<ArrayBuffer>> {
  const chart = edition.charts.get(id)!;
  const svg = await standaloneSvg(edition, id);
  // librsvg renders the SVG's width at 72 dpi; this density makes it the PNG's width.
  const density = (72 * chart.png.width) / chart.frame.width;
  // Kept between builds by what decides its pixels (src/lib/raster-cache.ts): the SVG, the size, this
  // code, the rasteriser and the machine fonts librsvg finds.
  rasteriser ??= [fileDigest('src/components/charts/standalone-svg.ts'), ...packageVersions(['sharp']), sharp.versions];
  return cached(['chart-png', svg, chart.png, density, ...rasteriser, machineFonts()], async () => {
    const png = await sharp(Buffer.from(svg), { density })
      .resize(chart.png.width, chart.png.height, { fit: 'fill' })
      .png()
      .toBuffer();
    return new Uint8Array(png);
  });
}

let rasteriser: unknown[] | undefined;
let fonts: string | undefined;

/** The font files librsvg may draw chart text with (fontconfig's folders): name, size and time of each. */
function machineFonts(): string {
  if (fonts !== undefined) return fonts;
  const seen: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat?.isDirectory()) walk(path);
      else if (stat) seen.push(`${path} ${stat.size} ${stat.mtimeMs}`);
    }
  };
  for (const dir of [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(homedir(), '.fonts'),
    join(homedir(), '.local/share/fonts'),
  ]) {
    walk(dir);
  }
  return (fonts = seen.join('\n'));
}
