/**
 * A cache of drawn images (share cards, chart PNGs) between builds, keyed by a hash of what they show.
 *
 * `cached(parts, draw)` hashes `parts` (everything that decides the picture: the words and numbers
 * on it, its size, the fonts' bytes, the renderer's name and version, the drawing code), and returns
 * the stored file for that hash, or draws, stores and returns it. Unchanged content draws nothing on
 * a rebuild; any change to a part (a word, a font, a renderer upgrade) is a new key, so a stale image
 * is never served. Files live in `<Astro cacheDir>/rasters/` (node_modules/.astro by default, which
 * hosts keep between builds): the raster-cache integration passes the folder as RASTER_CACHE_DIR.
 * Without it (unit tests, scripts) nothing is stored and every image is drawn.
 * A file's modification time is when a build last used it; `pruneRasterCache` removes what no build
 * has used for `RASTER_CACHE_MAX_AGE_DAYS`, so the folder holds what recent builds show, not every
 * image ever drawn.
 *
 * Knows nothing about Astro, sharp or satori: callers name their renderer in `parts`
 * (`packageVersions`, `fileDigest`).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The environment variable naming the cache folder. */
export const RASTER_CACHE_ENV = 'RASTER_CACHE_DIR';

/** What the cache did in this process: images drawn, and images reused from an earlier build. */
interface RasterCacheStats {
  drawn: number;
  reused: number;
}

// On globalThis: the integration that reports the figures and the bundled pages that draw load
// separate copies of this module in the same process.
const STATS_KEY = Symbol.for('sino-german-explainer.raster-cache.stats');
const store = globalThis as { [STATS_KEY]?: RasterCacheStats };

/** This process's counts (shared by every copy of the module). */
export function rasterCacheStats(): RasterCacheStats {
  return (store[STATS_KEY] ??= { drawn: 0, reused: 0 });
}

/** SHA-256 of byte arrays already hashed (the same font's bytes come with every card). */
const byteDigests = new WeakMap<Uint8Array, string>();

function bytesDigest(bytes: Uint8Array): string {
  let digest = byteDigests.get(bytes);
  if (!digest) byteDigests.set(bytes, (digest = createHash('sha256').update(bytes).digest('hex')));
  return digest;
}

/** Plain JSON of a key part, with object keys sorted and byte arrays as their SHA-256, so equal content hashes equally. */
function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return { sha256: bytesDigest(value) };
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    throw new Error(`raster cache: a key part cannot be ${typeof value}`);
  }
  return value;
}

/** The cache key of `parts`: a SHA-256 in hex. */
export function rasterKey(parts: readonly unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(parts)))
    .digest('hex');
}

/** `name@version` of each npm package, as installed for the project at `root`: a renderer's identity in a key. */
export function packageVersions(names: readonly string[], root = process.cwd()): string[] {
  const require = createRequire(join(root, 'package.json'));
  return names.map((name) => {
    // The package's own package.json, found upward from its entry (many packages do not export it).
    for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return `${name}@${manifest.version}`;
    }
    throw new Error(`raster cache: cannot find the version of ${name}`);
  });
}

/** SHA-256 of a file of the project (e.g. the module whose code lays out the picture). */
export function fileDigest(path: string, root = process.cwd()): string {
  return createHash('sha256')
    .update(readFileSync(join(root, path)))
    .digest('hex');
}

/** The folder images are kept in, or undefined when caching is off. */
function rasterCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[RASTER_CACHE_ENV] || undefined;
}

/**
 * The image for `parts`: read from the cache when an earlier build drew it, otherwise drawn by `draw`
 * and stored (written to a temporary name, then renamed, so a build stopped half-way leaves no
 * broken file). `dir` defaults to RASTER_CACHE_DIR; undefined draws every time.
 */
export async function cached(
  parts: readonly unknown[],
  draw: () => Promise<Uint8Array>,
  dir: string | undefined = rasterCacheDir(),
): Promise<Uint8Array<ArrayBuffer>> {
  const stats = rasterCacheStats();
  if (dir === undefined) {
    stats.drawn += 1;
    return new Uint8Array(await draw());
  }
  const file = join(dir, `${rasterKey(parts)}.bin`);
  try {
    const hit = new Uint8Array(readFileSync(file));
    stats.reused += 1;
    // Used by this build: kept by the next prune.
    const now = new Date();
    utimesSync(file, now, now);
    return hit;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const drawn = new Uint8Array(await draw());
  stats.drawn += 1;
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, drawn);
  renameSync(temp, file);
  return drawn;
}

/** Days an image may go unused by any build before `pruneRasterCache` removes it. */
export const RASTER_CACHE_MAX_AGE_DAYS = 30;

/** What a prune did. */
export interface PruneResult {
  /** Images (and left-over temporary files) removed. */
  removed: number;
  /** Images kept. */
  kept: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes from `dir` every image no build has used for `maxAgeDays` (its modification time, which
 * `cached` renews on each use), and temporary files a stopped build left more than a day ago. Builds
 * of different settings (the root site and a sub-path build) share the folder, so what one build did
 * not use is not removed while another still uses it. A missing folder is an empty cache.
 */
export function pruneRasterCache(
  dir: string,
  { maxAgeDays = RASTER_CACHE_MAX_AGE_DAYS, now = Date.now() }: { maxAgeDays?: number; now?: number } = {},
): PruneResult {
  if (!Number.isFinite(maxAgeDays) || maxAgeDays <= 0) {
    throw new Error(`raster cache: maxAgeDays must be a number of days above 0, not ${maxAgeDays}`);
  }
  const result: PruneResult = { removed: 0, kept: 0 };
  if (!existsSync(dir)) return result;
  for (const name of readdirSync(dir)) {
    const isImage = name.endsWith('.bin');
    if (!isImage && !name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    const age = now - statSync(path).mtimeMs;
    if (age > (isImage ? maxAgeDays * DAY_MS : DAY_MS)) {
      rmSync(path, { force: true });
      result.removed += 1;
    } else if (isImage) result.kept += 1;
  }
  return result;
}
