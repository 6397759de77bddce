// Indication wording beyond "indicated for": headline verbs, "can also be given as a second
// treatment", casual line requirements, and one claim per coordinated clause.
import { describe, expect, it } from 'vitest';
import { claimOf, verified } from '../../verify/helpers';
import { field } from '../../helpers/frames';
import { claimsOf } from '../helpers';

const indications = (specs: Parameters<typeof verified>[0]) =>
  verified(specs).filter((c) => c.kind === 'indication');

describe('indication wording', () => {
  it('a headline "wins FDA nod in <disease>" states the use', () => {
    const c = claimOf("Iovance's lifileucel wins FDA nod in advanced melanoma", 'indication');
    expect(c).toMatchObject({ productId: 'lifileucel', verdict: 'consistent' });
    expect(field(c, 'conditionId')).toBe('melanoma');
  });

  it('the second-line sentence alone reads one prior line and matches the second-line label', () => {
    const heading = 'Axicabtagene ciloleucel (Yescarta)';
    const found = indications([
      { kind: 'heading', text: heading },
      {
        text: 'It can also be given as a second treatment when lymphoma has come back within 12 months of finishing first-line chemoimmunotherapy, or did not respond to it.',
        headings: [heading],
      },
    ]);
    expect(found.map((c) => [c.productId, field(c, 'minPriorLines'), c.verdict])).toEqual([
      ['axicabtagene-ciloleucel', 1, 'consistent'],
    ]);
  });

  it('"in europe they want 2 lines" is the EU line requirement of the product talked about', () => {
    const found = indications([
      { text: 'tecartus got approved for mcl back in 2020.' },
      { text: 'in europe they want 2 lines incl a btki.' },
    ]).filter((c) => field(c, 'minPriorLines') === 2);
    expect(found.map((c) => [c.productId, field(c, 'regulator'), c.verdict])).toEqual([
      ['brexucabtagene-autoleucel', 'EMA', 'consistent'],
    ]);
  });

  it('each coordinated clause gives its own line requirement', () => {
    const found = indications(
      'Abecma was approved by the FDA in March 2021 for patients who had received four or more prior lines, and since April 2024 it can be used after two prior lines.',
    );
    expect(found.map((c) => [field(c, 'minPriorLines'), c.verdict])).toEqual([
      [4, 'consistent'],
      [2, 'consistent'],
    ]);
  });
});

describe('a line written before the first disease of a list', () => {
  it('qualifies that disease, not the others after "for"', () => {
    const lines = claimsOf([
      {
        text: 'Breyanzi has since been approved for second-line large B-cell lymphoma (June 2022), chronic lymphocytic leukemia (March 2024) and follicular lymphoma (May 2024).',
      },
    ])
      .filter((c) => c.kind === 'indication')
      .map((c) => [field(c, 'conditionId'), field(c, 'minPriorLines') ?? null]);
    expect(lines).toEqual([
      ['lbcl', 1],
      ['cll', null],
      ['fl', null],
    ]);
  });

  it('while "adults with" before them is said of all', () => {
    const populations = claimsOf([
      { text: 'Kymriah is approved for adults with relapsed or refractory DLBCL and follicular lymphoma.' },
    ])
      .filter((c) => c.kind === 'indication')
      .map((c) => field(c, 'population'));
    expect(populations).toEqual(['adults', 'adults']);
  });
});

describe('Korean uses joined by 과', () => {
  it('keep each its own patients ("25세 이하 … 백혈병과 성인 … 림프종")', () => {
    const uses = claimsOf([
      {
        text: '킴리아주는 25세 이하 재발성·불응성 B세포 급성 림프구성 백혈병과 성인 미만성 거대 B세포 림프종에 쓰인다.',
      },
    ])
      .filter((c) => c.kind === 'indication')
      .map((c) => [field(c, 'conditionId'), field(c, 'maxAge') ?? null, field(c, 'population') ?? null]);
    expect(uses).toEqual([
      ['b-all', 25, null],
      ['dlbcl', null, 'adults'],
    ]);
  });
});

describe('a use denied by its registration', () => {
  it('reads "并没有注册用于" as not approved for the disease', () => {
    const claims = indications([{ text: '替沙侖賽並沒有註冊用於多發性骨髓瘤。' }]);
    expect(
      claims.map((c) => [c.productId, field(c, 'conditionId'), field(c, 'approved'), c.verdict]),
    ).toEqual([['tisagenlecleucel', 'multiple-myeloma', false, 'consistent']]);
  });
});

describe('a disease, then that the product cannot be used for it (Chinese)', () => {
  it('reads "骨髓瘤用不了" as not approved for myeloma', () => {
    const claims = indications([{ text: '用的是奕凯达，那个是CD19靶点，骨髓瘤用不了。' }]);
    expect(
      claims.map((c) => [c.productId, field(c, 'conditionId'), field(c, 'approved'), c.verdict]),
    ).toEqual([['axicabtagene-ciloleucel', 'multiple-myeloma', false, 'consistent']]);
  });
});
