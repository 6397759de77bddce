import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false reassurance left on spent sets (blind 16 and 19b): wrong statements
// the engine called consistent because it did not read the detail that was wrong.

describe('the kind of approval a page states', () => {
  const approval = (text: string): string[] =>
    verified(text)
      .filter((c) => c.kind === 'approval')
      .map((c) => `${String(field(c, 'approvalType') ?? '-')}:${c.verdict}`);

  it('reads "full marketing approval" and "条件や期限の付かない通常の承認" against a conditional record', () => {
    expect(
      approval(
        "Japan's health ministry granted Delytact (teserpaturev) full marketing approval in June 2021.",
      ),
    ).toEqual(['regular:differs']);
    expect(approval('デリタクトは2021年6月、条件や期限の付かない通常の承認を受けている。')).toEqual([
      'regular:differs',
    ]);
  });

  it('reads "条件及び期限付承認" as the conditional approval on record', () => {
    expect(approval('デリタクトは2021年6月に悪性神経膠腫を対象として条件及び期限付承認を受けた。')).toEqual([
      'conditional:consistent',
    ]);
  });
});

describe("a use told with a dated approval is that decision's", () => {
  const uses = (specs: Parameters<typeof verified>[0]): string[] =>
    verified(specs)
      .filter((c) => c.kind === 'indication')
      .map((c) => `${String(field(c, 'regulator'))}:${c.verdict}`);

  it('checks the use against the one regulator that decided in the month the sentence gives', () => {
    // MFDS approved Carvykti in March 2023 after at least four prior treatments, not three.
    expect(
      uses(
        "다발골수종 치료제인 얀센의 '카빅티주'는 2023년 3월 허가됐으며, 세 가지 이상 치료를 받은 재발·불응성 환자에게 쓴다.",
      ),
    ).toEqual(['MFDS:differs']);
    // The partial change of 6 December 2023 in Japan asks two prior lines, not one.
    expect(
      uses(
        'アベクマは2023年12月6日の一部変更承認により、前治療歴が1つ以上の患者にも投与できるようになりました。',
      ),
    ).toEqual(['PMDA:differs']);
  });

  it('leaves a bare year, or a month several regulators decided in, to every label', () => {
    expect(
      uses('Kymriah was approved in 2018 for adults with relapsed or refractory large B-cell lymphoma.'),
    ).toEqual(['undefined:consistent']);
  });
});

describe('products a sentence points back to are no count', () => {
  it('reads "All three products are approved by the FDA" as no count of the FDA\'s approvals', () => {
    const claims = verified([
      {
        kind: 'table-row',
        text: 'Kymriah | CD19',
        cells: ['Kymriah', 'CD19'],
        header: ['Product', 'Target'],
      },
      {
        kind: 'table-row',
        text: 'Yescarta | CD19',
        cells: ['Yescarta', 'CD19'],
        header: ['Product', 'Target'],
      },
      {
        kind: 'table-row',
        text: 'Tecartus | CD19',
        cells: ['Tecartus', 'CD19'],
        header: ['Product', 'Target'],
      },
      { text: 'All three products are approved by the FDA.' },
    ]);
    expect(claims.filter((c) => c.ruleId === 'approval-count')).toEqual([]);
    expect(
      verified('Seven CAR-T therapies are approved by the FDA.')
        .filter((c) => c.ruleId === 'approval-count')
        .map((c) => field(c, 'count')),
    ).toEqual([7]);
  });
});
