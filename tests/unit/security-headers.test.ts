/** Security headers: one policy, written out for _headers, nginx, Caddy and the page <meta>. */
import { describe, expect, it } from 'vitest';
import {
  caddySnippet,
  contentSecurityPolicy,
  HOST_FILES,
  hostFiles,
  HSTS_MAX_AGE,
  IMMUTABLE_CACHE,
  metaCspDirectives,
  nginxInclude,
  SecurityHeaderError,
  securityHeaders,
} from '../../src/lib/security-headers.ts';

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
