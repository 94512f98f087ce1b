/**
 * Rasters do not depend on the machine's fonts: every chart PNG of the build
 * (made on this machine, with whatever fonts it has) is the same bytes as the
 * same SVG rasterised in a child process that sees no system font at all (a
 * fontconfig listing no folder, no home, no XDG data folders). A control shows
 * that the empty fontconfig does hide the machine's fonts from a rasteriser
 * that uses them (librsvg, through sharp), where the machine has any font.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/publish/og-image.ts';
import { DIST_DIR, ROOT } from '../support/harness.ts';

const scratch = mkdtempSync(join(tmpdir(), 'no-fonts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An environment in which fontconfig finds no font. */
function noFontsEnv(): NodeJS.ProcessEnv {
  const conf = join(scratch, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig><cachedir>${join(scratch, 'cache')}</cachedir></fontconfig>\n`,
  );
  return {
    PATH: process.env.PATH,
    FONTCONFIG_FILE: conf,
    FONTCONFIG_PATH: scratch,
    HOME: scratch,
    XDG_DATA_HOME: join(scratch, 'data'),
    XDG_DATA_DIRS: join(scratch, 'data'),
    XDG_CONFIG_HOME: join(scratch, 'config'),
  };
}

/** Every chart PNG of the build, with the SVG it was made from. */
const charts = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)data\/[^/]+\.png$/.test(file))
  .map((png) => ({ png, svg: png.replace(/\.png$/, '.svg') }))
  .sort((a, b) => a.png.localeCompare(b.png));

/** Whether the machine has system fonts at all (Debian keeps them under /usr/share/fonts). */
const machineHasFonts =
  existsSync('/usr/share/fonts') &&
  readdirSync('/usr/share/fonts', { recursive: true, encoding: 'utf8' }).some((file) => /\.(ttf|otf|ttc)$/i.test(file));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('chart PNGs and system fonts', () => {
  it('finds the chart PNGs of every edition, Chinese included', () => {
    expect(charts.length).toBeGreaterThanOrEqual(12);
    expect(charts.some(({ png }) => png.startsWith('zh/'))).toBe(true);
  });

  it('are the same bytes when rasterised where there is no system font', () => {
    const args = charts.map(({ png, svg }) => {
      const { width } = pngSize(readFileSync(join(DIST_DIR, png)));
      return `${join(DIST_DIR, svg)}=${width}`;
    });
    const out = execFileSync(process.execPath, [join(ROOT, 'tests/support/raster-child.ts'), ...args], {
      cwd: ROOT,
      env: noFontsEnv(),
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const childHashes = JSON.parse(out) as Record<string, string>;
    const differ = charts.filter(
      ({ png, svg }) => childHashes[join(DIST_DIR, svg)] !== sha256(readFileSync(join(DIST_DIR, png))),
    );
    expect(differ.map(({ png }) => relative(DIST_DIR, join(DIST_DIR, png)))).toEqual([]);
  });

  it.skipIf(!machineHasFonts)('control: the empty fontconfig does hide the machine fonts from librsvg', () => {
    const script = `import sharp from 'sharp'; import { readFileSync } from 'node:fs';
      const png = await sharp(readFileSync(process.argv[1])).png().toBuffer();
      process.stdout.write(png.toString('base64'));`;
    const render = (env: NodeJS.ProcessEnv) =>
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', script, join(DIST_DIR, 'zh/data/bmw-investment.svg')],
        {
          cwd: ROOT,
          env,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
    // librsvg draws text with the fonts fontconfig finds: without any, the Chinese text changes.
    expect(render(noFontsEnv())).not.toBe(render({ ...process.env }));
  });
});
