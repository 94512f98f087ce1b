/** The raster cache: an image is drawn once per thing it shows, and redrawn when any part of its key changes. */
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cached,
  packageVersions,
  pruneRasterCache,
  rasterCacheStats,
  rasterKey,
} from '../../src/lib/publish/raster-cache.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'raster-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A drawing function that counts its calls and returns different bytes each time. */
function counter() {
  let calls = 0;
  return {
    draw: async () => new Uint8Array([++calls, 7, 7]),
    get calls() {
      return calls;
    },
  };
}

describe('cached', () => {
  it('draws once and returns the stored bytes when the same thing is asked for again', async () => {
    const drawing = counter();
    const before = { ...rasterCacheStats() };
    const first = await cached(['card', { title: 'A', number: '20 billion yuan' }], drawing.draw, dir);
    const again = await cached(['card', { number: '20 billion yuan', title: 'A' }], drawing.draw, dir);
    expect(drawing.calls).toBe(1);
    expect([...again]).toEqual([...first]);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(rasterCacheStats()).toEqual({ drawn: before.drawn + 1, reused: before.reused + 1 });
  });

  it('draws again when a word, a font byte or the renderer changes', async () => {
    const drawing = counter();
    const font = new Uint8Array([1, 2, 3]);
    await cached(['card', { title: 'A' }, font, 'sharp@1'], drawing.draw, dir);
    await cached(['card', { title: 'B' }, font, 'sharp@1'], drawing.draw, dir);
    await cached(['card', { title: 'A' }, new Uint8Array([1, 2, 4]), 'sharp@1'], drawing.draw, dir);
    await cached(['card', { title: 'A' }, font, 'resvg@2'], drawing.draw, dir);
    expect(drawing.calls).toBe(4);
    // The same bytes in another array are the same font.
    await cached(['card', { title: 'A' }, new Uint8Array([1, 2, 3]), 'sharp@1'], drawing.draw, dir);
    expect(drawing.calls).toBe(4);
  });

  it('keeps what it drew across processes: a new build reads the folder', async () => {
    const drawing = counter();
    await cached(['chart', '<svg/>'], drawing.draw, dir);
    expect(readdirSync(dir)).toEqual([`${rasterKey(['chart', '<svg/>'])}.bin`]);
    expect([...(await cached(['chart', '<svg/>'], counter().draw, dir))]).toEqual([1, 7, 7]);
  });

  it('draws every time without a folder', async () => {
    const drawing = counter();
    await cached(['chart'], drawing.draw, undefined);
    await cached(['chart'], drawing.draw, undefined);
    expect(drawing.calls).toBe(2);
  });

  it('refuses a key part that has no value', () => {
    expect(() => rasterKey([undefined])).toThrow(/cannot be undefined/);
  });
});

describe('packageVersions', () => {
  it("names the installed renderers' versions", () => {
    expect(packageVersions(['sharp', 'satori'])).toEqual([
      expect.stringMatching(/^sharp@\d+\.\d+\.\d+/),
      expect.stringMatching(/^satori@\d+\.\d+\.\d+/),
    ]);
  });
});

describe('pruneRasterCache', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const age = (name: string, days: number, now: number) => {
    const then = new Date(now - days * DAY);
    utimesSync(join(dir, name), then, then);
  };

  it('removes images no build used for 30 days, and temporary files older than a day', async () => {
    const now = Date.now();
    await cached(['old'], async () => new Uint8Array([1]), dir);
    await cached(['recent'], async () => new Uint8Array([2]), dir);
    const [oldFile, recentFile] = [`${rasterKey(['old'])}.bin`, `${rasterKey(['recent'])}.bin`];
    age(oldFile, 31, now);
    age(recentFile, 29, now);
    writeFileSync(join(dir, 'x.bin.123.tmp'), 'half');
    age('x.bin.123.tmp', 2, now);
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    age('notes.txt', 400, now);
    expect(pruneRasterCache(dir, { now })).toEqual({ removed: 2, kept: 1 });
    expect(readdirSync(dir).sort()).toEqual([recentFile, 'notes.txt'].sort());
  });

  it('keeps an old image a build has just used again: a use renews it', async () => {
    const now = Date.now();
    const drawing = counter();
    await cached(['card'], drawing.draw, dir);
    const file = `${rasterKey(['card'])}.bin`;
    age(file, 45, now);
    await cached(['card'], drawing.draw, dir);
    expect(drawing.calls).toBe(1);
    expect(now - statSync(join(dir, file)).mtimeMs).toBeLessThan(DAY);
    expect(pruneRasterCache(dir, { now })).toEqual({ removed: 0, kept: 1 });
  });

  it('treats a missing folder as empty and refuses a nonsensical age', () => {
    expect(pruneRasterCache(join(dir, 'none'))).toEqual({ removed: 0, kept: 0 });
    expect(() => pruneRasterCache(dir, { maxAgeDays: 0 })).toThrow(/maxAgeDays/);
  });
});
