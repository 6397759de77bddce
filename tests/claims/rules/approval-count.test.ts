import { describe, expect, it } from 'vitest';
import { approvalCountRule } from '../../../lib/claims/rules/approval-count';
import { sentence } from '../helpers';

const detect = (text: string) => approvalCountRule.detect(sentence(text)).map((c) => c.details);

describe('approval-count rule', () => {
  it('reads counts of approved products', () => {
    expect(detect('Seven CAR T-cell therapies are currently approved by the FDA.')).toEqual([
      { count: 7, comparator: '=', modality: 'car-t', regulator: 'FDA', conditionId: null },
    ]);
    // "for myeloma": the count is of products approved for that disease.
    expect(detect('Two FDA-approved CAR-T therapies for myeloma')).toEqual([
      expect.objectContaining({ count: 2, regulator: 'FDA', conditionId: 'multiple-myeloma' }),
    ]);
    expect(detect('5+Approved CAR-T Products in Blood CancersMultiple FDA-approved CAR-T products')).toEqual([
      expect.objectContaining({ count: 5, comparator: '≥', modality: 'car-t' }),
    ]);
  });

  it('needs the word approved', () => {
    expect(detect('We offer three CAR-T therapies at our center.')).toEqual([]);
  });
});
