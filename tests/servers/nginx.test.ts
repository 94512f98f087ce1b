/** nginx (Debian's 1.22) on the configurations of docs/deploy.md: at the root and under /sub/. */
import { inject } from 'vitest';
import { DIST_DIR, NGINX, startNginx, wwwFolder } from './harness.ts';
import { describeServer } from './suite.ts';

describeServer({
  title: 'nginx-root',
  binary: NGINX,
  base: '/',
  build: () => DIST_DIR,
  folders: (build) => ({ build }),
  start: (certs, folders) => startNginx('nginx-root', certs, folders),
  slashRedirect: 301,
  httpsRedirect: 301,
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
