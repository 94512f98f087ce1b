/** Rules for sections' front matter (src/lib/content/rules/sections.ts): each passes the good fixture and fails a broken one. */
import { describe, expect, it } from 'vitest';
import {
  sectionKeyFact,
  sectionParagraphs,
  sectionTexts,
  SUMMARY_MAX,
  uncitedParagraphs,
} from '../../../src/lib/content/rules/sections.ts';
import { readEdited } from '../content-files.ts';
import { badFile, check, fixture, goodFile, GOOD } from './fixtures.ts';

const SECOND = 'sections/second.mdx';

describe('sectionParagraphs', () => {
  it('passes sections explaining paragraphs of the report', () => {
    expect(check(sectionParagraphs, fixture())).toEqual([]);
  });

  it('fails a paragraph the report does not have', () => {
    const bundle = readEdited({ [SECOND]: (t) => t.replace('paragraphs: [2, 3]', 'paragraphs: [2, 3, 4]') }, GOOD);
    expect(check(sectionParagraphs, bundle)).toEqual([
      { file: goodFile(SECOND), field: 'paragraphs', message: '4 is not a paragraph of the report (1–3)' },
    ]);
  });
});

describe('uncitedParagraphs', () => {
  it('passes when the sections explain every paragraph', () => {
    expect(check(uncitedParagraphs, fixture())).toEqual([]);
  });

  it('fails a paragraph no section explains, naming the sections folder', () => {
    expect(check(uncitedParagraphs, fixture('uncited-paragraph'))).toEqual([
      {
        file: 'tests/fixtures/good/sections/',
        field: 'paragraphs',
        message: 'no section cites paragraph 3 of the report',
      },
    ]);
  });
});

describe('sectionKeyFact', () => {
  it('passes a key fact from the fact book', () => {
    const bundle = readEdited({ [SECOND]: (t) => t.replace('order: 2', 'order: 2\nkeyFact: investment-cny') }, GOOD);
    expect(bundle.sections[1]?.data.keyFact).toBe('investment-cny');
    expect(check(sectionKeyFact, bundle)).toEqual([]);
  });

  it('fails an unknown key fact', () => {
    const bundle = readEdited({ [SECOND]: (t) => t.replace('order: 2', 'order: 2\nkeyFact: investment-eur') }, GOOD);
    expect(check(sectionKeyFact, bundle)).toEqual([
      { file: goodFile(SECOND), field: 'keyFact', message: '"investment-eur" is not a fact id' },
    ]);
  });
});

describe('sectionTexts', () => {
  it('passes a title and summary whose figures are known placeholders', () => {
    expect(check(sectionTexts, fixture())).toEqual([]);
  });

  it('fails an unknown placeholder in a summary', () => {
    const name = 'unknown-placeholder-in-summary';
    expect(check(sectionTexts, fixture(name))).toEqual([
      { file: badFile(name, 'sections/first.mdx'), field: 'summary', message: '{{plant-total}} is not a fact id' },
    ]);
  });

  it('fails a summary short as written but too long once its facts are filled in', () => {
    const summary = Array(10).fill('{{implied-rate}}').join(' ');
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    const bundle = readEdited(
      {
        [SECOND]: (t) =>
          t.replace('summary: A carmaker invests more, and robotaxis stay busy.', `summary: '${summary}'`),
      },
      GOOD,
    );
    const problems = check(sectionTexts, bundle);
    expect(problems).toEqual([
      {
        file: goodFile(SECOND),
        field: 'summary',
        message: expect.stringMatching(/^is \d+ characters once facts are filled in; keep it to 200$/),
      },
    ]);
    expect(Number(/\d+/.exec(problems[0]!.message)?.[0])).toBeGreaterThan(SUMMARY_MAX);
  });
});
