/**
 * Astro integration: points the raster cache (`src/lib/publish/raster-cache.ts`) at `rasters/` in Astro's
 * cache folder (`cacheDir`, node_modules/.astro by default) and reports, at the end of a build, how
 * many share images and chart PNGs were drawn and how many came from an earlier build; then removes
 * the images no build has used for RASTER_CACHE_MAX_AGE_DAYS.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  pruneRasterCache,
  RASTER_CACHE_ENV,
  RASTER_CACHE_MAX_AGE_DAYS,
  rasterCacheStats,
} from '../lib/publish/raster-cache.ts';

export function rasterCacheIntegration(): AstroIntegration {
  let dir = '';
  return {
    name: 'raster-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        dir = join(fileURLToPath(config.cacheDir), 'rasters');
        process.env[RASTER_CACHE_ENV] = dir;
      },
      'astro:build:done': ({ logger }) => {
        const { drawn, reused } = rasterCacheStats();
        logger.info(`${drawn} image(s) drawn, ${reused} reused from ${dir}`);
        const { removed, kept } = pruneRasterCache(dir);
        logger.info(`${removed} image(s) unused for ${RASTER_CACHE_MAX_AGE_DAYS} days removed, ${kept} kept`);
      },
    },
  };
}
