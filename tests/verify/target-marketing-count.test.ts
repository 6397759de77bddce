import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';

describe('target, marketing and count verdicts', () => {
  it('"Abecma, a CD19 CAR-T" differs; a right target is consistent', () => {
    const wrong = claimOf('Abecma, a CD19 CAR-T, is given once.', 'target');
    expect(wrong.verdict).toBe('differs');
    expect(wrong.explanation).toBe('Abecma (idecabtagene vicleucel) targets BCMA (TNFRSF17), not CD19.');
    expect(wrong.reference).toMatchObject({ kind: 'product', id: 'idecabtagene-vicleucel' });
    expect(claimOf('Carvykti is a BCMA-directed CAR-T.', 'target').verdict).toBe('consistent');
  });

  it('marketing language is always unverified, with an explanation', () => {
    const claims = verified(
      'Our miracle CAR-T cured 100% of patients with no side effects, guaranteed.',
    ).filter((c) => c.kind === 'marketing');
    // One claim per clause ("miracle … cured 100% … with no side effects" | "guaranteed"), each a caution.
    expect(claims.length).toBe(2);
    for (const c of claims) {
      expect(c.verdict).toBe('unverified');
      expect(c.explanation).toContain('promotional language that no regulator');
    }
  });

  it('counts approved products per regulator', () => {
    const count = (text: string) => verified(text).find((c) => c.ruleId === 'approval-count')!;
    const seven = count('Seven CAR T-cell therapies are currently approved by the FDA.');
    expect(seven.verdict).toBe('consistent');
    expect(seven.explanation).toContain('The dataset lists 7 CAR-T products approved by the FDA');
    expect(count('Nine CAR T-cell therapies are currently approved by the FDA.').verdict).toBe('differs');
    expect(count('5+ approved CAR-T products in blood cancers').verdict).toBe('consistent');
  });

  it('leaves claims with no product unverified', () => {
    const c = claimOf('CAR-T response rates above 80% have been reported.', 'response');
    expect(c).toMatchObject({ productId: null, attribution: 'none', verdict: 'unverified', reference: null });
  });
});
