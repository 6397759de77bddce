// Verdicts that must not accuse without evidence: a later analysis's hazard ratio, a ranking with a
// limit TherapyLens does not read, a dated approval later withdrawn, and denials written the
// Chinese way; and the comparison arm of a median written with 対 or (표준치료군 …).
import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';
import { field } from '../helpers/frames';

describe('figures from another analysis of the trial', () => {
  it('leaves a hazard ratio a few hundredths from the recorded one unverified', () => {
    const c = claimOf(
      'In TRANSFORM, Breyanzi had a hazard ratio of 0.349 for progression-free survival.',
      'response',
    );
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toContain('another analysis or data cut');
  });

  it('still calls a hazard ratio far from every recorded one of the named trial different', () => {
    expect(claimOf('CARTITUDE-4: Carvykti PFS HR 0.62', 'response').verdict).toBe('differs');
  });

  it('reads the comparison arm written with 対 or in brackets after 표준치료군', () => {
    const ja = claimOf('アベクマ（KarMMa-3）：無増悪生存期間の中央値13.3か月対4.4か月。', 'response');
    expect([ja.verdict, field(ja, 'comparatorValue')]).toEqual(['consistent', 4.4]);
    const ko = claimOf(
      '예스카타: 무사건 생존기간 중앙값이 8.3개월로 표준치료군(2.0개월)의 4배 이상이었다.',
      'response',
    );
    expect([ko.verdict, field(ko, 'comparatorValue')]).toEqual(['consistent', 2]);
  });
});

describe('approvals as history and rankings with unread limits', () => {
  it('checks a dated approval against records withdrawn since', () => {
    const provenge = claimOf(
      'Provenge (sipuleucel-T) a été autorisé dans l’Union européenne en septembre 2013.',
      'approval',
    );
    expect(provenge.verdict).toBe('consistent');
    expect(provenge.explanation).toContain('EMA approval of 6 Sep 2013');
    expect(
      claimOf(
        'Zalmoxis a reçu le 18 août 2016 une autorisation conditionnelle de la Commission européenne.',
        'approval',
      ).verdict,
    ).toBe('consistent');
  });

  it('does not rank a product first when the ranking has a limit it does not read', () => {
    // (Its sources do state "the first marketed CAR-T approved without a REMS": tests/verify/recorded-first.test.ts.)
    expect(
      claimOf('Aucatzyl was the first CAR-T approved with a fast off-rate binder.', 'approval').verdict,
    ).toBe('unverified');
  });
});

describe('denials written the Chinese way', () => {
  it('reads 尚未…获批 and 不适用于 as denials', () => {
    expect(claimOf('本品（福可苏）尚未在美国获批上市。', 'approval').verdict).toBe('consistent');
    const uses = verified('Tecelra和Amtagvi：这些产品都不适用于胃癌。').filter(
      (c) => c.kind === 'indication',
    );
    expect(uses.map((c) => [c.productId, c.verdict])).toEqual([
      ['afamitresgene-autoleucel', 'consistent'],
      ['lifileucel', 'consistent'],
    ]);
  });
});

describe('a denial about a line of therapy', () => {
  it('is contradicted only by an approval that reaches that line, and agrees when none does', () => {
    const kymriah = verified('Kymriah is not approved for second-line treatment of LBCL.');
    expect(kymriah.map((c) => c.verdict)).toEqual(['consistent', 'consistent']);
    expect(kymriah[0]!.explanation).toContain("none covers the page's line of therapy");
    const yescarta = verified('Yescarta is not approved for second-line treatment of LBCL.');
    expect(yescarta.map((c) => c.verdict)).toEqual(['differs', 'differs']);
  });
});
