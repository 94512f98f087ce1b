/**
 * `_redirects` (src/lib/site/host-redirects.ts) applied as Netlify documents it
 * (tests/support/netlify-redirects.ts): a missing page in an edition gets that
 * edition's 404 page with status 404, at the root and under a base path; files
 * that exist are untouched.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectsFile } from '../../src/lib/site/host-redirects.ts';
import { netlifyAnswer, parseRedirects } from '../support/netlify-redirects.ts';

const scratch = mkdtempSync(join(tmpdir(), 'redirects-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A published folder with the pages of three editions under `base`. */
function publish(base: string): string {
  const dir = mkdtempSync(join(scratch, 'site-'));
  for (const file of [
    'index.html',
    '404.html',
    'bmw-shenyang/index.html',
    'de/index.html',
    'de/404.html',
    'zh/index.html',
    'zh/404.html',
    'de/bmw-shenyang/index.html',
  ]) {
    const path = join(dir, base, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file);
  }
  return dir;
}

describe.each(['/', '/sub/'])('_redirects under base %s, read as Netlify does', (base) => {
  const rules = parseRedirects(redirectsFile(base, ['', 'de/', 'zh/']));
  const dir = publish(base);
  const answer = (path: string) => netlifyAnswer(rules, dir, `${base}${path}`);

  it.each([
    ['de/missing/', 'de/404.html'],
    ['de/missing', 'de/404.html'],
    ['de/embed/nothing/', 'de/404.html'],
    ['zh/missing/', 'zh/404.html'],
    ['missing/', '404.html'],
    ['deutsch/', '404.html'],
  ])('%s gets %s with 404', (path, page) => {
    expect(answer(path)).toEqual({ status: 404, file: `${base}${page}` });
  });

  it('serves the pages that exist, in every edition', () => {
    for (const path of ['', 'bmw-shenyang/', 'de/', 'de/bmw-shenyang/', 'zh/']) {
      expect(answer(path)).toEqual({ status: 200, file: `${base}${path}index.html` });
    }
  });
});

describe('redirectsFile', () => {
  it('puts the editions before the catch-all and every path under the base', () => {
    expect(
      redirectsFile('/sub/', ['', 'de/', 'zh/'])
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual(['/sub/de/*  /sub/de/404.html  404', '/sub/zh/*  /sub/zh/404.html  404', '/sub/*  /sub/404.html  404']);
  });

  it('refuses a bad base or prefix', () => {
    expect(() => redirectsFile('sub', [''])).toThrow(/base must be/);
    expect(() => redirectsFile('/', ['../'])).toThrow(/bad edition prefix/);
  });

  it('without the rules, Netlify would give the English page (the model is not vacuous)', () => {
    const dir = publish('/');
    expect(netlifyAnswer([], dir, '/de/missing/')).toEqual({ status: 404, file: '/404.html' });
  });
});
