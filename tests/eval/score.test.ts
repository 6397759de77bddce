import { describe, expect, test } from 'vitest';
import type { Claim, PageReport } from '../../lib/schema';
import type { ExpectedClaim, ExpectedPage } from '../../cli/eval/expected';
import { claimMatches, compareSets, matchClaims, scoreCorpus, scorePage } from '../../cli/eval/score';
import { FIXED_NOW } from '../helpers/dom';
import { withOverrides, type ClaimOverrides } from '../helpers/frames';

let nextId = 0;
function claim(over: ClaimOverrides): Claim {
  nextId += 1;
  const base: Claim = {
    id: `c${nextId}`,
    kind: 'response',
    ruleId: 'response',
    productId: 'tisagenlecleucel',
    attribution: 'sentence',
    text: '',
    matched: '',
    position: { block: 0, start: 0, end: 1 },
    section: 'main',
    details: { metric: 'CR/CRi', value: 83, comparator: '=' },
    verdict: 'consistent',
    explanation: 'test explanation',
    reference: null,
    compared: [],
  };
  return withOverrides(base, over);
}

function report(products: string[], targets: string[], claims: Claim[]): PageReport {
  return {
    version: 2,
    source: 'https://example.test/',
    title: 't',
    analyzedAt: FIXED_NOW,
    datasetVersion: '1.0.0',
    datasetAsOf: '2026-08-11',
    wordCount: 10,
    partial: false,
    fallbackText: false,
    notes: [],
    products: products.map((id) => ({ id, name: id, status: 'approved' as const, mentions: [] })),
    targets: targets.map((id) => ({ id, label: id, mentions: [] })),
    conditions: [],
    regulators: [],
    trials: [],
    claims,
  };
}

function expectedClaim(over: Partial<ExpectedClaim>): ExpectedClaim {
  return {
    kind: 'response',
    productId: 'tisagenlecleucel',
    quote: '>80% ORR in ALL',
    verdict: 'consistent',
    why: 'ELIANA label 83%',
    ...over,
  };
}

function page(over: Partial<ExpectedPage>): ExpectedPage {
  return {
    url: 'https://example.test/',
    description: 'a test page',
    products: [],
    targets: [],
    claims: [],
    ...over,
  };
}

describe('compareSets', () => {
  test('counts hits, misses and extras', () => {
    const s = compareSets(['a', 'b', 'x'], ['a', 'b', 'c', 'd']);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 2, missing: ['c', 'd'], extra: ['x'] });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
  });

  test('an empty prediction on an empty page is perfect, on a labeled page has zero recall', () => {
    expect(compareSets([], [])).toMatchObject({ precision: 1, recall: 1 });
    expect(compareSets([], ['a'])).toMatchObject({ precision: 1, recall: 0 });
    expect(compareSets(['a'], [])).toMatchObject({ precision: 0, recall: 1 });
  });
});

describe('claimMatches', () => {
  const e = expectedClaim({});

  test('matches on kind, product and quote inside the text, after light normalization', () => {
    const text = 'Tisagenlecleucel  (Kymriah) | CD19 | >80%\u00A0ORR in\u200B ALL; durable CR';
    expect(claimMatches(e, claim({ text }))).toBe(true);
  });

  test('unifies dashes and quotes, and width forms (NFKC)', () => {
    const withDash = expectedClaim({ quote: 'ORR 39-43%' });
    expect(claimMatches(withDash, claim({ text: 'an ORR 39–43% was seen' }))).toBe(true);
    const withQuote = expectedClaim({ quote: 'the doctor\'s "cure"' });
    expect(claimMatches(withQuote, claim({ text: 'the doctor’s “cure” claim' }))).toBe(true);
    expect(claimMatches(expectedClaim({ quote: 'ORR 72%' }), claim({ text: 'ＯＲＲ ７２％' }))).toBe(true);
  });

  test('rejects another kind, another product, or text without the quote', () => {
    expect(claimMatches(e, claim({ text: '>80% ORR in ALL', kind: 'indication' }))).toBe(false);
    expect(claimMatches(e, claim({ text: '>80% ORR in ALL', productId: 'axicabtagene-ciloleucel' }))).toBe(
      false,
    );
    expect(claimMatches(e, claim({ text: '>80% ORR in DLBCL' }))).toBe(false);
  });

  test('a claim whose whole sentence lies inside a quote of several sentences is that statement', () => {
    const twoSentences = expectedClaim({
      kind: 'approval',
      quote: 'Kymriah: approved in March 2019. The first in Asia.',
    });
    expect(
      claimMatches(twoSentences, claim({ kind: 'approval', text: 'Kymriah: approved in March 2019.' })),
    ).toBe(true);
    // A bare cell is too little to stand for the quoted statement.
    expect(claimMatches(twoSentences, claim({ kind: 'approval', text: 'March 2019' }))).toBe(false);
  });

  test('stays case-sensitive so a short quote cannot match inside a word', () => {
    expect(claimMatches(expectedClaim({ quote: 'FL' }), claim({ text: 'a flat response' }))).toBe(false);
  });

  test('a label without a product matches a claim with any product', () => {
    const noProduct = expectedClaim({ productId: null, kind: 'marketing', quote: '100% cure' });
    expect(claimMatches(noProduct, claim({ kind: 'marketing', productId: null, text: 'A 100% cure!' }))).toBe(
      true,
    );
    expect(claimMatches(noProduct, claim({ kind: 'marketing', productId: 'x', text: 'A 100% cure!' }))).toBe(
      true,
    );
  });
});

describe('matchClaims', () => {
  test('one report claim answers only one expected claim', () => {
    const text = 'ORR 72% and CR 51% in ZUMA-1';
    const es = [expectedClaim({ quote: 'ORR 72%' }), expectedClaim({ quote: 'CR 51%' })];
    expect(matchClaims(es, [claim({ text })])).toEqual([0, null]);
    expect(matchClaims(es, [claim({ text }), claim({ text })])).toEqual([0, 1]);
  });

  test('prefers the claim with the expected verdict', () => {
    const text = 'ORR 72% in LBCL';
    const es = [expectedClaim({ quote: 'ORR 72%', verdict: 'differs' })];
    const cs = [claim({ text, verdict: 'consistent' }), claim({ text, verdict: 'differs' })];
    expect(matchClaims(es, cs)).toEqual([1]);
  });

  test('reassigns so that as many claims as possible get the right verdict, then as many are found', () => {
    // e0 can take c0 (right) or c1 (wrong); e1 only c0 (right). Greedy order would give e0→c0.
    const es = [
      expectedClaim({ quote: 'ORR', verdict: 'consistent' }),
      expectedClaim({ quote: 'ORR 72%', verdict: 'consistent' }),
    ];
    const cs = [
      claim({ text: 'ORR 72%', verdict: 'consistent' }),
      claim({ text: 'ORR 50%', verdict: 'differs' }),
    ];
    expect(matchClaims(es, cs)).toEqual([1, 0]);
  });

  test('a right verdict is never traded for finding one more claim', () => {
    const es = [
      expectedClaim({ quote: 'ORR 72%', verdict: 'differs' }),
      expectedClaim({ quote: 'ORR 72%', verdict: 'consistent' }),
    ];
    expect(matchClaims(es, [claim({ text: 'ORR 72%', verdict: 'consistent' })])).toEqual([null, 0]);
  });
});

describe('scorePage', () => {
  test('reports right, wrong-verdict and missed claims, and near misses', () => {
    const expected = page({
      products: ['tisagenlecleucel', 'inaticabtagene-autoleucel'],
      targets: ['CD19'],
      claims: [
        expectedClaim({ quote: '>80% ORR in ALL' }),
        expectedClaim({ kind: 'target', quote: 'CD19', verdict: 'consistent' }),
        expectedClaim({ kind: 'indication', quote: 'adult B-cell', productId: 'inaticabtagene-autoleucel' }),
      ],
    });
    const r = report(
      ['tisagenlecleucel'],
      ['CD19', 'TNFRSF17'],
      [
        claim({ text: 'Kymriah | CD19 | >80% ORR in ALL', verdict: 'consistent' }),
        claim({ kind: 'target', text: 'Kymriah | CD19 | >80% ORR in ALL', verdict: 'differs' }),
        claim({ kind: 'approval', productId: 'inaticabtagene-autoleucel', text: 'treats adult B-cell ALL' }),
        claim({ kind: 'marketing', productId: null, text: 'best clinic' }),
      ],
    );
    const s = scorePage('p', expected, r);
    expect(s.products).toMatchObject({ tp: 1, fn: 1, missing: ['inaticabtagene-autoleucel'] });
    expect(s.targets).toMatchObject({ tp: 1, fp: 1, extra: ['TNFRSF17'] });
    expect(s.outcomes.map((o) => o.status)).toEqual(['right', 'wrong-verdict', 'missed']);
    expect(s.outcomes[1]?.got?.verdict).toBe('differs');
    expect(s.outcomes[2]?.near).toEqual(['approval/inaticabtagene-autoleucel (consistent)']);
    expect(s.claims).toMatchObject({ expected: 3, found: 2, right: 1 });
    expect(s.claims.accuracy).toBeCloseTo(1 / 3);
    expect(s.unlabeledClaims).toBe(2);
  });
});

describe('scoreCorpus', () => {
  test('micro-averages over pages and fills the confusion matrix', () => {
    const a = {
      name: 'a',
      expected: page({
        products: ['p1', 'p2'],
        claims: [expectedClaim({ productId: 'p1', quote: 'ORR 72%' })],
      }),
      report: report(['p1'], [], [claim({ productId: 'p1', text: 'ORR 72%', verdict: 'differs' })]),
    };
    const b = {
      name: 'b',
      expected: page({
        products: ['p3'],
        claims: [
          expectedClaim({ productId: 'p3', quote: 'CR 51%', verdict: 'differs' }),
          expectedClaim({
            productId: null,
            kind: 'marketing',
            quote: 'no side effects',
            verdict: 'unverified',
          }),
        ],
      }),
      report: report(
        ['p3', 'p4', 'p5'],
        [],
        [claim({ productId: 'p3', text: 'CR 51%', verdict: 'differs' })],
      ),
    };
    const m = scoreCorpus([a, b]);
    expect(m.pages).toBe(2);
    expect(m.products).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(m.products.precision).toBeCloseTo(0.5);
    expect(m.products.recall).toBeCloseTo(2 / 3);
    expect(m.claims).toMatchObject({ expected: 3, found: 2, right: 1 });
    expect(m.byKind.marketing).toMatchObject({ expected: 1, found: 0, right: 0 });
    expect(m.byVerdict.differs).toMatchObject({ expected: 1, right: 1 });
    expect(m.confusion.consistent.differs).toBe(1);
    expect(m.confusion.differs.differs).toBe(1);
    expect(m.confusion.unverified.missed).toBe(1);
    expect(m.perPage.map((p) => p.name)).toEqual(['a', 'b']);
  });
});
