import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the false alarms and false reassurance of blind set 25 after its second scoring
// (the set is spent).

describe('whose clause a regulator, a disease or a target is', () => {
  it('gives a denial past a contrast the regulator its own clause names', () => {
    const claims = verified(
      '脳腫瘍（悪性神経膠腫）に使うウイルス療法デリタクトは2021年に日本で承認されたが、アメリカでは承認されていない。',
    );
    expect(accusing(claims)).toEqual([]);
    // The glioma is the use told in the modifier of Delytact (blind 35's reading); the US denial is the
    // product's, its own clause's regulator.
    const denial = claims.find((c) => c.kind === 'approval' && field(c, 'approved') === false);
    expect(denial && field(denial, 'regulator')).toBe('FDA');
    const use = claims.find((c) => c.kind === 'indication');
    expect(use && [field(use, 'conditionId'), field(use, 'approved') ?? null]).toEqual([
      'malignant-glioma',
      null,
    ]);
  });

  it('leaves the diseases of a later decision after "；此后" out of the first approval', () => {
    const claims = verified(
      '瑞基奥仑赛注射液于2021年9月获批，是国内第二款上市的CAR-T；此后又先后获批滤泡性淋巴瘤和套细胞淋巴瘤适应症。',
    );
    expect(accusing(claims)).toEqual([]);
    const first = claims.find((c) => c.kind === 'approval' && field(c, 'date') === '2021-09');
    expect(first && field(first, 'conditionId')).toBeUndefined();
  });

  it('ends a ranking\'s clause at "이후", so a target and diseases after it are not the ranking\'s', () => {
    const claims = verified(
      '미국 식품의약국(FDA)은 2017년 8월 30일 킴리아를 세계 최초의 CAR-T 치료제로 승인한 이후 림프종과 백혈병 분야의 CD19 표적 제품을 잇달아 승인하였다.',
    );
    expect(accusing(claims)).toEqual([]);
    const rank = claims.find((c) => field(c, 'rank') === 'first');
    expect(rank && field(rank, 'firstOf')).toBe('CAR-T');
  });
});

describe('what is no claim, or another cohort', () => {
  it('reads no ranking of a product still in clinical trials ("КИ")', () => {
    const claims = verified(
      'Первый отечественный CAR-T-препарат «Утжефра» (гемагенлеклейцел), также направленный против CD19, с 12.11.2024 изучается в КИ I–II фазы.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('reads a figure over another number of patients as another cohort, even beside a trial update that gives no n', () => {
    const claims = verified(
      'Среди 12 больных фолликулярной лимфомой, получивших тисагенлеклейцел, полный ответ на 90-й день достигнут у 7 (58,3 %).',
    );
    expect(claims.filter((c) => c.kind === 'response').map((c) => c.verdict)).toEqual(['unverified']);
  });

  it("skips a corrections table's column of what the page had said, and reads the regulator beside the date", () => {
    const claims = verified([
      row(
        ['12 Oct', 'Satri-cel', 'US approval', 'China (NMPA), 22 Jun 2026'],
        ['Date', 'Product', 'What we said', 'Correct position'],
      ),
    ]);
    expect(
      claims.filter((c) => c.kind === 'approval').map((c) => `${String(field(c, 'regulator'))}:${c.verdict}`),
    ).toEqual(['NMPA:consistent']);
  });
});

describe('label and publication figures', () => {
  it("compares a figure the page gives as the label's with the label's figure only", () => {
    const claims = verified(
      'For Tecartus in relapsed or refractory mantle cell lymphoma, the label reports an objective response rate of 93% in ZUMA-2.',
    );
    expect(claims.filter((c) => c.kind === 'response').map((c) => c.verdict)).toEqual(['differs']);
    const plain = verified('For Tecartus, the objective response rate was 93% in ZUMA-2.');
    expect(plain.filter((c) => c.kind === 'response').map((c) => c.verdict)).toEqual(['consistent']);
  });
});
