/**
 * nginx (Debian's 1.22) on the configurations of docs/deploy.md: at the root
 * and under /sub/; the root site is also graded by the MDN HTTP Observatory.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { NGINX, ROOT, startNginx, wwwFolder } from './harness.ts';
import type { ObservatoryResult } from './observatory-scan.ts';
import { describeServer } from './suite.ts';

describeServer({
  title: 'nginx-root',
  binary: NGINX,
  base: '/',
  build: () => inject('rootBuild'),
  folders: (build) => ({ build }),
  start: (certs, folders) => startNginx('nginx-root', certs, folders),
  slashRedirect: 301,
  httpsRedirect: 301,
  extra: (context) => {
    it('gets grade A+ with all 10 tests passed from the MDN HTTP Observatory', () => {
      const { server, certs } = context();
      // A child process: NODE_EXTRA_CA_CERTS is only read when Node starts. process.execPath is
      // the project's Node 24 (npm scripts put it first on the PATH).
      const output = execFileSync(
        process.execPath,
        [
          join(ROOT, 'tests/servers/observatory-scan.ts'),
          '127.0.0.1',
          String(server.httpPort),
          String(server.httpsPort),
        ],
        {
          env: { ...process.env, NODE_EXTRA_CA_CERTS: certs.caPath },
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const result = JSON.parse(output) as ObservatoryResult;
      console.log(
        `MDN HTTP Observatory, nginx (docs/deploy.md): grade ${result.grade}, score ${result.score}, ` +
          `${result.testsPassed}/${result.testsQuantity} tests passed`,
      );
      const failed = Object.entries(result.tests).filter(([, test]) => !test.pass);
      expect(failed).toEqual([]);
      // The redirect and HSTS tests only pass over verified HTTPS: the CA was trusted.
      expect(result.tests.redirection?.result).toBe('redirection-to-https');
      expect(result.tests['strict-transport-security']?.result).toBe('hsts-implemented-max-age-at-least-six-months');
      expect(result.grade).toBe('A+');
      expect(result.testsQuantity).toBe(10);
      expect(result.testsPassed).toBe(10);
    });
  },
});

describeServer({
  title: 'nginx-sub',
  binary: NGINX,
  base: '/sub/',
  build: () => inject('subBuild'),
  folders: (build, scratch) => ({ build, www: wwwFolder(scratch, build) }),
  start: (certs, folders) => startNginx('nginx-sub', certs, folders),
  slashRedirect: 301,
  httpsRedirect: 301,
});
