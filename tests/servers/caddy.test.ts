/** Caddy (Debian's 2.6) on the Caddyfiles of docs/deploy.md: at the root and under /sub/. */
import { inject } from 'vitest';
import { CADDY, startCaddy, wwwFolder } from './harness.ts';
import { describeServer } from './suite.ts';

describeServer({
  title: 'caddy-root',
  binary: CADDY,
  base: '/',
  build: () => inject('rootBuild'),
  folders: (build) => ({ build }),
  start: (certs, folders) => startCaddy('caddy-root', certs, folders),
  slashRedirect: 308,
  httpsRedirect: 308,
});

describeServer({
  title: 'caddy-sub',
  binary: CADDY,
  base: '/sub/',
  build: () => inject('subBuild'),
  folders: (build, scratch) => ({ build, www: wwwFolder(scratch, build) }),
  start: (certs, folders) => startCaddy('caddy-sub', certs, folders),
  slashRedirect: 308,
  httpsRedirect: 308,
});
