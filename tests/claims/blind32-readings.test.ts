import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms, false reassurance and misses of blind set 32 after its second
// scoring (the set is spent).

describe('what a sentence asserts, and of which product', () => {
  it('reads a question that names no product as no claim of the section', () => {
    const claims = verified([
      { text: 'Abecma is approved for myeloma.' },
      { text: '¿Y para los adultos con leucemia?' },
      { text: '— Есть ли варианты для взрослых с лейкозом?' },
    ]);
    expect(claims.map((c) => c.kind)).toEqual(['approval', 'indication']);
  });

  it('gives a target naming a class the products of that class after it', () => {
    const listed = verified(
      'By target antigen, the segment is dominated by CD19 products (Kymriah, Yescarta, Tecartus), followed by BCMA products (Abecma, Carvykti).',
    );
    expect(accusing(listed)).toEqual([]);
    expect(listed.map((c) => [c.productId, field(c, 'targetId')])).toEqual([
      ['tisagenlecleucel', 'CD19'],
      ['axicabtagene-ciloleucel', 'CD19'],
      ['brexucabtagene-autoleucel', 'CD19'],
      ['idecabtagene-vicleucel', 'TNFRSF17'],
      ['ciltacabtagene-autoleucel', 'TNFRSF17'],
    ]);
    const named = verified(
      'Besides Yikaida, the NMPA has approved relma-cel (Carteyva), the fully human BCMA CAR-T eque-cel (Fucaso) and, in June 2026, satri-cel.',
    ).filter((c) => c.kind === 'target');
    expect(named.map((c) => [c.productId, c.verdict])).toEqual([['equecabtagene-autoleucel', 'consistent']]);
  });
});

describe("dates and limits that are not the decision's", () => {
  it("reads a date in a fronted clause of time, or in the page's own people's clause, as that event's", () => {
    const opened = verified(
      'When our program opened in 2018, Kymriah was the only FDA-approved CAR-T therapy for children with leukemia.',
    );
    expect(accusing(opened)).toEqual([]);
    const infused = verified(
      'In March 2026 we infused our first sarcoma patient with Tecelra, the first engineered T-cell receptor therapy the FDA has approved.',
    ).find((c) => c.kind === 'approval');
    expect(infused && [field(infused, 'date') ?? null, infused.verdict]).toEqual([null, 'consistent']);
  });

  it('leaves a ranking limited to patients unread, and a ranking of "such" products', () => {
    const only = verified('Kymriah is the only FDA-approved CAR-T therapy for children with leukemia.').find(
      (c) => field(c, 'rank') === 'only',
    );
    expect(only && [field(only, 'rankScopeRead'), only.verdict]).toEqual([false, 'unverified']);
    const such = verified(
      '— Первый такой CAR-T одобрили в Китае в июне 2026 года: это сатрикабтаген аутолейцел при раке желудка.',
    ).find((c) => c.ruleId === 'rank');
    expect(such?.verdict).toBe('unverified');
  });

  it('reads "le premier CAR-T contre un cancer solide" as a first among solid-tumour products', () => {
    const rank = verified(
      'En juin 2026, la Chine a autorisé le premier CAR-T contre un cancer solide, le satri-cel.',
    ).find((c) => c.ruleId === 'rank');
    expect(rank && [field(rank, 'rankCategory'), rank.verdict]).toEqual(['solid', 'consistent']);
  });

  it("takes the use before a Japanese or Korean approval word, not the next clause's", () => {
    const claims = verified(
      '종양침윤림프구(TIL) 치료제 암타그비는 같은 해 2월 흑색종 치료제로 허가된 데 이어 비소세포폐암 치료제로도 승인되었다.',
    );
    const approval = claims.find((c) => c.kind === 'approval');
    expect(approval && [field(approval, 'conditionId'), approval.verdict]).toEqual([
      'melanoma',
      'consistent',
    ]);
  });
});

describe('figures and wordings', () => {
  it('reads "標準方案組" as the comparison arm', () => {
    const claims = verified(
      '在KarMMa-3研究中，Abecma組的中位無進展生存期為13.3個月，標準方案組為4.4個月（HR 0.49）。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(claims.map((c) => field(c, 'value'))).toEqual([13.3, 0.49]);
  });

  it('reads "réponses complètes strictes" as stringent complete responses', () => {
    const sCR = verified(
      'Les résultats : 97 % de réponses dans CARTITUDE-1 pour Carvykti, dont 67 % de réponses complètes strictes.',
    ).find((c) => field(c, 'value') === 67);
    expect(sCR && [field(sCR, 'metric'), sCR.verdict]).toEqual(['sCR', 'consistent']);
  });

  it('reads "移除…的使用限制" as a limitation removed, and "Сведений о … регистрации … нет" as a denial', () => {
    expect(
      accusing(
        verified('2026年2月，美國FDA移除Yescarta仿單中「不適用於原發性中樞神經系統淋巴瘤」的使用限制。'),
      ),
    ).toEqual([]);
    const denial = verified(
      'Утжефра проходит испытания. Сведений о его регистрации на дату подготовки обзора нет.',
    ).find((c) => c.kind === 'approval');
    expect(denial && field(denial, 'approved')).toBe(false);
  });
});
