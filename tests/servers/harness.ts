/**
 * Set-up for the server tests: reads the nginx and Caddy configurations out of
 * docs/deploy.md (the fenced blocks after a `<!-- server-test: NAME -->`
 * comment), adapts only addresses, ports, certificate paths and folders,
 * makes a throwaway CA and certificate with openssl, starts the real servers
 * on 127.0.0.1 and fetches from them over HTTPS with that CA trusted.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST_DIR, ROOT, SUB_SITE } from '../support/harness.ts';

export { DIST_DIR, ROOT };

/** The server name in the documented configurations; requests send it as Host and SNI. */
export const SERVER_NAME = new URL(SUB_SITE.SITE_URL).hostname;

/** The sub-path the documented sub-path blocks use, and the one the tests build with. */
export const DOC_BASE = '/nev-explainer/';
export const TEST_BASE = SUB_SITE.BASE_PATH;

/** The server binaries (Debian's paths; override with NGINX / CADDY). */
export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const CADDY = process.env.CADDY ?? '/usr/bin/caddy';

/** Names of the documented blocks. */
export type ConfigName = 'nginx-root' | 'nginx-sub' | 'caddy-root' | 'caddy-sub';

/** The text of the fenced block that follows `<!-- server-test: name -->` in docs/deploy.md. */
export function documentedConfig(
  name: ConfigName,
  markdown = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8'),
): string {
  const pattern = new RegExp(`<!-- server-test: ${name} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\`\\n`);
  const match = pattern.exec(markdown);
  if (!match?.[1]) throw new Error(`docs/deploy.md has no fenced block after <!-- server-test: ${name} -->`);
  return match[1];
}

/** Replaces every `from` in `text`, and fails if there is none (the docs changed under the test). */
export function replaceAll(text: string, from: string | RegExp, to: string, what: string): string {
  const regex = typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : from;
  if (!regex.global) throw new Error(`replaceAll needs a global regex for ${what}`);
  const found = text.match(regex);
  if (!found) throw new Error(`the documented configuration no longer contains ${what} (${String(from)})`);
  return text.replace(regex, () => to);
}

/**
 * A new temp folder, readable by all: nginx workers started by root run as
 * `nobody`, and must read the builds and folders placed here.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  // Every folder above must let others through too, or the workers stop there.
  for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
    if ((statSync(up).mode & 0o001) === 0) {
      throw new Error(
        `${up} is not searchable by other users, so a server's workers could not reach ${dir}: set TMPDIR`,
      );
    }
  }
  return dir;
}

/**
 * Copies a build into `dir` (a `tempDir`) with every folder 755 and every file 644, and returns the copy:
 * the servers serve that, never the clone itself, which may sit in a folder the workers cannot enter
 * (a clone under /root, mode 700: nginx started by root runs its workers as `nobody`).
 */
export function servableCopy(build: string, dir: string): string {
  const copy = join(dir, 'build');
  cpSync(build, copy, { recursive: true });
  const open = (path: string) => {
    if (statSync(path).isDirectory()) {
      chmodSync(path, 0o755);
      for (const name of readdirSync(path)) open(join(path, name));
    } else chmodSync(path, 0o644);
  };
  open(copy);
  return copy;
}

/** The throwaway CA and the server certificate it signs (for example.org and 127.0.0.1). */
export interface Certificates {
  dir: string;
  caPath: string;
  ca: Buffer;
  certPath: string;
  keyPath: string;
}

/** Makes a CA and a server certificate with openssl in `dir`. */
export function makeCertificates(dir: string): Certificates {
  const at = (file: string) => join(dir, file);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Server test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl('req', ...ec, '-keyout', 'site.key', '-out', 'site.csr', '-subj', `/CN=${SERVER_NAME}`);
  writeFileSync(
    at('site.ext'),
    `subjectAltName=DNS:${SERVER_NAME},IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    'site.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'site.pem',
    '-days',
    '2',
    '-extfile',
    'site.ext',
  );
  return {
    dir,
    caPath: at('ca.pem'),
    ca: readFileSync(at('ca.pem')),
    certPath: at('site.pem'),
    keyPath: at('site.key'),
  };
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** A response, with the body decompressed when it came gzip-encoded. */
export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (possibly gzip). */
  raw: Buffer;
  /** The body after undoing gzip. */
  body: Buffer;
}

/** Options for one request. */
export interface Fetch {
  port: number;
  path: string;
  /** HTTPS with this CA trusted; plain HTTP when missing. */
  ca?: Buffer;
  headers?: Record<string, string>;
}

/** GET over HTTPS (SNI and Host example.org, our CA trusted) or HTTP, on 127.0.0.1; no redirects followed. */
export function fetchFrom({ port, path, ca, headers = {} }: Fetch): Promise<Reply> {
  return new Promise((done, fail) => {
    const options = { host: '127.0.0.1', port, path, method: 'GET', headers: { Host: SERVER_NAME, ...headers } };
    const callback = (response: import('node:http').IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        done({ status: response.statusCode ?? 0, headers: response.headers, raw, body });
      });
    };
    const req = ca
      ? httpsRequest({ ...options, ca, servername: SERVER_NAME }, callback)
      : httpRequest(options, callback);
    req.on('error', fail);
    req.end();
  });
}

/** Waits until something accepts HTTPS with our CA on `port`, or the process exits, or 20 s pass. */
export async function waitForServer(port: number, ca: Buffer, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${log()}`);
    try {
      await fetchFrom({ port, path: '/', ca });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`the server did not answer on port ${port}:\n${log()}`);
}

/** A server started for a test. */
export interface RunningServer {
  httpPort: number;
  httpsPort: number;
  /** Everything the server wrote to stdout/stderr and its error log. */
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts a server process and records its output. */
function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { child, output: () => output, stop };
}

/** Where a site's build lies for a configuration: the folder `root` names, and the build inside it. */
export interface SiteFolders {
  /** The build (dist/ or the sub-path build). */
  build: string;
  /** For sub-path blocks: a folder holding the build under the sub-path's name (`<www>/sub → build`). */
  www?: string;
}

/** A folder whose `sub/` entry is the sub-path build, for the sub-path blocks' `root`. */
export function wwwFolder(dir: string, build: string): string {
  const www = join(dir, 'www');
  mkdirSync(www, { recursive: true });
  symlinkSync(build, join(www, TEST_BASE.replaceAll('/', '')));
  return www;
}

/** The documented nginx block with only ports, listen addresses, certificates, folders and the sub-path adapted. */
export function adaptNginx(
  text: string,
  ports: { http: number; https: number },
  certs: Certificates,
  folders: SiteFolders,
): string {
  let conf = text;
  conf = replaceAll(conf, /^\s*listen \[::\]:\d+[^;]*;\n/gm, '', 'an IPv6 listen line');
  conf = replaceAll(conf, /listen 80;/g, `listen 127.0.0.1:${ports.http};`, 'listen 80');
  conf = replaceAll(conf, /listen 443 ssl/g, `listen 127.0.0.1:${ports.https} ssl`, 'listen 443 ssl');
  // The redirect keeps the test's HTTPS port (a real site is on 443, which URLs leave out).
  conf = replaceAll(
    conf,
    'https://$host$request_uri',
    `https://$host:${ports.https}$request_uri`,
    'the HTTPS redirect',
  );
  conf = replaceAll(conf, '/etc/letsencrypt/live/example.org/fullchain.pem', certs.certPath, 'the certificate path');
  conf = replaceAll(conf, '/etc/letsencrypt/live/example.org/privkey.pem', certs.keyPath, 'the key path');
  if (folders.www) {
    conf = replaceAll(conf, '/srv/www', folders.www, 'the web root');
    conf = replaceAll(conf, DOC_BASE, TEST_BASE, 'the sub-path');
  } else {
    conf = replaceAll(conf, '/srv/nev-explainer/dist', folders.build, 'the build folder');
  }
  return conf;
}

/** Starts nginx in the foreground with a temp prefix, the adapted block as its only server configuration. */
export async function startNginx(name: ConfigName, certs: Certificates, folders: SiteFolders): Promise<RunningServer> {
  const prefix = tempDir('nginx-test-');
  for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
  const ports = { http: await freePort(), https: await freePort() };
  const site = adaptNginx(documentedConfig(name), ports, certs, folders);
  writeFileSync(join(prefix, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `    ${kind}_temp_path ${join(prefix, 'tmp', kind)};`,
  );
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'master_process on;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs/error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '    access_log off;',
      ...temp,
      `    include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf')];
  const errorLog = () => {
    try {
      return readFileSync(join(prefix, 'logs/error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  try {
    execFileSync(NGINX, [...args, '-t'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`nginx -t rejects the documented ${name} block:\n${stderr}\n--- adapted block ---\n${site}`);
  }
  const proc = startProcess(NGINX, args);
  const log = () => `${proc.output()}${errorLog()}`;
  await waitForServer(ports.https, certs.ca, proc.child, log);
  return {
    httpPort: ports.http,
    httpsPort: ports.https,
    log,
    stop: async () => {
      await proc.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** The documented Caddyfile with only ports, certificates, folders and the sub-path adapted. */
export function adaptCaddy(
  text: string,
  ports: { http: number; https: number },
  certs: Certificates,
  folders: SiteFolders,
): string {
  let conf = text;
  conf = replaceAll(
    conf,
    /# tls \/etc\/ssl\/example\.org\/fullchain\.pem \/etc\/ssl\/example\.org\/privkey\.pem/g,
    `tls ${certs.certPath} ${certs.keyPath}`,
    'the commented tls line',
  );
  if (folders.www) {
    conf = replaceAll(conf, '/srv/www', folders.www, 'the web root');
    conf = replaceAll(conf, DOC_BASE.slice(0, -1), TEST_BASE.slice(0, -1), 'the sub-path');
  } else {
    conf = replaceAll(conf, '/srv/nev-explainer/dist', folders.build, 'the build folder');
  }
  // Test-only global options: the ports, no admin endpoint, and never touch the system trust store.
  const globals = [
    '{',
    '\tadmin off',
    '\tskip_install_trust',
    `\thttp_port ${ports.http}`,
    `\thttps_port ${ports.https}`,
    '}',
    '',
  ];
  return `${globals.join('\n')}\n${conf}`;
}

/** Starts Caddy with the adapted Caddyfile, its data and config kept in a temp folder. */
export async function startCaddy(name: ConfigName, certs: Certificates, folders: SiteFolders): Promise<RunningServer> {
  const home = tempDir('caddy-test-');
  const ports = { http: await freePort(), https: await freePort() };
  const caddyfile = adaptCaddy(documentedConfig(name), ports, certs, folders);
  writeFileSync(join(home, 'Caddyfile'), caddyfile);
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') };
  const args = ['--config', join(home, 'Caddyfile'), '--adapter', 'caddyfile'];
  try {
    execFileSync(CADDY, ['validate', ...args], { stdio: 'pipe', env });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? String(error)}`;
    throw new Error(
      `caddy validate rejects the documented ${name} block:\n${output}\n--- adapted block ---\n${caddyfile}`,
    );
  }
  const proc = startProcess(CADDY, ['run', ...args], env);
  await waitForServer(ports.https, certs.ca, proc.child, proc.output);
  return {
    httpPort: ports.http,
    httpsPort: ports.https,
    log: proc.output,
    stop: async () => {
      await proc.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Every built HTML file under `dir`, relative paths. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** Checks the root build is there. */
export function requireBuild(dir = DIST_DIR): void {
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, '_nginx/security-headers.conf'))) {
    throw new Error(`${dir} has no index.html or _nginx/security-headers.conf: run \`npm run build\` first`);
  }
}
