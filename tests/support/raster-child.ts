/**
 * Child process for tests/e2e/raster-fonts.test.ts: rasterises each SVG file
 * named on the command line (`file.svg=width`) with `src/lib/publish/raster.ts` and
 * prints the SHA-256 of each PNG as JSON. Run with an empty fontconfig, it
 * shows what the build would make on a machine with no fonts at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { svgToPng } from '../../src/lib/publish/raster.ts';

const hashes: Record<string, string> = {};
for (const arg of process.argv.slice(2)) {
  const [file, width] = arg.split('=');
  const png = await svgToPng(readFileSync(file!, 'utf8'), Number(width), file!);
  hashes[file!] = createHash('sha256').update(png).digest('hex');
}
process.stdout.write(JSON.stringify(hashes));
