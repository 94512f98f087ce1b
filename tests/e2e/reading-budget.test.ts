/**
 * The reading path of every edition's story page, measured from dist/ (see
 * tests/support/reading-path.ts for what counts): at most 1,500 words in
 * English, 1,700 in German and 2,600 Han characters in Chinese (issue 18).
 * `npm run bench` prints the same figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, LOCALES } from '../../src/i18n/locales.ts';
import { READING_BUDGETS, readingPath } from '../support/reading-path.ts';
import { DIST_DIR } from '../support/harness.ts';

describe.each(LOCALE_CODES)('the %s story page', (locale) => {
  it('keeps its reading path within the budget', () => {
    const html = readFileSync(join(DIST_DIR, LOCALES[locale].prefix, 'index.html'), 'utf8');
    const path = readingPath(html, LOCALES[locale].lang);
    const budget = READING_BUDGETS[locale];
    if (!budget) throw new Error(`no reading budget for the "${locale}" edition in tests/support/reading-path.ts`);
    const figure = budget.unit === 'han' ? path.han : path.words;
    expect(figure, `${locale}: ${figure} ${budget.unit === 'han' ? 'Han characters' : 'words'}`).toBeLessThanOrEqual(
      budget.max,
    );
  });
});
