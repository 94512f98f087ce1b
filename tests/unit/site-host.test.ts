/**
 * The public URL from the host: each host's own variables (as its documentation
 * names them, cited in docs/deploy.md) with no SITE_URL give that host's site
 * and base; previews are not indexable; SITE_URL and BASE_PATH win; no host
 * warns, naming SITE_URL; a host with no usable URL stops.
 */
import { describe, expect, it } from 'vitest';
import { resolveSite } from '../../src/lib/site/site-host.ts';
import { DEFAULT_SITE_URL, SiteConfigError } from '../../src/lib/site/urls.ts';

type Case = [
  name: string,
  env: Record<string, string>,
  site: string,
  base: string,
  indexable: boolean,
  variable: string,
];

const HOSTS: Case[] = [
  [
    'Netlify, production',
    {
      NETLIFY: 'true',
      CONTEXT: 'production',
      URL: 'https://nev.netlify.app',
      DEPLOY_PRIME_URL: 'https://main--nev.netlify.app',
    },
    'https://nev.netlify.app',
    '/',
    true,
    'URL',
  ],
  [
    'Netlify, production on a custom domain',
    {
      NETLIFY: 'true',
      CONTEXT: 'production',
      URL: 'https://explainer.example.org',
      DEPLOY_PRIME_URL: 'https://main--nev.netlify.app',
    },
    'https://explainer.example.org',
    '/',
    true,
    'URL',
  ],
  [
    'Netlify, deploy preview',
    {
      NETLIFY: 'true',
      CONTEXT: 'deploy-preview',
      URL: 'https://nev.netlify.app',
      DEPLOY_PRIME_URL: 'https://deploy-preview-42--nev.netlify.app',
    },
    'https://deploy-preview-42--nev.netlify.app',
    '/',
    false,
    'DEPLOY_PRIME_URL',
  ],
  [
    'Netlify, branch deploy',
    {
      NETLIFY: 'true',
      CONTEXT: 'branch-deploy',
      URL: 'https://nev.netlify.app',
      DEPLOY_PRIME_URL: 'https://staging--nev.netlify.app',
    },
    'https://staging--nev.netlify.app',
    '/',
    false,
    'DEPLOY_PRIME_URL',
  ],
  [
    'Cloudflare Pages, production branch',
    {
      CF_PAGES: '1',
      CF_PAGES_BRANCH: 'main',
      CF_PAGES_URL: 'https://1a2b3c4d.nev.pages.dev',
      CF_PAGES_COMMIT_SHA: 'abc',
    },
    'https://nev.pages.dev',
    '/',
    true,
    'CF_PAGES_URL',
  ],
  [
    'Cloudflare Pages, another branch (preview)',
    { CF_PAGES: '1', CF_PAGES_BRANCH: 'feature-x', CF_PAGES_URL: 'https://1a2b3c4d.nev.pages.dev' },
    'https://1a2b3c4d.nev.pages.dev',
    '/',
    false,
    'CF_PAGES_URL',
  ],
  [
    'Cloudflare Pages, production branch named by PRODUCTION_BRANCH',
    {
      CF_PAGES: '1',
      CF_PAGES_BRANCH: 'live',
      PRODUCTION_BRANCH: 'live',
      CF_PAGES_URL: 'https://9f8e7d6c.nev.pages.dev',
    },
    'https://nev.pages.dev',
    '/',
    true,
    'CF_PAGES_URL',
  ],
  [
    'Vercel, production',
    {
      VERCEL: '1',
      VERCEL_ENV: 'production',
      VERCEL_PROJECT_PRODUCTION_URL: 'nev.example.org',
      VERCEL_URL: 'nev-abc123-team.vercel.app',
    },
    'https://nev.example.org',
    '/',
    true,
    'VERCEL_PROJECT_PRODUCTION_URL',
  ],
  [
    'Vercel, preview',
    {
      VERCEL: '1',
      VERCEL_ENV: 'preview',
      VERCEL_PROJECT_PRODUCTION_URL: 'nev.example.org',
      VERCEL_URL: 'nev-abc123-team.vercel.app',
    },
    'https://nev-abc123-team.vercel.app',
    '/',
    false,
    'VERCEL_URL',
  ],
  [
    'Render',
    { RENDER: 'true', IS_PULL_REQUEST: 'false', RENDER_EXTERNAL_URL: 'https://nev.onrender.com' },
    'https://nev.onrender.com',
    '/',
    true,
    'RENDER_EXTERNAL_URL',
  ],
  [
    'Render, pull request preview',
    { RENDER: 'true', IS_PULL_REQUEST: 'true', RENDER_EXTERNAL_URL: 'https://nev-pr-7.onrender.com' },
    'https://nev-pr-7.onrender.com',
    '/',
    false,
    'RENDER_EXTERNAL_URL',
  ],
  [
    'GitLab Pages, project site (sub-path)',
    {
      GITLAB_CI: 'true',
      CI_PAGES_URL: 'https://team.gitlab.io/nev-explainer',
      CI_COMMIT_BRANCH: 'main',
      CI_DEFAULT_BRANCH: 'main',
    },
    'https://team.gitlab.io',
    '/nev-explainer/',
    true,
    'CI_PAGES_URL',
  ],
  [
    'GitLab Pages, parallel deployment of a branch',
    {
      GITLAB_CI: 'true',
      CI_PAGES_URL: 'https://team.gitlab.io/nev-explainer/mr-3',
      CI_COMMIT_BRANCH: 'mr-3',
      CI_DEFAULT_BRANCH: 'main',
    },
    'https://team.gitlab.io',
    '/nev-explainer/mr-3/',
    false,
    'CI_PAGES_URL',
  ],
  [
    'GitHub Actions, project site',
    { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Example-Org/nev-explainer', GITHUB_SERVER_URL: 'https://github.com' },
    'https://example-org.github.io',
    '/nev-explainer/',
    true,
    'GITHUB_REPOSITORY',
  ],
  [
    'GitHub Actions, user or organisation site',
    { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Example-Org/example-org.github.io' },
    'https://example-org.github.io',
    '/',
    true,
    'GITHUB_REPOSITORY',
  ],
];

describe('resolveSite: the host tells the URL when SITE_URL is unset', () => {
  it.each(HOSTS)('%s', (_name, env, site, base, indexable, variable) => {
    const resolved = resolveSite(env);
    expect(resolved).toMatchObject({ site, base, indexable, warnings: [] });
    expect(resolved.source.startsWith(`${variable} (`)).toBe(true);
  });

  it('BASE_PATH wins over the host sub-path; the host still gives the origin', () => {
    const resolved = resolveSite({
      GITLAB_CI: 'true',
      CI_PAGES_URL: 'https://team.gitlab.io/nev-explainer',
      BASE_PATH: '/other/',
    });
    expect(resolved).toMatchObject({ site: 'https://team.gitlab.io', base: '/other/' });
    expect(resolved.source).toContain('BASE_PATH');
  });

  it('SITE_URL wins over every host, and a preview stays noindex', () => {
    for (const [name, env, , , indexable] of HOSTS) {
      const resolved = resolveSite({ ...env, SITE_URL: 'https://explainer.example.org' });
      expect(resolved, name).toMatchObject({ site: 'https://explainer.example.org', base: '/', indexable });
      expect(resolved.source.startsWith('SITE_URL (on '), name).toBe(true);
    }
  });
});

describe('resolveSite with no host', () => {
  it('points at localhost and warns, naming SITE_URL and what will point at localhost', () => {
    const resolved = resolveSite({ CI: 'true' });
    expect(resolved).toMatchObject({ site: DEFAULT_SITE_URL, base: '/', indexable: true });
    expect(resolved.warnings).toHaveLength(1);
    expect(resolved.warnings[0]).toMatch(/SITE_URL is not set/);
    expect(resolved.warnings[0]).toContain(`${DEFAULT_SITE_URL}/`);
    for (const what of [
      'canonical links',
      'og:image',
      'embed codes',
      'citations',
      'sitemap',
      'robots.txt',
      'PNG chart',
    ])
      expect(resolved.warnings[0]).toContain(what);
  });

  it('does not warn when SITE_URL is set', () => {
    expect(resolveSite({ SITE_URL: 'https://example.org' })).toMatchObject({ source: 'SITE_URL', warnings: [] });
  });

  it('treats a GitLab CI job without Pages and GitHub Enterprise as no host (a test job, not a deploy)', () => {
    expect(resolveSite({ GITLAB_CI: 'true' }).warnings).toHaveLength(1);
    expect(
      resolveSite({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'o/r', GITHUB_SERVER_URL: 'https://ghe.example.com' })
        .site,
    ).toBe(DEFAULT_SITE_URL);
  });
});

describe('resolveSite on a known host with no usable URL', () => {
  it.each([
    ['Netlify', { NETLIFY: 'true', CONTEXT: 'production' }, /Netlify: URL is not set/],
    [
      'Netlify preview',
      { NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://nev.netlify.app' },
      /DEPLOY_PRIME_URL is not set/,
    ],
    ['Netlify', { NETLIFY: 'true', URL: 'https://nev.netlify.app' }, /CONTEXT is not set/],
    ['Cloudflare Pages', { CF_PAGES: '1', CF_PAGES_BRANCH: 'main' }, /CF_PAGES_URL is not set/],
    [
      'Cloudflare Pages',
      { CF_PAGES: '1', CF_PAGES_BRANCH: 'main', CF_PAGES_URL: 'nev.pages.dev' },
      /CF_PAGES_URL is not an absolute/,
    ],
    [
      'Vercel',
      { VERCEL: '1', VERCEL_ENV: 'production', VERCEL_URL: 'x.vercel.app' },
      /VERCEL_PROJECT_PRODUCTION_URL is not set/,
    ],
    ['Render', { RENDER: 'true' }, /RENDER_EXTERNAL_URL is not set/],
    ['GitHub', { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'just-a-name' }, /GITHUB_REPOSITORY must be/],
  ])('%s stops the build, naming the variable and SITE_URL', (_host, env, message) => {
    expect(() => resolveSite(env)).toThrow(SiteConfigError);
    expect(() => resolveSite(env)).toThrow(message);
    expect(() => resolveSite(env)).toThrow(/Set SITE_URL/);
  });

  it('a bad SITE_URL or BASE_PATH still stops, as before', () => {
    expect(() => resolveSite({ SITE_URL: 'example.org' })).toThrow(/SITE_URL must be an absolute/);
    expect(() =>
      resolveSite({ RENDER: 'true', RENDER_EXTERNAL_URL: 'https://a.onrender.com', BASE_PATH: 'x' }),
    ).toThrow(/BASE_PATH must start/);
  });
});
