// Approval and indication verdicts at the edges of what the dataset covers: regulators it does not
// track, "first of its kind" claims about classes wider than its scope, a line of therapy implied by
// "newly diagnosed", and a disease qualifier that excludes the approved subtype.
import { describe, expect, it } from 'vitest';
import { verified as verifiedOf, claimOf } from './helpers';

describe("approval verdicts and the dataset's scope", () => {
  it("a regulator the dataset does not track gives unverified, not another regulator's approval", () => {
    const c = claimOf('In Turkey, Kymriah has been licensed by the TİTCK since 2019.', 'approval');
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toContain('TİTCK');
    // Korea's MFDS is recorded now (dataset 2.0.0): Kymriah, 5 Mar 2021.
    expect(claimOf('Kymriah was approved in South Korea in 2021.', 'approval').verdict).toBe('consistent');
  });

  it('the regulators the dataset tracks still give not-approved when they never approved it', () => {
    expect(claimOf('Fucaso was approved by the FDA in 2023.', 'approval').verdict).toBe('not-approved');
  });

  it('"first" within a class wider than the dataset\'s scope cannot be checked', () => {
    const c = claimOf(
      'Amtagvi is the first cellular therapy cleared in the United States for a solid tumor.',
      'approval',
    );
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toMatch(/first cellular therapy/);
  });

  it('"first" within a class the dataset covers is checked as the approval it names', () => {
    expect(
      claimOf('Kymriah was the first CAR-T approved by the FDA, in August 2017.', 'approval').verdict,
    ).toBe('consistent');
    expect(
      claimOf('Kymriah was the first CAR-T approved by the FDA, in August 2015.', 'approval').verdict,
    ).toBe('differs');
  });

  it('"first" and "only" within a covered class are checked against every product of that class', () => {
    const c = claimOf('Yescarta was the first CAR-T approved by the FDA, in October 2017.', 'approval');
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('Kymriah');
    expect(
      claimOf('Abecma was the first BCMA CAR-T approved by the FDA, in March 2021.', 'approval').verdict,
    ).toBe('consistent');
    expect(claimOf('Carvykti was the first BCMA CAR-T approved by the FDA.', 'approval').verdict).toBe(
      'differs',
    );
    expect(claimOf('Tecelra remains the only approved TCR therapy.', 'approval').verdict).toBe('consistent');
    expect(claimOf('Abecma is the only approved BCMA CAR-T.', 'approval').verdict).toBe('differs');
  });

  it('a ranking over a region is checked against that region; a limit not understood is unverified', () => {
    // "in Asia": the first approval among Asian regulators (PMDA, Mar 2019).
    expect(
      claimOf('Kymriah was approved in March 2019, the first CAR-T therapy in Asia.', 'approval').verdict,
    ).toBe('consistent');
    // "for any skin cancer" is not read, oncolytic viruses are not recorded completely, and no source
    // of Imlygic's states that ranking.
    const imlygic = claimOf('Imlygic is the first oncolytic virus approved for any skin cancer.', 'approval');
    expect(imlygic.verdict).toBe('unverified');
    expect(imlygic.explanation).toContain('does not read every limit');
  });

  it('a worldwide "first" is confirmed only for classes the dataset records completely', () => {
    // CAR-T is a complete class (data/meta.json); oncolytic viruses are not.
    expect(claimOf('Kymriah was the first CAR-T therapy approved anywhere.', 'approval').verdict).toBe(
      'consistent',
    );
    const h101 = claimOf('H101 was the first oncolytic virus approved anywhere.', 'approval');
    expect(h101.verdict).toBe('unverified');
    expect(h101.explanation).toContain('not complete worldwide');
  });

  it('"the first two" ranks; it does not count', () => {
    const found = verifiedOf('Kymriah and Yescarta were the first two FDA-approved CAR-T therapies.');
    expect(found.map((c) => [c.ruleId, c.productId, c.verdict])).toEqual([
      ['approval', 'tisagenlecleucel', 'consistent'],
      ['approval', 'axicabtagene-ciloleucel', 'consistent'],
    ]);
  });

  it('"newly diagnosed" conflicts with a label for relapsed or refractory disease', () => {
    const c = claimOf('Carvykti is now approved for newly diagnosed multiple myeloma.', 'indication');
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toMatch(/no prior/);
  });

  it('"muscle-invasive" is not the approved non-muscle-invasive subtype', () => {
    expect(claimOf('Adstiladrin is approved for muscle-invasive bladder cancer.', 'indication').verdict).toBe(
      'not-approved',
    );
    expect(
      claimOf('Adstiladrin is approved for non-muscle-invasive bladder cancer.', 'indication').verdict,
    ).toBe('consistent');
    expect(
      claimOf(
        'Adstiladrin is approved for BCG-unresponsive non-muscle-invasive disease with carcinoma in situ.',
        'indication',
      ).verdict,
    ).toBe('consistent');
  });
});

describe('denials naming an authority the dataset does not track', () => {
  it('is never contradicted by another untracked authority’s approval', () => {
    const claims = verifiedOf('Fucaso (equecabtagene autoleucel) is not approved by COFEPRIS.').filter(
      (c) => c.kind === 'approval',
    );
    expect(claims.map((c) => c.verdict)).toEqual(['unverified']);
    expect(claims[0]!.explanation).toContain('COFEPRIS');
  });
});
