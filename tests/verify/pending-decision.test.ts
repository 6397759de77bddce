// "Not approved" of an investigational product whose decision date had passed when the records end,
// with no outcome recorded, cannot be confirmed: the decision may have been an approval.
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';

const denial = (text: string) => {
  const found = verified(text).filter((c) => c.kind === 'approval');
  return found.map((c) => `${c.verdict}: ${c.explanation ?? ''}`);
};

describe('a denial while a decision is due', () => {
  it('is unverified, naming the decision the records end with', () => {
    // RP1: resubmission accepted June 2026, FDA decision date 2 August 2026, no outcome on record.
    expect(denial('RP1 (vusolimogene oderparepvec) is not yet approved.')).toEqual([
      expect.stringMatching(/^unverified: .*decision on it was due \(FDA, 2 Aug 2026\)/),
    ]);
  });

  it('stays consistent while the decision date is after the records end', () => {
    // Anito-cel: FDA decision date 23 December 2026, after the dataset's as-of date.
    expect(denial('Anito-cel is not yet approved.')).toEqual([expect.stringMatching(/^consistent: /)]);
  });

  it('stays consistent for an investigational product with no filing on record', () => {
    // Cretostimogene: designations only.
    expect(denial('Cretostimogene is still investigational.')).toEqual([
      expect.stringMatching(/^consistent: /),
    ]);
  });
});
