/**
 * The harness itself: the servers serve a world-readable copy of each build, so the suite passes
 * wherever the clone lives. Proved from a clone-like folder of mode 700 (as /root is): nginx started
 * by root runs its workers as `nobody`, who cannot enter it, yet the copy serves every page.
 */
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from '../support/crawl.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST_DIR,
  fetchFrom,
  makeCertificates,
  NGINX,
  requireBuild,
  servableCopy,
  startNginx,
  tempDir,
  type Certificates,
} from './harness.ts';

const asRoot = process.getuid?.() === 0;
let scratch = '';
let certs: Certificates;
/** A build inside a folder only its owner may enter: `<scratch>/home (700)/clone/dist`. */
let privateBuild = '';

beforeAll(() => {
  requireBuild();
  scratch = tempDir('servers-harness-');
  const home = join(scratch, 'home');
  mkdirSync(home);
  chmodSync(home, 0o700);
  privateBuild = join(home, 'clone', 'dist');
  cpSync(DIST_DIR, privateBuild, { recursive: true });
  certs = makeCertificates(scratch);
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!statSync(NGINX, { throwIfNoEntry: false }))('serving a build that lies in a mode-700 folder', () => {
  it.skipIf(!asRoot)(
    'nginx cannot serve it in place (its workers run as nobody): the case the copy is for',
    async () => {
      expect(statSync(join(scratch, 'home')).mode & 0o777).toBe(0o700);
      const server = await startNginx('nginx-root', certs, { build: privateBuild });
      try {
        const reply = await fetchFrom({ port: server.httpsPort, path: '/', ca: certs.ca });
        expect([403, 404]).toContain(reply.status);
      } finally {
        await server.stop();
      }
    },
  );

  it('nginx serves every file of the world-readable copy the suite makes, byte for byte', async () => {
    const copy = servableCopy(privateBuild, tempDir('servers-harness-copy-'));
    const server = await startNginx('nginx-root', certs, { build: copy });
    try {
      const files = builtFiles(copy).filter((file) => !/^_(headers|redirects|nginx|caddy)\b/.test(file)); // host files the recipe hides
      expect(files.length).toBeGreaterThan(20);
      for (const file of files) {
        const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
        const reply = await fetchFrom({ port: server.httpsPort, path, ca: certs.ca });
        expect(reply.status, path).toBe(200);
        expect(reply.body.equals(readFileSync(join(privateBuild, file))), `${path} is the built file`).toBe(true);
      }
    } finally {
      await server.stop();
      rmSync(join(copy, '..'), { recursive: true, force: true });
    }
  });
});
