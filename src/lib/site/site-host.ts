/**
 * Where the build will be published: the public origin, the sub-path and
 * whether search engines may index it, read from an environment.
 *
 * `SITE_URL` and `BASE_PATH` win. Without `SITE_URL`, the variables that
 * Netlify, Cloudflare Pages, Vercel, Render, GitLab CI (Pages) and GitHub
 * Actions give every build are read (each host's documentation is cited in
 * docs/deploy.md). Deploy previews and branch builds are not indexable. With
 * no host either, the site points at localhost, with a warning; a build on a
 * hosting platform that does not say its URL stops. Pure: takes the
 * environment as an object, so every host is unit tested.
 */
import { DEFAULT_SITE_URL, readSiteSettings, SiteConfigError } from './urls.ts';

type Env = Record<string, string | undefined>;

/** What the build publishes to. */
interface ResolvedSite {
  /** Origin, no trailing slash: `https://example.org`. */
  site: string;
  /** Sub-path, slash at both ends: `/` or `/repo/`. */
  base: string;
  /** Which variable(s) the origin came from, for the build log: `SITE_URL`, `URL (Netlify, production)`. */
  source: string;
  /** False for deploy previews and branch builds: pages get `noindex`, robots.txt disallows, no sitemap entries. */
  indexable: boolean;
  /** Problems worth printing that do not stop the build (a local build's localhost URLs). */
  warnings: string[];
}

/** What points at the site URL, named in the warning when it is localhost. */
const SITE_URL_USES =
  'canonical links, hreflang, og:url and og:image, embed codes and oEmbed records, citations (text, BibTeX, CSL-JSON), sitemap, robots.txt and the footer of every SVG and PNG chart';

/** The branch Cloudflare Pages deploys to production unless `PRODUCTION_BRANCH` names another (the dashboard's default). */
const DEFAULT_PRODUCTION_BRANCH = 'main';

/** What a host's variables say: a public URL (origin and maybe a path) and whether it is a production deploy. */
interface HostReading {
  host: string;
  /** The variable the URL came from. */
  variable: string;
  url: string;
  production: boolean;
}

const isSet = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** Adds `https://` to a bare host name, as Vercel gives them. */
const withHttps = (value: string) => (/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `https://${value}`);

/** Stops the build: a known host whose variable is missing or unusable. */
function hostError(host: string, message: string): SiteConfigError {
  return new SiteConfigError(
    `${host}: ${message}. Set SITE_URL (and BASE_PATH under a sub-path) in the host's environment settings, or the ${SITE_URL_USES} would point at the wrong address.`,
  );
}

/** Netlify: NETLIFY=true; URL is the site's main address, DEPLOY_PRIME_URL the deploy's own (previews, branches). */
function readNetlify(env: Env): HostReading | undefined {
  if (env.NETLIFY !== 'true') return undefined;
  const context = env.CONTEXT?.trim();
  if (!isSet(context)) throw hostError('Netlify', 'NETLIFY is true but CONTEXT is not set');
  const production = context === 'production';
  const variable = production ? 'URL' : 'DEPLOY_PRIME_URL';
  const url = env[variable];
  if (!isSet(url)) throw hostError('Netlify', `${variable} is not set (CONTEXT=${context})`);
  return { host: `Netlify, ${context}`, variable, url, production };
}

/**
 * Cloudflare Pages: CF_PAGES=1; CF_PAGES_URL is this deployment's own URL (https://<hash>.<project>.pages.dev),
 * CF_PAGES_BRANCH its branch. No variable says which branch is production: PRODUCTION_BRANCH, default main.
 */
function readCloudflare(env: Env): HostReading | undefined {
  if (env.CF_PAGES !== '1') return undefined;
  const raw = env.CF_PAGES_URL;
  if (!isSet(raw)) throw hostError('Cloudflare Pages', 'CF_PAGES is 1 but CF_PAGES_URL is not set');
  const branch = env.CF_PAGES_BRANCH?.trim();
  if (!isSet(branch)) throw hostError('Cloudflare Pages', 'CF_PAGES_BRANCH is not set');
  const productionBranch = isSet(env.PRODUCTION_BRANCH) ? env.PRODUCTION_BRANCH.trim() : DEFAULT_PRODUCTION_BRANCH;
  const production = branch === productionBranch;
  let url = raw;
  if (production) {
    // The production site is the project's own address: the deployment's host without its first label.
    const parsed = parseOrThrow('Cloudflare Pages', 'CF_PAGES_URL', raw);
    const labels = parsed.hostname.split('.');
    if (parsed.hostname.endsWith('.pages.dev') && labels.length > 3)
      url = `${parsed.protocol}//${labels.slice(1).join('.')}`;
  }
  return {
    host: `Cloudflare Pages, branch ${branch}${production ? ' (production)' : ''}`,
    variable: 'CF_PAGES_URL',
    url,
    production,
  };
}

/** Vercel: VERCEL=1; VERCEL_ENV production | preview | development; the URLs come without a scheme. */
function readVercel(env: Env): HostReading | undefined {
  if (env.VERCEL !== '1') return undefined;
  const vercelEnv = env.VERCEL_ENV?.trim();
  if (!isSet(vercelEnv)) throw hostError('Vercel', 'VERCEL is 1 but VERCEL_ENV is not set');
  const production = vercelEnv === 'production';
  const variable = production ? 'VERCEL_PROJECT_PRODUCTION_URL' : 'VERCEL_URL';
  const url = env[variable];
  if (!isSet(url)) throw hostError('Vercel', `${variable} is not set (VERCEL_ENV=${vercelEnv})`);
  return { host: `Vercel, ${vercelEnv}`, variable, url: withHttps(url.trim()), production };
}

/** Render: RENDER=true; RENDER_EXTERNAL_URL is the static site's onrender.com URL; IS_PULL_REQUEST for previews. */
function readRender(env: Env): HostReading | undefined {
  if (env.RENDER !== 'true') return undefined;
  const url = env.RENDER_EXTERNAL_URL;
  if (!isSet(url)) throw hostError('Render', 'RENDER is true but RENDER_EXTERNAL_URL is not set');
  const production = env.IS_PULL_REQUEST !== 'true';
  return {
    host: `Render${production ? '' : ', pull request preview'}`,
    variable: 'RENDER_EXTERNAL_URL',
    url,
    production,
  };
}

/**
 * GitLab CI: CI_PAGES_URL is the Pages URL with its sub-path (set when Pages is on). A CI job without it
 * is not a Pages build (it may be running the tests): treated as no host.
 */
function readGitLab(env: Env): HostReading | undefined {
  if (env.GITLAB_CI !== 'true' || !isSet(env.CI_PAGES_URL)) return undefined;
  const branch = env.CI_COMMIT_BRANCH;
  const production = !isSet(env.CI_MERGE_REQUEST_IID) && (!isSet(branch) || branch === env.CI_DEFAULT_BRANCH);
  return {
    host: `GitLab Pages${production ? '' : `, ${branch ?? 'merge request'}`}`,
    variable: 'CI_PAGES_URL',
    url: env.CI_PAGES_URL,
    production,
  };
}

/**
 * GitHub Actions: no variable holds the Pages URL; GitHub Pages publishes a repository at
 * https://<owner>.github.io/<repo>/, and the repository named <owner>.github.io at the root.
 */
function readGitHub(env: Env): HostReading | undefined {
  if (env.GITHUB_ACTIONS !== 'true' || !isSet(env.GITHUB_REPOSITORY)) return undefined;
  const server = env.GITHUB_SERVER_URL?.trim();
  if (isSet(server) && server.replace(/\/$/, '') !== 'https://github.com') return undefined; // GitHub Enterprise: Pages domain unknown.
  const [owner, repo, ...rest] = env.GITHUB_REPOSITORY.trim().split('/');
  if (!owner || !repo || rest.length) {
    throw hostError('GitHub Actions', `GITHUB_REPOSITORY must be <owner>/<repo>; got "${env.GITHUB_REPOSITORY}"`);
  }
  const host = `${owner.toLowerCase()}.github.io`;
  const url = repo.toLowerCase() === host ? `https://${host}` : `https://${host}/${repo}/`;
  return { host: 'GitHub Actions (GitHub Pages)', variable: 'GITHUB_REPOSITORY', url, production: true };
}

/** The hosts, in the order their variables are tried (GitHub last: its Enterprise builds read as no host). */
const HOST_READERS = [readNetlify, readCloudflare, readVercel, readRender, readGitLab, readGitHub];

/** Reads the host's variables; undefined when no known host is detected. Throws when a hosting platform is detected but gives no usable URL. */
function readHost(env: Env): HostReading | undefined {
  for (const read of HOST_READERS) {
    const reading = read(env);
    if (reading) return reading;
  }
  return undefined;
}

function parseOrThrow(host: string, variable: string, value: string): URL {
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  throw hostError(host, `${variable} is not an absolute http(s) URL: "${value}"`);
}

/**
 * The site's origin, base, where they came from and whether it may be indexed.
 * `SITE_URL` wins over the host's URL, `BASE_PATH` over the host's sub-path;
 * previews are never indexable, whatever set the URL.
 */
export function resolveSite(env: Env): ResolvedSite {
  const reading = readHost(env);
  const indexable = reading ? reading.production : true;
  if (isSet(env.SITE_URL)) {
    const { site, base } = readSiteSettings(env);
    return { site, base, source: reading ? `SITE_URL (on ${reading.host})` : 'SITE_URL', indexable, warnings: [] };
  }
  if (!reading) {
    const { site, base } = readSiteSettings(env);
    return {
      site,
      base,
      source: `none: ${DEFAULT_SITE_URL} (local preview)`,
      indexable,
      warnings: [
        `SITE_URL is not set and no known host (Netlify, Cloudflare Pages, Vercel, Render, GitLab Pages, GitHub Actions) was detected: the ${SITE_URL_USES} point at ${DEFAULT_SITE_URL}${base}. Fine for local preview; set SITE_URL (and BASE_PATH) for a public build.`,
      ],
    };
  }
  const url = parseOrThrow(reading.host, reading.variable, reading.url);
  if (url.search || url.hash)
    throw hostError(reading.host, `${reading.variable} has a query or fragment: "${reading.url}"`);
  const hostPath = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const { site, base } = readSiteSettings({
    SITE_URL: url.origin,
    BASE_PATH: isSet(env.BASE_PATH) ? env.BASE_PATH : hostPath,
  });
  const from = isSet(env.BASE_PATH) ? `${reading.variable}, BASE_PATH` : reading.variable;
  return { site, base, source: `${from} (${reading.host})`, indexable, warnings: [] };
}
