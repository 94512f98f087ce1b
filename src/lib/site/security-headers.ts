/**
 * The HTTP headers every response of the site should carry, in one place.
 *
 * The Content-Security-Policy directives, HSTS, Referrer-Policy and the rest
 * are defined here once. The build (src/integrations/inline-script-hashes.ts)
 * adds the hashes of the site's inline scripts and writes them out for each
 * kind of host: `_headers` (Netlify, Cloudflare Pages), an nginx include and
 * a Caddy snippet; astro.config.mjs takes the page `<meta>` policy's
 * directives from here too. Pure string work: no file system, no Astro.
 *
 * Framing: every page refuses to be framed (`frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`) except the chart embed pages, which any site may
 * frame (`frame-ancestors *`, no `X-Frame-Options`). A `<meta>` policy cannot
 * carry `frame-ancestors`, so the host files do this work.
 */

/** One response header. */
export interface HeaderField {
  name: string;
  value: string;
}

/** Thrown when a header, hash or path cannot be written safely into a host's configuration. */
export class SecurityHeaderError extends Error {
  override name = 'SecurityHeaderError';
}

/** The CSP directives the site uses. */
type CspDirectiveName =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

/** Directives Astro writes into the page `<meta>` itself (from the scripts and styles it bundles) or a `<meta>` ignores. */
type NotInMeta = 'script-src' | 'style-src' | 'frame-ancestors';

/** A directive for Astro's `security.csp.directives`: name and sources, as Astro types it. */
type MetaCspDirective = `${Exclude<CspDirectiveName, NotInMeta>} ${string}`;

/**
 * The site's CSP, directive by directive. `script-src` gets the inline-script
 * hashes appended; style attributes stay allowed (they cannot run code; charts
 * and layout use them).
 */
const CSP_DIRECTIVES: readonly (readonly [CspDirectiveName, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

const NOT_IN_META: ReadonlySet<CspDirectiveName> = new Set<NotInMeta>(['script-src', 'style-src', 'frame-ancestors']);

/** Who may frame a response: nobody (every page), or any site (the embed pages). */
type Framing = 'none' | 'any';

/** `frame-ancestors` of the policy for the embed pages: any site may frame them. */
const FRAMABLE_ANCESTORS = ['*'] as const;

/** HSTS lifetime in seconds: two years (browsers and the MDN Observatory want at least six months). */
export const HSTS_MAX_AGE = 63_072_000;

/** Cache-Control for the fingerprinted files under `_astro/`: their names change when they change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** The headers besides the CSP, in the order they are written. */
const OTHER_HEADERS: readonly HeaderField[] = [
  { name: 'Strict-Transport-Security', value: `max-age=${HSTS_MAX_AGE}` },
  { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  {
    name: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), web-share=(self), clipboard-write=(self)',
  },
  { name: 'X-Frame-Options', value: 'DENY' },
];

/** A CSP hash source as browsers accept it: `'sha256-<base64>'` (or sha384/sha512). */
const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** Checks and sorts hash sources (sorted so two builds write the same bytes). */
function checkedHashes(scriptHashes: readonly string[]): string[] {
  for (const hash of scriptHashes) {
    if (!HASH_SOURCE.test(hash)) {
      throw new SecurityHeaderError(`not a CSP hash source (expected 'sha256-<base64>'): ${JSON.stringify(hash)}`);
    }
  }
  return [...new Set(scriptHashes)].sort();
}

/**
 * The Content-Security-Policy header value, with the inline-script hashes in
 * `script-src`; `framing: 'any'` gives the embed pages' `frame-ancestors *`.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], framing: Framing = 'none'): string {
  const hashes = checkedHashes(scriptHashes);
  return CSP_DIRECTIVES.map(([name, sources]) => {
    const own = name === 'frame-ancestors' && framing === 'any' ? FRAMABLE_ANCESTORS : sources;
    return [name, ...own, ...(name === 'script-src' ? hashes : [])].join(' ');
  }).join('; ');
}

/** The directives for Astro's `security.csp.directives` (the page `<meta>`): all but those Astro fills in or a meta ignores. */
export function metaCspDirectives(): MetaCspDirective[] {
  return CSP_DIRECTIVES.filter(([name]) => !NOT_IN_META.has(name)).map(
    ([name, sources]) => [name, ...sources].join(' ') as MetaCspDirective,
  );
}

/** Headers that say who may frame a response; they are the only ones the embed pages send differently. */
const FRAMING_HEADERS = ['Content-Security-Policy', 'X-Frame-Options'] as const;

/**
 * Every security header for every response (pages, files and error pages
 * alike); with `framing: 'any'`, those of the embed pages: the same, but a
 * policy any site may frame and no `X-Frame-Options`.
 */
export function securityHeaders(scriptHashes: readonly string[], framing: Framing = 'none'): HeaderField[] {
  const csp = { name: 'Content-Security-Policy', value: contentSecurityPolicy(scriptHashes, framing) };
  const others = framing === 'any' ? OTHER_HEADERS.filter((h) => h.name !== 'X-Frame-Options') : OTHER_HEADERS;
  return [csp, ...others];
}

/** The headers of one kind of response, split into those every response shares and those that set framing. */
function splitFraming(headers: readonly HeaderField[]): { shared: HeaderField[]; framing: HeaderField[] } {
  const isFraming = (h: HeaderField) => (FRAMING_HEADERS as readonly string[]).includes(h.name);
  return { shared: headers.filter((h) => !isFraming(h)), framing: headers.filter(isFraming) };
}

/**
 * URL path prefixes of the embed folders, one per edition, under the base:
 * `embedPrefixes('/sub/', ['', 'de/'], 'embed/')` → `['/sub/embed/', '/sub/de/embed/']`.
 */
export function embedPrefixes(base: string, editionPrefixes: readonly string[], folder: string): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefixes = editionPrefixes.map((prefix) => `${root}${prefix}${folder}`);
  for (const prefix of prefixes) {
    if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(prefix)) {
      throw new SecurityHeaderError(`not a plain URL folder for the embed pages: ${JSON.stringify(prefix)}`);
    }
  }
  return prefixes;
}

/**
 * Refuses a header a host configuration could misread: nginx and Caddy take
 * the value in double quotes, nginx expands `$`, Caddy expands `{…}`.
 */
function checkedField({ name, value }: HeaderField): HeaderField {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new SecurityHeaderError(`bad header name ${JSON.stringify(name)}`);
  if (!value || /["\\$`{}\p{Cc}]/u.test(value)) {
    throw new SecurityHeaderError(
      `header ${name} has a value a server configuration cannot hold as is (empty, or with " \\ $ \` { } or a control character): ${JSON.stringify(value)}`,
    );
  }
  return { name, value };
}

/** Where the build writes each host file, relative to the output folder. */
export const HOST_FILES = {
  headers: '_headers',
  nginx: '_nginx/security-headers.conf',
  /** The nginx include for the embed folders' `location` (docs/deploy.md): the same headers, framable. */
  nginxEmbed: '_nginx/embed-headers.conf',
  caddy: '_caddy/security-headers.caddy',
} as const;

/**
 * The `_headers` file (Netlify, Cloudflare Pages): security headers on every
 * path, then a rule per embed folder that detaches the framing headers
 * (`! Name`, Cloudflare's syntax; Netlify skips those lines) and sets the
 * embed policy (which replaces the general one on Netlify), and long caching
 * under `_astro/`.
 */
function headersFile(
  headers: readonly HeaderField[],
  embed: { prefixes: readonly string[]; headers: readonly HeaderField[] } = { prefixes: [], headers: [] },
): string {
  const framing = splitFraming(embed.headers).framing.map(checkedField);
  const lines = [
    '# Written by the build from src/lib/site/security-headers.ts: edit that module, not this file.',
    '# Read by Netlify and Cloudflare Pages; docs/deploy.md covers nginx and Caddy.',
    '/*',
    ...headers.map(checkedField).map(({ name, value }) => `  ${name}: ${value}`),
    '',
    ...embed.prefixes.flatMap((prefix) => [
      '# Chart embed pages: any site may frame them.',
      `${prefix}*`,
      ...FRAMING_HEADERS.map((name) => `  ! ${name}`),
      ...framing.map(({ name, value }) => `  ${name}: ${value}`),
      '',
    ]),
    '/_astro/*',
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The nginx include: one `add_header … always` per header (so 404s and
 * redirects carry them too). Include it in the `server` and again in every
 * `location` that has an `add_header` of its own, which replaces the server's.
 */
export function nginxInclude(headers: readonly HeaderField[]): string {
  const lines = [
    '# Written by the build from src/lib/site/security-headers.ts (see docs/deploy.md).',
    "# The CSP carries this build's inline-script hashes: reload nginx after each deploy.",
    ...headers.map(checkedField).map(({ name, value }) => `add_header ${name} "${value}" always;`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The Caddy snippet, for `import` in the site block (see docs/deploy.md): a
 * `header` block with what every response shares, and when there are embed
 * folders, the framing headers in two blocks whose matchers never overlap
 * (so the order Caddy runs them in does not matter): the embed policy under
 * the embed folders, the general one everywhere else.
 */
export function caddySnippet(
  headers: readonly HeaderField[],
  embed: { prefixes: readonly string[]; headers: readonly HeaderField[] } = { prefixes: [], headers: [] },
): string {
  const block = (matcher: string, fields: readonly HeaderField[]) => [
    `header${matcher} {`,
    ...fields.map(checkedField).map(({ name, value }) => `\t${name} "${value}"`),
    '}',
  ];
  const intro = [
    '# Written by the build from src/lib/site/security-headers.ts (see docs/deploy.md).',
    "# The CSP carries this build's inline-script hashes: reload Caddy after each deploy.",
  ];
  if (embed.prefixes.length === 0) return `${[...intro, ...block('', headers)].join('\n')}\n`;
  const general = splitFraming(headers);
  const paths = embed.prefixes.map((prefix) => `${prefix}*`).join(' ');
  const lines = [
    ...intro,
    ...block('', general.shared),
    '# Chart embed pages: any site may frame them; every other response refuses framing.',
    `@nev_embed path ${paths}`,
    `@nev_not_embed not path ${paths}`,
    ...block(' @nev_embed', splitFraming(embed.headers).framing),
    ...block(' @nev_not_embed', general.framing),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Every host file the build writes, keyed by its path in the output folder.
 * `embedFolders` are the URL path prefixes of the embed pages (from
 * `embedPrefixes`), where framing is allowed.
 */
export function hostFiles(
  scriptHashes: readonly string[],
  embedFolders: readonly string[] = [],
): Record<string, string> {
  const headers = securityHeaders(scriptHashes);
  const embed = { prefixes: embedFolders, headers: securityHeaders(scriptHashes, 'any') };
  return {
    [HOST_FILES.headers]: headersFile(headers, embed),
    [HOST_FILES.nginx]: nginxInclude(headers),
    [HOST_FILES.nginxEmbed]: nginxInclude(embed.headers),
    [HOST_FILES.caddy]: caddySnippet(headers, embed),
  };
}
