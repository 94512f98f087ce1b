/** Rules for the who's who (src/lib/content/rules/entities.ts): passes what exists, fails what does not. */
import { describe, expect, it } from 'vitest';
import { entityReferences } from '../../../src/lib/content/rules/entities.ts';
import { readEdited } from '../content-files.ts';
import { check, fixture, goodFile, GOOD } from './fixtures.ts';

describe('entityReferences', () => {
  it('passes an organisation that is an entry, coordinates that are a fact and sections that exist', () => {
    expect(check(entityReferences, fixture())).toEqual([]);
    const linked = readEdited(
      {
        'entities.yaml': (t) =>
          t.replace('  role: deputy head', '  organisation: bmw\n  coordinates: district-plants\n  role: deputy head'),
      },
      GOOD,
    );
    expect(check(entityReferences, linked)).toEqual([]);
  });

  it('fails an unknown organisation, coordinates fact and section', () => {
    const broken = readEdited(
      {
        'entities.yaml': (t) =>
          t
            .replace('  role: deputy head', '  organisation: baic\n  coordinates: shunyi-point\n  role: deputy head')
            .replace('sections: [the-district]', 'sections: [the-district, third]'),
      },
      GOOD,
    );
    const file = goodFile('entities.yaml');
    expect(check(entityReferences, broken)).toEqual([
      { file, field: 'entities[du-yue].organisation', message: '"baic" is not an entry of this file' },
      { file, field: 'entities[du-yue].coordinates', message: '"shunyi-point" is not a fact id' },
      { file, field: 'entities[du-yue].sections', message: '"third" is not a section slug' },
    ]);
  });
});
