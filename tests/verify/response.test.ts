import { describe, expect, it } from 'vitest';
import { agrees } from '../../lib/verify/tolerance';
import { claimOf } from './helpers';

describe('response tolerance', () => {
  it('respects the comparator', () => {
    expect(agrees({ value: 80, comparator: '>' }, 83)).toBe(true);
    expect(agrees({ value: 80, comparator: '>' }, 79)).toBe(false);
    expect(agrees({ value: 73, comparator: '~' }, 72)).toBe(true);
    expect(agrees({ value: 98, comparator: '~' }, 97.9)).toBe(true);
    expect(agrees({ value: 98, comparator: '=' }, 72)).toBe(false);
    expect(agrees({ value: 90, comparator: 'up to' }, 89)).toBe(true);
    expect(agrees({ value: 90, comparator: 'up to' }, 86)).toBe(false);
    expect(agrees({ value: 41, comparator: '=', low: 39, high: 43 }, 43.2)).toBe(true);
    expect(agrees({ value: 13.3, comparator: '=', unit: 'months' }, 13.8)).toBe(true);
    expect(agrees({ value: 0.26, comparator: '=', unit: 'ratio' }, 0.41)).toBe(false);
  });
});

describe('response verdicts', () => {
  it('Kymriah ">80% ORR in ALL" matches the ELIANA label and says ORR is the wrong name', () => {
    const c = claimOf('Kymriah: >80% ORR in ALL.', 'response');
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toContain('Matches the FDA label: overall remission (CR/CRi) 83%, ELIANA, n=63');
    expect(c.explanation).toContain('"ORR"');
    expect(c.reference?.id).toBe('tisagenlecleucel--eliana--cr-cri--label');
    expect(c.compared.map((r) => r.id)).toContain('tisagenlecleucel--eliana--cr-cri--publication');
    expect(c.compared[0]?.id).toBe(c.reference?.id);
  });

  it('Yescarta "~73% ORR in r/r DLBCL" matches the ZUMA-1 label within 2 points', () => {
    const c = claimOf('Yescarta: ~73% ORR in r/r DLBCL.', 'response');
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toMatch(/^Matches the FDA label: ORR 72%, ZUMA-1, n=101\./);
  });

  it('Yescarta "98% ORR in ZUMA-1" differs from label and publication', () => {
    const c = claimOf('Yescarta achieved a 98% ORR in ZUMA-1.', 'response');
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('FDA label: ORR 72%, ZUMA-1, n=101');
    expect(c.explanation).toContain("The page's 98% differs");
    expect(c.compared.length).toBeGreaterThan(1);
  });

  it('compares CR/sCR with CR/sCR, keeping the label sCR in view', () => {
    const c = claimOf('Carvykti: ~83% CR/sCR rate in CARTITUDE-1 trial.', 'response');
    expect(c.verdict).toBe('consistent');
    expect(c.reference?.label).toContain('CR/sCR 83%');
    expect(c.explanation).toContain('sCR 78.4%');
  });

  it('derives CRi from CR/CRi minus CR of the same analysis', () => {
    const c = claimOf(
      'In ELIANA, 21% of Kymriah patients had complete remission with incomplete blood count recovery.',
      'response',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toContain('CRi (overall remission minus CR) 21%');
  });

  it('checks time-to-event figures and their comparison arm', () => {
    expect(
      claimOf(
        'KarMMa-3: median progression-free survival was 13.3 months with Abecma vs 4.4 months.',
        'response',
      ).verdict,
    ).toBe('consistent');
    const wrong = claimOf('In KarMMa-3, Abecma showed a median PFS of 24 months.', 'response');
    expect(wrong.verdict).toBe('differs');
  });

  it('is unverified with nothing like-for-like to compare', () => {
    expect(
      claimOf(
        'In our own experience with Imlygic, up to 64% of injected lesions shrank completely.',
        'response',
      ).verdict,
    ).toBe('unverified');
    expect(claimOf('Zevor-cel had an ORR of 100% in its pivotal study.', 'response').verdict).toBe(
      'unverified',
    );
    expect(claimOf('Kymriah had a 40% ORR in AML.', 'response').verdict).toBe('unverified');
  });
});

describe('a hazard ratio the page gave as a risk reduction', () => {
  it('is compared as the ratio and named in the page’s words', () => {
    const c = claimOf(
      'In CARTITUDE-4, the risk of progression or death was 84% lower with Carvykti.',
      'response',
    );
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('HR 0.26, CARTITUDE-4');
    expect(c.explanation).toContain('84% lower risk (HR 0.16)');
    const right = claimOf(
      'In CARTITUDE-4, Carvykti reduced the risk of progression or death by 74%.',
      'response',
    );
    expect(right.verdict).toBe('consistent');
  });
});
