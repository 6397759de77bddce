import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms of blind set 21 after its second scoring (the set is spent).
describe('respective dates and reviews under way', () => {
  it('pairs products and dates in order when the sentence says "respectively"', () => {
    const approvals = verified(
      '브레얀지와 아벡마는 미국에서 각각 2021년 2월과 2021년 3월에 허가됐습니다.',
    ).filter((c) => c.kind === 'approval');
    expect(approvals.map((c) => `${c.productId}:${String(field(c, 'date'))}:${c.verdict}`)).toEqual([
      'lisocabtagene-maraleucel:2021-02:consistent',
      'idecabtagene-vicleucel:2021-03:consistent',
    ]);
  });

  it('reads a review under way ("審查中") as a pending step, not an approval', () => {
    const claims = verified('anito-cel的生物製劑許可申請仍在FDA審查中。').filter(
      (c) => c.kind === 'approval',
    );
    expect(claims.map((c) => `${String(field(c, 'decision'))}:${c.verdict}`)).toEqual(['filing:consistent']);
  });
});
