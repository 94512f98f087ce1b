/**
 * One read and one check of the content per build: the gate's read is remembered for the rest of
 * the build, counted, and compared with what the collections hold by a fingerprint of the English
 * records (the build's own count is asserted on a real build in tests/e2e/reproducible.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/content-disk.ts';
import { checkedContent, contentCounts, englishFingerprint } from '../../src/lib/content/content-once.ts';
import { ROOT } from './content-files.ts';
import { CHECKS } from './english.ts';

describe('the content read once', () => {
  it('counts one read and one run of the rules, and remembers the checked bundle for its root', () => {
    const before = { ...contentCounts() };
    const bundle = loadContentFromDisk(ROOT, CHECKS);
    expect(contentCounts()).toEqual({ reads: before.reads + 1, checks: before.checks + 1 });
    expect(checkedContent(`${ROOT}/`)).toBe(bundle);
    expect(checkedContent('/somewhere/else')).toBeUndefined();
  });

  it('fingerprints the same records alike in any order, and a changed value differently', () => {
    const bundle = loadContentFromDisk(ROOT, CHECKS);
    const shuffled = {
      ...bundle,
      facts: { ...bundle.facts, records: [...bundle.facts.records].reverse() },
      sections: [...bundle.sections].reverse().map((s) => ({ ...s, body: `\n${s.body}` })),
    };
    expect(englishFingerprint(shuffled)).toBe(englishFingerprint(bundle));
    const [first, ...rest] = bundle.facts.records;
    const changed = {
      ...bundle,
      facts: { ...bundle.facts, records: [{ ...first!, label: 'another label' }, ...rest] },
    };
    expect(englishFingerprint(changed)).not.toBe(englishFingerprint(bundle));
    const edited = {
      ...bundle,
      sections: bundle.sections.map((s, i) => (i === 0 ? { ...s, body: `${s.body} more` } : s)),
    };
    expect(englishFingerprint(edited)).not.toBe(englishFingerprint(bundle));
  });
});
