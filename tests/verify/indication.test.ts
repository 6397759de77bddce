import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';

describe('approval verdicts', () => {
  it('matches the label and quotes it', () => {
    const c = claimOf(
      'Kymriah is approved for patients up to age 25 with B-cell precursor acute lymphoblastic leukemia that is refractory or in second or later relapse.',
      'approval',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toContain('Matches the FDA approval of 30 Aug 2017');
    expect(c.reference).toMatchObject({
      kind: 'indication',
      id: 'tisagenlecleucel--fda--b-all--2017',
      productId: 'tisagenlecleucel',
    });
    expect(c.reference?.source?.url).toMatch(/^https:/);
  });

  it('a CD19 CAR-T "approved for AML" is not approved by anyone', () => {
    const c = claimOf('Kymriah is approved for AML.', 'approval');
    expect(c.verdict).toBe('not-approved');
    expect(c.explanation).toContain('has approved tisagenlecleucel for Acute myeloid leukaemia');
    expect(c.explanation).toContain(
      'no gene-modified cell or gene therapy in the dataset is approved for Acute myeloid leukaemia',
    );
  });

  it('an NMPA-only product called FDA-approved is not approved by the FDA', () => {
    const c = claimOf('Fucaso was approved by the FDA in 2023.', 'approval');
    expect(c.verdict).toBe('not-approved');
    expect(c.explanation).toContain('No FDA approval of equecabtagene autoleucel');
    expect(c.explanation).toContain('NMPA');
  });

  it('an investigational product called approved is not approved anywhere as of the dataset date', () => {
    const c = claimOf('Anito-cel, approved in 2025 for myeloma, is now widely used.', 'approval');
    expect(c.verdict).toBe('not-approved');
    expect(c.explanation).toContain('not approved anywhere as of 11 Aug 2026');
  });

  it('a wrong year differs; "first approved" is checked against the first approval', () => {
    expect(claimOf('The FDA approved Abecma in 2019.', 'approval').verdict).toBe('differs');
    const first = claimOf('Kymriah was first approved by the FDA in 2015.', 'approval');
    expect(first.verdict).toBe('differs');
    expect(first.explanation).toContain('30 Aug 2017');
    expect(claimOf('Kymriah was approved by the FDA in 2018.', 'approval').verdict).toBe('consistent');
  });

  it('respects the regulator named: NMPA and Japan dates', () => {
    expect(claimOf('Yikaida was approved by the NMPA in June 2021.', 'approval').verdict).toBe('consistent');
    expect(claimOf('Kymriah was approved in Japan in March 2019.', 'approval').verdict).toBe('consistent');
  });

  it('a statement that a product is not approved is right when the dataset agrees', () => {
    expect(claimOf('Anitocabtagene autoleucel is not yet approved by the FDA.', 'approval').verdict).toBe(
      'consistent',
    );
    expect(claimOf('Kymriah is still investigational.', 'approval').verdict).toBe('differs');
  });
});

describe('indication verdicts', () => {
  it('an age group no regulator approved is not-approved, naming the part that differs', () => {
    const c = claimOf('Aucatzyl is approved for children with B-ALL.', 'indication');
    expect(c.verdict).toBe('not-approved');
    expect(c.explanation).toContain('the page says children');
    const adults = claimOf('Kymriah is indicated for adults with B-cell ALL.', 'indication');
    expect(adults.verdict).toBe('not-approved');
    expect(adults.explanation).toContain('only patients up to 25 years of age; the page says adults');
  });

  it('a higher age limit than the label’s, over ages the label covers, differs: the limit is wrong, not the use', () => {
    const c = claimOf(
      'Kymriah está indicado para leucemia linfoblástica aguda de células B en pacientes de hasta 30 años.',
      'indication',
    );
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('only up to age 25; the page says up to 30');
  });

  it('Yescarta "approved for children with ALL" is not approved at all', () => {
    expect(claimOf('Yescarta is approved for children with ALL.', 'indication').verdict).toBe('not-approved');
  });

  it("a line of therapy below the label's minimum differs", () => {
    const c = claimOf(
      'Abecma is approved after just one prior line of therapy for multiple myeloma.',
      'indication',
    );
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('only after ≥2 prior lines; the page says 1');
  });

  it('an outdated label presented as current differs, naming the current label; a dated one is history', () => {
    const now = claimOf(
      'Carvykti is FDA-approved for r/r multiple myeloma after 4 or more prior lines.',
      'indication',
    );
    expect(now.verdict).toBe('differs');
    expect(now.explanation).toContain('Outdated');
    expect(now.explanation).toContain('5 Apr 2024');
    const then = claimOf(
      'Carvykti was approved by the FDA in February 2022 for r/r multiple myeloma after 4 or more prior lines.',
      'indication',
    );
    expect(then.verdict).toBe('consistent');
    expect(then.explanation).toContain('Partly outdated');
  });

  it('"not indicated for" a limitation the regulator has since removed differs, naming the removal', () => {
    const c = claimOf(
      'Yescarta is not indicated for the treatment of patients with primary central nervous system lymphoma.',
      'indication',
    );
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('removed this limitation of use on 6 Feb 2026');
  });

  it('"not indicated for" a subtype of an approved disease is unverified unless a record names it', () => {
    // Breyanzi's LBCL approvals may exclude primary CNS lymphoma; the dataset records no limitation either way.
    const c = claimOf(
      'Breyanzi is not indicated for the treatment of patients with primary central nervous system lymphoma.',
      'indication',
    );
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toContain('broader disease');
  });

  it('an NMPA-only indication is consistent with the NMPA approval', () => {
    const claims = verified(
      'Inaticabtagene autoleucel (CNCT19) is used for the treatment of adult B-cell relapsed and refractory acute lymphoblastic leukemia (B-ALL).',
    );
    const c = claims.find((x) => x.kind === 'indication')!;
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toContain('NMPA');
  });
});

describe('approval types and dated decisions', () => {
  it('"full approval" of a conditional decision differs, judged on that very decision', () => {
    const c = claimOf('2023年6月，奕凯达用于大B细胞淋巴瘤二线治疗获得国家药监局完全批准。', 'approval');
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('conditional');
  });

  it('an accelerated approval called accelerated matches', () => {
    expect(
      claimOf('Amtagvi received accelerated approval from the FDA in February 2024.', 'approval').verdict,
    ).toBe('consistent');
  });
});

describe('a use denied for a broader disease than the approved ones', () => {
  it('is unverified: the page may mean a kind of it the engine did not read', () => {
    const [claim] = verified([
      { text: 'Yescarta (axicabtagene ciloleucel) is a CAR-T therapy.' },
      { text: 'It is not indicated for lymphoma of the brain.' },
    ]).filter((c) => c.kind === 'indication');
    expect(claim?.verdict).toBe('unverified');
    expect(claim?.explanation).toContain('approved for kinds of it');
  });
});

describe('a date no recorded approval has, in a sentence naming no regulator', () => {
  it('is unverified when the sentence’s script points to a regulator whose records are partial', () => {
    const [claim] = verified('イエスカルタも2021年8月に濾胞性リンパ腫の適応が追加されました。').filter(
      (c) => c.kind === 'approval',
    );
    expect(claim?.verdict).toBe('unverified');
  });

  it('matches once that regulator’s decision is recorded (Kymriah FL, MHLW 26 Aug 2022)', () => {
    const [claim] = verified('キムリアも2022年8月に濾胞性リンパ腫の適応が追加されました。').filter(
      (c) => c.kind === 'approval',
    );
    expect(claim?.verdict).toBe('consistent');
    expect(claim?.explanation).toContain('PMDA/MHLW approval of 26 Aug 2022');
  });

  it('still differs in English, where the script names no country', () => {
    const [claim] = verified(
      'Carvykti was approved in April 2023 for myeloma after one or more prior lines.',
    ).filter((c) => c.kind === 'approval');
    expect(claim?.verdict).toBe('differs');
  });
});

describe('a use said to cover every age', () => {
  it('is not approved where every label has an age limit', () => {
    const c = claimOf(
      'Kymriah can be used at any age for relapsed acute lymphoblastic leukemia.',
      'indication',
    );
    expect(c.verdict).toBe('not-approved');
    expect(c.explanation).toContain('the page says any age');
  });
});
