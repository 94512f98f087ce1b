/**
 * HTML validity gate: the Nu HTML Checker (npm vnu-jar, the W3C validator's
 * engine) over every built HTML page, in one JVM run: zero errors. A small
 * invalid page goes through the same run to prove the checker reports errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatedPages } from '../support/crawl.ts';
import { DIST_DIR } from '../support/harness.ts';

/** vnu.jar as shipped by the vnu-jar package (which exports its path as a String object). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Messages of the checker's CSS validator about standard CSS it does not know
 * yet. Each is valid CSS in every current browser: container queries (CSS
 * Containment 3) and paint-order (CSS Fill and Stroke 3). Only exact messages
 * are ignored, so any other CSS or HTML error still fails.
 */
const OUTDATED_CSS_MESSAGES = new Set([
  "CSS: “container-type”: Property “container-type” doesn't exist.",
  "CSS: “container-name”: Property “container-name” doesn't exist.",
  "CSS: “container”: Property “container” doesn't exist.",
  'CSS: Unrecognized at-rule “@container”',
  "CSS: “paint-order”: Property “paint-order” doesn't exist.",
]);

/** One message of `vnu --format json`. */
interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const pages = gatedPages(DIST_DIR);
let fixtureDir: string;
let fixture: string;
let messages: VnuMessage[] = [];

beforeAll(() => {
  fixtureDir = mkdtempSync(join(tmpdir(), 'vnu-'));
  fixture = join(fixtureDir, 'invalid.html');
  writeFileSync(
    fixture,
    '<!doctype html><html lang="en"><head><title>t</title></head><body>' +
      '<p id="a">one</p><p id="a">two</p><img src="x.png"><ul><div>no</div></ul></body></html>',
  );
  const run = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...pages.map((p) => p.file), fixture],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw new Error(`could not run java (apt-get install -y default-jre-headless): ${run.error.message}`);
  // vnu writes its JSON report on stderr and exits 1 when it found errors.
  if (run.status !== 0 && run.status !== 1) throw new Error(`vnu failed (${run.status}): ${run.stderr}`);
  messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
});
afterAll(() => {
  if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
});

describe('the Nu HTML Checker', () => {
  it('reports the errors of an invalid page (duplicate id, img without alt, div in ul)', () => {
    const found = messages.filter((m) => fileURLToPath(m.url) === fixture).map((m) => m.message);
    expect(found.some((m) => /Duplicate ID/.test(m))).toBe(true);
    expect(found.some((m) => /alt/.test(m))).toBe(true);
    expect(found.some((m) => /“div” not allowed as child of element “ul”/.test(m))).toBe(true);
  });

  it(`finds no error in any of the ${pages.length} built pages`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const errors = messages
      .filter((m) => fileURLToPath(m.url) !== fixture)
      .filter((m) => m.type !== 'info')
      .filter((m) => !OUTDATED_CSS_MESSAGES.has(m.message))
      .map(
        (m) =>
          `${fileURLToPath(m.url).slice(DIST_DIR.length + 1)}:${m.lastLine}:${m.firstColumn} ${m.message} [${m.extract ?? ''}]`,
      );
    console.info(`html-validity: vnu checked ${pages.length} pages`);
    expect(errors).toEqual([]);
  });
});
