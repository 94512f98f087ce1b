/** Security headers: one policy, written out for _headers, nginx, Caddy and the page <meta>. */
import { describe, expect, it } from 'vitest';
import {
  caddySnippet,
  contentSecurityPolicy,
  embedPrefixes,
  HOST_FILES,
  hostFiles,
  HSTS_MAX_AGE,
  IMMUTABLE_CACHE,
  metaCspDirectives,
  nginxInclude,
  SecurityHeaderError,
  securityHeaders,
} from '../../src/lib/site/security-headers.ts';

const A = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const B = "'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='";

/** The sources of one directive of a policy. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([first]) => first === name);
  return found?.slice(1);
}

describe('contentSecurityPolicy', () => {
  it('puts the hashes, sorted and without repeats, into script-src and nowhere else', () => {
    const policy = contentSecurityPolicy([B, A, B]);
    expect(directive(policy, 'script-src')).toEqual(["'self'", A, B]);
    expect(policy.split(A)).toHaveLength(2);
  });

  it('allows no inline script or eval, no plugins, no framing', () => {
    const policy = contentSecurityPolicy([A]);
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('rejects anything that is not a hash source', () => {
    expect(() => contentSecurityPolicy(["'unsafe-inline'"])).toThrow(SecurityHeaderError);
    expect(() => contentSecurityPolicy(['sha256-abc='])).toThrow(/not a CSP hash source/);
  });
});

describe('metaCspDirectives', () => {
  it('leaves out what Astro writes itself and what a <meta> ignores', () => {
    const names = metaCspDirectives().map((d) => d.split(' ')[0]);
    expect(names).toContain('default-src');
    expect(names).toContain('object-src');
    expect(names).not.toContain('script-src');
    expect(names).not.toContain('style-src');
    expect(names).not.toContain('frame-ancestors');
    for (const d of metaCspDirectives()) expect(contentSecurityPolicy([])).toContain(d);
  });
});

describe('securityHeaders', () => {
  it('names every header once, with HSTS of at least a year', () => {
    const headers = securityHeaders([A]);
    const names = headers.map((h) => h.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'Referrer-Policy',
        'X-Content-Type-Options',
        'Permissions-Policy',
        'X-Frame-Options',
      ]),
    );
    expect(HSTS_MAX_AGE).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.find((h) => h.name === 'Strict-Transport-Security')?.value).toBe(`max-age=${HSTS_MAX_AGE}`);
  });
});

describe('host files', () => {
  const files = hostFiles([A, B]);
  const headers = securityHeaders([A, B]);

  it('writes _headers, the nginx include and the Caddy snippet', () => {
    expect(Object.keys(files).sort()).toEqual(Object.values(HOST_FILES).sort());
  });

  it('gives every path every header in _headers, and _astro/ long caching', () => {
    const text = files[HOST_FILES.headers]!;
    const block = text.split('\n/_astro/*\n');
    expect(block).toHaveLength(2);
    expect(block[0]).toContain('\n/*\n');
    for (const { name, value } of headers) expect(block[0]).toContain(`\n  ${name}: ${value}\n`);
    expect(block[1]).toBe(`  Cache-Control: ${IMMUTABLE_CACHE}\n`);
  });

  it('writes one add_header … always per header for nginx', () => {
    const lines = files[HOST_FILES.nginx]!.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(headers.map(({ name, value }) => `add_header ${name} "${value}" always;`));
  });

  it('writes one header block for Caddy', () => {
    const text = files[HOST_FILES.caddy]!;
    expect(text).toMatch(/^header \{$/m);
    for (const { name, value } of headers) expect(text).toContain(`\t${name} "${value}"\n`);
    expect(text.trimEnd().endsWith('}')).toBe(true);
  });

  it('refuses values a server configuration would misread', () => {
    for (const value of ['a "quoted" value', 'costs $5', 'a {placeholder}', 'two\nlines', '']) {
      expect(() => nginxInclude([{ name: 'X-Test', value }]), value).toThrow(SecurityHeaderError);
      expect(() => caddySnippet([{ name: 'X-Test', value }]), value).toThrow(SecurityHeaderError);
    }
    expect(() => nginxInclude([{ name: 'X Test', value: 'ok' }])).toThrow(/bad header name/);
  });
});

describe('framing: the embed pages and nothing else', () => {
  const embedFolders = embedPrefixes('/', ['', 'de/'], 'embed/');
  const files = hostFiles([A], embedFolders);
  const framable = securityHeaders([A], 'any');
  const general = securityHeaders([A]);

  it('lets any site frame the embed pages: frame-ancestors *, no X-Frame-Options, every other header kept', () => {
    expect(directive(contentSecurityPolicy([A], 'any'), 'frame-ancestors')).toEqual(['*']);
    expect(directive(contentSecurityPolicy([A], 'any'), 'script-src')).toEqual(["'self'", A]);
    expect(framable.map((h) => h.name)).not.toContain('X-Frame-Options');
    expect(framable.map((h) => h.name).sort()).toEqual(
      general
        .map((h) => h.name)
        .filter((name) => name !== 'X-Frame-Options')
        .sort(),
    );
  });

  it('finds one embed folder per edition under the base, and refuses a folder a host could misread', () => {
    expect(embedPrefixes('/sub/', ['', 'de/', 'zh/'], 'embed/')).toEqual([
      '/sub/embed/',
      '/sub/de/embed/',
      '/sub/zh/embed/',
    ]);
    expect(() => embedPrefixes('/', ['d e/'], 'embed/')).toThrow(SecurityHeaderError);
    expect(() => embedPrefixes('/', ['*/'], 'embed/')).toThrow(/not a plain URL folder/);
  });

  it('writes _headers: every header on /*, then per embed folder the framing headers detached and the framable policy', () => {
    const text = files[HOST_FILES.headers]!;
    const blocks = text.split('\n\n');
    expect(blocks[0]).toContain('\n/*\n');
    for (const prefix of ['/embed/', '/de/embed/']) {
      const block = blocks.find((b) => b.includes(`\n${prefix}*\n`) || b.startsWith(`${prefix}*\n`));
      expect(block, prefix).toBeDefined();
      expect(block).toContain('  ! Content-Security-Policy\n  ! X-Frame-Options\n');
      expect(block).toContain(`  Content-Security-Policy: ${contentSecurityPolicy([A], 'any')}`);
      expect(block).not.toMatch(/^  X-Frame-Options:/m);
    }
    // The embed rules come after the general one, so on Netlify (the later rule wins) their policy replaces it.
    expect(text.indexOf('/embed/*')).toBeGreaterThan(text.indexOf('/*\n'));
  });

  it('writes the nginx embed include with the framable headers', () => {
    const lines = files[HOST_FILES.nginxEmbed]!.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual(framable.map(({ name, value }) => `add_header ${name} "${value}" always;`));
  });

  it('writes Caddy matchers that split the framing headers between embed folders and the rest, never both', () => {
    const text = files[HOST_FILES.caddy]!;
    expect(text).toContain('@nev_embed path /embed/* /de/embed/*\n');
    expect(text).toContain('@nev_not_embed not path /embed/* /de/embed/*\n');
    const block = (matcher: string) =>
      new RegExp(`^header${matcher} \\{\\n([\\s\\S]*?)\\n\\}`, 'm').exec(text)?.[1] ?? '';
    expect(block(' @nev_embed')).toBe(`\tContent-Security-Policy "${contentSecurityPolicy([A], 'any')}"`);
    expect(block(' @nev_not_embed')).toBe(
      `\tContent-Security-Policy "${contentSecurityPolicy([A])}"\n\tX-Frame-Options "DENY"`,
    );
    expect(block('')).not.toMatch(/Content-Security-Policy|X-Frame-Options/);
    expect(block('')).toContain('Strict-Transport-Security');
  });
});
