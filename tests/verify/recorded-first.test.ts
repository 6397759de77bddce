// A "first" the dataset cannot settle from its records (oncolytic viruses and gene therapies are not
// recorded completely; "without a REMS" is no field of them) is confirmed only by a ranking the
// product's own sources state, with the same class, limit and place; otherwise it stays unconfirmed.
import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';

const rank = (text: string, productId: string) => {
  const found = verified(text).filter((c) => c.kind === 'approval' && c.productId === productId);
  return found.map((c) => c.verdict);
};

describe('a ranking the product’s sources state', () => {
  it.each([
    ['Delytact was the first oncolytic virus approved for a primary brain tumour.', 'teserpaturev'],
    ['Adstiladrin was the first gene therapy approved for bladder cancer.', 'nadofaragene-firadenovec'],
    ['Aucatzyl was the first CAR-T approved without a REMS program.', 'obecabtagene-autoleucel'],
    [
      'Es war das erste onkolytische Virus, das für einen Hirntumor zugelassen wurde: Delytact.',
      'teserpaturev',
    ],
  ])('confirms %s', (text, productId) => {
    expect(rank(text, productId)).toContain('consistent');
    expect(rank(text, productId)).not.toContain('unverified');
  });

  it('names the source’s ranking in the explanation', () => {
    const c = claimOf('Adstiladrin was the first gene therapy approved for bladder cancer.', 'approval');
    expect(c.explanation).toContain('the first gene therapy approved for bladder cancer');
  });

  it('confirms nothing the record does not state: another limit, another place, another product', () => {
    expect(
      rank('Delytact was the first oncolytic virus approved for melanoma.', 'teserpaturev'),
    ).not.toContain('consistent');
    expect(rank('Kymriah was the first CAR-T approved without a REMS.', 'tisagenlecleucel')).not.toContain(
      'consistent',
    );
    expect(
      rank(
        'Adstiladrin was the first gene therapy approved for bladder cancer in Japan.',
        'nadofaragene-firadenovec',
      ),
    ).not.toContain('consistent');
  });
});

describe('a ranking among one regulator’s approvals', () => {
  it.each(['FDA', 'USFDA', 'US-FDA'])('reads "the first %s-approved CAR-T" as the FDA’s first', (name) => {
    // Kymriah was the first CAR-T the FDA approved (30 August 2017).
    expect(
      rank(`The first ${name}-approved CAR-T was tisagenlecleucel (Kymriah).`, 'tisagenlecleucel'),
    ).toEqual(['consistent']);
  });
});
