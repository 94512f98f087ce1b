/** Rules for unique names (src/lib/content/rules/ids.ts): each passes the good fixture and fails a broken one. */
import { describe, expect, it } from 'vitest';
import { sectionOrders, sectionSlugs, uniqueRecordIds } from '../../../src/lib/content/rules/ids.ts';
import { readEdited } from '../content-files.ts';
import { badFile, check, fixture, goodFile, GOOD } from './fixtures.ts';

describe('uniqueRecordIds', () => {
  it('passes facts, entries and terms with ids of their own', () => {
    expect(check(uniqueRecordIds, fixture())).toEqual([]);
  });

  it('fails an id used twice in a collection (the reader stops this in files; the collections reach here)', () => {
    const bundle = fixture();
    const [fact] = bundle.facts.records;
    const [term] = bundle.terms.records;
    const twice = {
      ...bundle,
      facts: { ...bundle.facts, records: [...bundle.facts.records, fact!] },
      terms: { ...bundle.terms, records: [term!, term!] },
    };
    expect(check(uniqueRecordIds, twice)).toEqual([
      {
        file: goodFile('facts.yaml'),
        field: 'facts[district-plants].id',
        message: '"district-plants" is used by more than one fact',
      },
      { file: goodFile('glossary.yaml'), field: 'terms[nev].id', message: '"nev" is used by more than one term' },
    ]);
  });
});

describe('sectionSlugs', () => {
  it('passes sections with slugs of their own', () => {
    expect(check(sectionSlugs, fixture())).toEqual([]);
  });

  it('fails both sections that share a slug', () => {
    expect(check(sectionSlugs, fixture('duplicate-slug'))).toEqual([
      {
        file: goodFile('sections/first.mdx'),
        field: 'slug',
        message: '"the-district" is used by more than one section',
      },
      {
        file: badFile('duplicate-slug', 'sections/second.mdx'),
        field: 'slug',
        message: '"the-district" is used by more than one section',
      },
    ]);
  });

  it('fails a slug the site uses for another page', () => {
    const bundle = readEdited({ 'sections/second.mdx': (t) => t.replace('slug: the-carmaker', 'slug: feed') }, GOOD);
    expect(check(sectionSlugs, bundle)).toEqual([
      {
        file: goodFile('sections/second.mdx'),
        field: 'slug',
        message: '"feed" is reserved: /feed/ is another part of the site; choose another slug',
      },
    ]);
  });
});

describe('sectionOrders', () => {
  it('passes sections each with its own place in the order', () => {
    expect(check(sectionOrders, fixture())).toEqual([]);
  });

  it('fails both sections that share a place', () => {
    const bundle = readEdited({ 'sections/second.mdx': (t) => t.replace('order: 2', 'order: 1') }, GOOD);
    expect(check(sectionOrders, bundle)).toEqual([
      { file: goodFile('sections/first.mdx'), field: 'order', message: '1 is used by more than one section' },
      { file: goodFile('sections/second.mdx'), field: 'order', message: '1 is used by more than one section' },
    ]);
  });
});
