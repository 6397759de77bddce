import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses and false alarms of blind set 37 after its scorings (the set is
// spent), each a reading of a kind of sentence rather than of one: a disease written as a modifier
// before the products it is the use of (Korean "-용", Japanese "向け"), a figure's metric when the
// metric before it is another figure's predicate, "complete" standing alone for a complete-response
// figure, places that each follow their own date, a fronted "together with" product, a Japanese
// column of diseases headed "病気", label extensions in Portuguese, Korean and Chinese, a decision
// told as coming later, and a target told as the mark the cells are found by. The sentences are
// this repository's own.

const of = (claims: ReturnType<typeof verified>, kind: string, productId?: string) =>
  claims.filter((c) => c.kind === kind && (productId === undefined || c.productId === productId));

describe('a disease written as a modifier before its products', () => {
  it('gives a Korean "<disease>용" use to the list of products after it, not to the product before', () => {
    const claims = verified(
      '미국 FDA는 2017년 킴리아를 허가했고, 이어 다발골수종용 아베크마와 카빅티도 허가했다.',
    );
    expect(accusing(claims)).toEqual([]);
    const uses = of(claims, 'indication').map((c) => [c.productId, field(c, 'conditionId')]);
    expect(uses).toEqual(
      expect.arrayContaining([
        ['idecabtagene-vicleucel', 'multiple-myeloma'],
        ['ciltacabtagene-autoleucel', 'multiple-myeloma'],
      ]),
    );
    // Kymriah's approval keeps no myeloma use of its own.
    const kymriah = of(claims, 'approval', 'tisagenlecleucel');
    expect(kymriah.map((c) => field(c, 'conditionId'))).not.toContain('multiple-myeloma');
  });

  it('reads a Japanese "向けの" the same way', () => {
    const claims = verified('2017年にキムリアが承認され、その後、多発性骨髄腫向けのアベクマも承認された。');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'indication', 'idecabtagene-vicleucel').map((c) => field(c, 'conditionId'))).toEqual([
      'multiple-myeloma',
    ]);
  });
});

describe('the metric of the second of two figures', () => {
  it('does not take the metric that another figure’s verb ties to it', () => {
    const claims = of(
      verified(
        'In the FELIX trial, 77% of the patients given Aucatzyl achieved overall remission, with 55% in complete remission.',
      ),
      'response',
    );
    expect(claims.map((c) => [field(c, 'value'), c.verdict])).toEqual([
      [77, 'consistent'],
      [55, 'consistent'],
    ]);
    expect(field(claims[1]!, 'metric')).toBe('complete remission');
  });

  it('keeps a metric shared when it is the only one ("83% ORR vs 73%")', () => {
    const claims = of(
      verified('Yescarta had an 83% overall response rate in ZUMA-1, vs 73% in a later study.'),
      'response',
    );
    expect(claims.map((c) => field(c, 'metric'))).toEqual(['ORR']);
  });
});

describe('"complete" standing alone for a complete-response figure', () => {
  it('reads "полный — N %" and "completa del N %" after a response rate as complete responses', () => {
    for (const text of [
      'В исследовании RELIANCE препарат Carteyva дал общий ответ — 75,9 %, полный — 51,7 %.',
      'En ZUMA-1, Yescarta logró una respuesta global del 83 %, completa del 58 %.',
    ]) {
      const claims = of(verified(text), 'response');
      expect(claims.map((c) => [field(c, 'metric'), c.verdict])).toEqual([
        [expect.stringMatching(/^(?:response|ORR)$/), 'consistent'],
        ['CR', 'consistent'],
      ]);
    }
  });

  it('reads no complete response where no response rate was named before it', () => {
    const claims = of(
      verified('Die Remission war bei Kymriah komplett: 40 % der Kinder blieben ein Jahr ohne Rückfall.'),
      'response',
    );
    expect(claims.map((c) => field(c, 'metric'))).not.toContain('CR');
  });
});

describe('places that each follow their own date', () => {
  it('pairs each date with the place after it', () => {
    for (const text of [
      'Kymriah wurde 2017 in den USA und 2018 in der EU zugelassen.',
      'キムリアは2017年に米国で、2018年に欧州で承認された。',
      'Kymriah于2017年在美国、2018年在欧盟获批。',
    ]) {
      const claims = of(verified(text), 'approval');
      expect(claims.map((c) => [field(c, 'regulator'), field(c, 'date'), c.verdict])).toEqual([
        ['FDA', '2017', 'consistent'],
        ['EMA', '2018', 'consistent'],
      ]);
    }
  });

  it('still pairs dates that come after their places ("by the FDA in 2017 and the EMA in 2018")', () => {
    const claims = of(
      verified('Kymriah was approved by the FDA in 2017 and by the EMA in 2018.'),
      'approval',
    );
    expect(claims.map((c) => [field(c, 'regulator'), field(c, 'date')])).toEqual([
      ['FDA', '2017'],
      ['EMA', '2018'],
    ]);
  });

  it('reads "EU" beside a Japanese particle as the EU', () => {
    const claims = of(
      verified('Aucatzylは英国で2025年4月に条件付き承認され、EUでは2025年7月に承認されています。'),
      'approval',
    );
    expect(claims.map((c) => [field(c, 'regulator'), field(c, 'date'), c.verdict])).toEqual([
      ['MHRA', '2025-04', 'consistent'],
      ['EMA', '2025-07', 'consistent'],
    ]);
  });
});

describe('a product approved together with the one the sentence is about', () => {
  it('gives the product of a fronted "together with" phrase the same decision', () => {
    for (const text of [
      'Zusammen mit Kymriah wurde Yescarta im August 2018 in der EU zugelassen.',
      'Together with Kymriah, Yescarta was authorised in the EU in August 2018.',
    ]) {
      const claims = of(verified(text), 'approval');
      expect(claims.map((c) => [c.productId, field(c, 'regulator'), field(c, 'date'), c.verdict])).toEqual(
        expect.arrayContaining([
          ['tisagenlecleucel', 'EMA', '2018-08', 'consistent'],
          ['axicabtagene-ciloleucel', 'EMA', '2018-08', 'consistent'],
        ]),
      );
    }
  });
});

describe('a Japanese column of the diseases each product is for', () => {
  it('reads a "病気" header as the indication column', () => {
    const claims = verified([
      row(
        ['ブレヤンジ', 'CD19', '大細胞型B細胞リンパ腫、濾胞性リンパ腫'],
        ['製品名', '標的', '主な対象となる病気'],
      ),
    ]);
    expect(of(claims, 'indication').map((c) => [field(c, 'conditionId'), c.verdict])).toEqual([
      ['lbcl', 'consistent'],
      ['fl', 'consistent'],
    ]);
  });
});

describe('a label extension as a dated decision', () => {
  it('reads the extension verbs of Portuguese, Korean and Chinese with their dates', () => {
    const cases: Array<[string, string]> = [
      [
        'Nos Estados Unidos, a FDA aprovou o Carvykti em fevereiro de 2022 e estendeu a indicação em abril de 2024.',
        '2024-04',
      ],
      [
        '카빅티는 미국에서 2022년 2월 허가됐고, 미국은 2024년 4월에 1차 이상 치료받은 환자까지 넓어졌다.',
        '2024-04',
      ],
      ['倍诺达于2022年10月新增滤泡性淋巴瘤适应症。', '2022-10'],
    ];
    for (const [text, date] of cases) {
      const dated = of(verified(text), 'approval').find((c) => field(c, 'date') === date);
      expect(dated?.verdict).toBe('consistent');
    }
  });

  it('takes no date from before a decision told as coming after it', () => {
    const claims = of(
      verified(
        '2022年10月，倍诺达新增滤泡性淋巴瘤适应症；此后又获批用于既往至少二线治疗的复发或难治性套细胞淋巴瘤。',
      ),
      'approval',
    );
    expect(claims.map((c) => [field(c, 'conditionId'), field(c, 'date') ?? null, c.verdict])).toEqual([
      ['fl', '2022-10', 'consistent'],
      ['mcl', null, 'consistent'],
    ]);
  });
});

describe('a target told as the mark the cells are found by', () => {
  it('reads "CD19を目印にして攻撃" for each product of the sentence before, after "いずれも"', () => {
    const claims = of(
      verified([
        { text: '再発した成人のALLには、テカルタスとオベカブタゲン オートルユーセルがあります。' },
        { text: 'いずれも白血病細胞のCD19を目印にして攻撃します。' },
      ]),
      'target',
    );
    expect(claims.map((c) => [c.productId, field(c, 'targetId'), c.verdict])).toEqual([
      ['brexucabtagene-autoleucel', 'CD19', 'consistent'],
      ['obecabtagene-autoleucel', 'CD19', 'consistent'],
    ]);
  });
});

describe('a demonstrative subject in French, Spanish, German and Russian', () => {
  it('reads "Ces cellules … reconnaissent une protéine, le CD19" for the products of the sentence before', () => {
    const claims = of(
      verified([
        { text: 'En 2018, la Commission européenne a autorisé Kymriah et Yescarta.' },
        { text: 'Ces cellules reprogrammées reconnaissent une protéine, le CD19.' },
      ]),
      'target',
    );
    expect(claims.map((c) => [c.productId, field(c, 'targetId')])).toEqual([
      ['tisagenlecleucel', 'CD19'],
      ['axicabtagene-ciloleucel', 'CD19'],
    ]);
  });
});

describe('review guards: the overreaches a code review of these readings found, each narrowed', () => {
  it('keeps a ranking’s own disease where the modified product is the ranked one', () => {
    for (const text of [
      '美国首个多发性骨髓瘤的CAR-T疗法Abecma于2021年获批。',
      '미국에서 다발골수종용 최초의 CAR-T 치료제는 아베크마다.',
    ])
      expect(accusing(verified(text))).toEqual([]);
  });

  it('leaves "complete" after "bei" to the figure after it, never the figure before', () => {
    expect(
      accusing(verified('Im ZUMA-1 lag die Ansprechrate von Yescarta bei 83 %, komplett bei 58 %.')),
    ).toEqual([]);
  });

  it('reads a far verb as the other figure’s predicate only right before the metric', () => {
    const text =
      'In TRANSCEND NHL 001, 73% of the 256 patients treated with Breyanzi responded, and a complete response was achieved by 53%.';
    expect(accusing(verified(text))).toEqual([]);
  });

  it('pairs a date with a place only when it stands right before it', () => {
    for (const text of [
      'In 2022, Carvykti, approved by the FDA in February 2022, was also approved by the EMA.',
      'Nach den Studiendaten von 2016 wurde Kymriah 2017 in den USA und 2018 in der EU zugelassen.',
    ])
      expect(accusing(verified(text))).toEqual([]);
  });

  it('keeps the date of a decision told by comparison (", as well as"), which is no succession', () => {
    const claims = of(
      verified('In August 2019, Yescarta, as well as Kymriah, was approved by the European Commission.'),
      'approval',
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter((c) => c.verdict === 'consistent')).toEqual([]);
  });

  it('reads no label extension across a comma, in a trial, or in a widening that names no use', () => {
    for (const text of [
      '2016年，阿基仑赛注射液的不良反应报告增加，说明书更新了适应症相关警示。',
      '2019년 킴리아의 처방 병원은 소포림프종 환자를 치료하는 병원까지 넓어졌다.',
    ])
      expect(of(verified(text), 'approval')).toEqual([]);
  });

  it('reads no target from a class that "CD19を目印にする", nor a plural subject from tumour cells', () => {
    expect(
      accusing(
        verified('アベクマは、CD19を目印にするCAR-T細胞療法とは違い、BCMAを目印にしてがん細胞を攻撃します。'),
      ),
    ).toEqual([]);
    const claims = verified([
      { text: 'Kymriah et Yescarta ciblent le CD19.' },
      {
        text: 'Ces cellules tumorales sont fréquentes chez les patients atteints de leucémie lymphoïde chronique.',
      },
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('a hazard ratio joined to its figure by a copula', () => {
  it('reads "lag bei" and "是" as the figure of the hazard ratio', () => {
    for (const text of [
      'In CARTITUDE-4 senkte Carvykti das Fortschreiten deutlich – das Hazard Ratio lag bei 0,26.',
      '在CARTITUDE-4中，Carvykti的無惡化存活的風險比是0.26。',
    ]) {
      const claims = of(verified(text), 'response');
      expect(claims.map((c) => [field(c, 'metric'), field(c, 'value'), c.verdict])).toEqual([
        ['HR', 0.26, 'consistent'],
      ]);
    }
  });
});

describe('one patient in three, in French and German wording', () => {
  it('reads "un patient sur trois répond" and "jeder dritte Patient sprach an" as a response of about a third', () => {
    for (const text of [
      'Dans l’essai C-144-01, environ un patient sur trois répond à l’Amtagvi.',
      'In der Studie C-144-01 sprach etwa jeder dritte Patient auf Amtagvi an.',
    ]) {
      const claims = of(verified(text), 'response');
      expect(claims.map((c) => [Math.round(Number(field(c, 'value'))), c.verdict])).toEqual([
        [33, 'consistent'],
      ]);
    }
  });

  it('reads no response in "répond aux critères" (meets the criteria)', () => {
    const text = 'Un patient sur trois répond aux critères d’inclusion de l’essai C-144-01 pour Amtagvi.';
    expect(of(verified(text), 'response')).toEqual([]);
  });
});

describe('a target spelled out before its bracketed name', () => {
  it('reads "direcionada ao antígeno de maturação de células B (BCMA)", however long the spelled-out name', () => {
    const claims = of(
      verified('O Carvykti é uma terapia direcionada ao antígeno de maturação de células B (BCMA).'),
      'target',
    );
    expect(claims.map((c) => [c.productId, field(c, 'targetId'), c.verdict])).toEqual([
      ['ciltacabtagene-autoleucel', 'TNFRSF17', 'consistent'],
    ]);
  });
});

describe('review guards of the second code review', () => {
  it('reads no response in "répond à un besoin" nor in "ne répondent pas"', () => {
    for (const text of [
      'Carvykti répond à un besoin médical important : environ 30 % des patients atteints de myélome rechutent dans l’année.',
      'Dans le myélome, les 30 % de patients qui ne répondent pas au bortézomib peuvent recevoir Carvykti.',
    ])
      expect(of(verified(text), 'response')).toEqual([]);
  });

  it('reads no response in "jeder dritte Patient erlitt einen Rückfall"', () => {
    const text =
      'Beim Myelom erlitt nach dem Ansprechen auf Carvykti jeder dritte Patient innerhalb von zwei Jahren einen Rückfall.';
    expect(of(verified(text), 'response')).toEqual([]);
  });

  it('lets no "contra…" word or far aiming word claim a bracketed target', () => {
    for (const text of [
      'El Carvykti se usa en el mieloma múltiple recidivante, al contrario de las primeras terapias celulares para linfomas (CD19).',
      'Carvykti agit contre le myélome multiple récidivant, contrairement aux premières thérapies cellulaires des lymphomes (CD19).',
      'A Anvisa aprovou o Carvykti, direcionado a pacientes com mieloma múltiplo que já receberam três linhas (CD19).',
    ])
      expect(of(verified(text), 'target')).toEqual([]);
  });
});

describe('a target told "in the case of" a product, after a plural subject (found by blind 38’s second scoring)', () => {
  it('gives each target to the product named after it, not to every product of the subject', () => {
    const claims = of(
      verified([
        { text: 'Yescarta e Abecma são terapias celulares.' },
        {
          text: 'Essas terapias são modificadas para reconhecer a proteína CD19, no caso do Yescarta, ou a BCMA, no caso do Abecma.',
        },
      ]),
      'target',
    );
    expect(claims.map((c) => [c.productId, field(c, 'targetId'), c.verdict])).toEqual([
      ['axicabtagene-ciloleucel', 'CD19', 'consistent'],
      ['idecabtagene-vicleucel', 'TNFRSF17', 'consistent'],
    ]);
  });
});
