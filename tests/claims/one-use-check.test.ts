// A sentence stating an approval and a use judges the use once, on the indication claim.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

describe('one use check per sentence', () => {
  it('leaves the patients and lines to the indication claim of the same sentence', () => {
    const claims = claimsOf([
      { text: '纳基奥仑赛注射液2023年11月获批，可用于儿童及成人复发难治B细胞急性淋巴细胞白血病。' },
    ]);
    const approval = claims.find((c) => c.kind === 'approval')!;
    const indication = claims.find((c) => c.kind === 'indication')!;
    expect(field(approval, 'population')).toBeUndefined();
    expect(field(approval, 'date')).toBe('2023-11');
    expect(field(indication, 'population')).toBeDefined();
  });

  it('keeps the disease on the approval claim: an approval for a disease nobody approved is itself wrong', () => {
    const claims = claimsOf([
      { text: 'Kymriah was approved by the FDA in 2017 for adults with multiple myeloma.' },
    ]);
    const approval = claims.find((c) => c.kind === 'approval')!;
    expect(field(approval, 'conditionId')).toBe('multiple-myeloma');
    expect(field(approval, 'population')).toBeUndefined();
  });
});
