import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms and false reassurance of blind set 30 after its second scoring
// (the set is spent).

describe("labels said to be today's, and lists paired in order", () => {
  it('reads a use the sentence calls current ("現在の効能は") as today\'s label, whatever date the approval has', () => {
    const claims = verified(
      'アベクマは国内では2022年1月に承認されたBCMA標的のCAR-T細胞製品で、現在の効能は「免疫調節薬、プロテアソーム阻害剤及び抗CD38モノクローナル抗体製剤を含む3つ以上の前治療歴を有する再発又は難治性の多発性骨髄腫」です。',
    );
    // Japan widened Abecma's label to two prior lines in December 2023.
    const use = claims.find((c) => c.kind === 'indication');
    expect(use?.verdict).toBe('differs');
  });

  it('gives two products the two months of "in August and October 2017 respectively"', () => {
    const claims = verified(
      'Imported comparators are Kymriah and Yescarta, which the FDA approved in August and October 2017 respectively.',
    ).filter((c) => c.kind === 'approval');
    expect(accusing(claims)).toEqual([]);
    expect(claims.map((c) => [c.productId, field(c, 'date')]).sort()).toEqual([
      ['axicabtagene-ciloleucel', '2017-10'],
      ['tisagenlecleucel', '2017-08'],
    ]);
  });

  it('pairs two products with two diseases joined by "et" in order', () => {
    const claims = verified(
      'Tecelra et Amtagvi : autorisés aux États-Unis pour le sarcome synovial et le mélanome, mais sans autorisation suisse connue.',
    );
    expect(accusing(claims)).toEqual([]);
    const uses = claims
      .filter((c) => c.kind === 'indication')
      .map((c) => [c.productId, field(c, 'conditionId')])
      .sort();
    expect(uses).toEqual([
      ['afamitresgene-autoleucel', 'synovial-sarcoma'],
      ['lifileucel', 'melanoma'],
    ]);
  });
});

describe('regulators and steps named by their documents', () => {
  it('reads "avis de conformité" and "Notice of Compliance" as Health Canada\'s', () => {
    // Health Canada authorised Abecma in May 2021; its records are not complete, so 2022 stays unsettled.
    for (const [text, verdict] of [
      [
        'Abecma, première thérapie CAR-T anti-BCMA au pays, a reçu un avis de conformité avec conditions en 2022.',
        'unverified',
      ],
      ['Abecma received a Notice of Compliance with conditions in May 2021.', 'consistent'],
    ] as const) {
      // The decision, not the ranking beside it ("première thérapie CAR-T anti-BCMA au pays", a claim of its own).
      const approval = verified(text).find((c) => c.kind === 'approval' && field(c, 'rank') === undefined);
      expect(approval && [field(approval, 'regulator'), approval.verdict]).toEqual(['HC', verdict]);
    }
  });

  it('reads "retirada de Zalmoxis en 2019" as a withdrawal, not an approval', () => {
    const claims = verified(
      'La autorización de Zalmoxis fue condicional; la retirada de Zalmoxis en 2019 cerró el caso.',
    );
    expect(claims.some((c) => field(c, 'decision') === 'withdrawal')).toBe(true);
    expect(accusing(claims)).toEqual([]);
  });
});
