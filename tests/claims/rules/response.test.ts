import { describe, expect, it } from 'vitest';
import { responseRule } from '../../../lib/claims/rules/response';
import { sentence } from '../helpers';

const detect = (text: string, extra?: Parameters<typeof sentence>[1]) =>
  responseRule.detect(sentence(text, extra)).map((c) => c.details);

describe('response rule', () => {
  it('reads the seed table cell "~73% ORR in r/r DLBCL"', () => {
    expect(detect('~73% ORR in r/r DLBCL; long-term remissions documented')).toEqual([
      expect.objectContaining({ metric: 'ORR', value: 73, comparator: '~', conditionId: 'dlbcl' }),
    ]);
  });

  it("gives a figure the metric its verb joins it to, not the next clause's", () => {
    const pairs = (text: string) => detect(text).map((d) => [d['metric'], d['value']]);
    expect(pairs('Общий ответ составил 95,5 %, а полный ответ — 62,1 %.')).toEqual([
      ['ORR', 95.5],
      ['CR', 62.1],
    ]);
    expect(
      pairs('Общая частота ответа составила 73 %, полный ответ или лучше был достигнут у 33 % пациентов.'),
    ).toEqual([
      ['response', 73],
      ['CR/sCR', 33],
    ]);
    // A metric right before the next figure labels that figure, not the one before it.
    expect(pairs('Ansprechen 72 %, komplette Remission 51 % (n = 101)')).toEqual([
      ['response', 72],
      ['CR', 51],
    ]);
    // Without a conjunction the metric after the comma is the figure's own.
    expect(
      pairs(
        'El 55 % logró una remisión completa y el 21 %, una remisión completa con recuperación hematológica incompleta.',
      )[1]?.[1],
    ).toBe(21);
  });

  it('joins a figure to a metric after "der 75 behandelten Kinder …" as "of the 75 children" does', () => {
    expect(
      detect(
        'In der Zulassungsstudie ELIANA erreichten 81 % der 75 behandelten Kinder und jungen Erwachsenen innerhalb von drei Monaten eine Remission.',
      ).map((d) => [d['metric'], d['value']]),
    ).toEqual([['remission', 81]]);
  });

  it('reads a glued key-number box and its description as two figures', () => {
    const found = detect(
      '>80%Response Rate: Tisagenlecleucel in r/r ALLResponse rates exceeding 80% in pediatric/young adult patients',
    );
    expect(found.map((d) => [d['metric'], d['value'], d['comparator'], d['conditionId']])).toEqual([
      ['response', 80, '>', 'all'],
      ['response', 80, '>', 'all'],
    ]);
  });

  it('takes the trial and n, and both CR/sCR and ORR from one cell', () => {
    expect(detect('~98% ORR; ~83% CR/sCR rate in CARTITUDE-1 trial')).toEqual([
      expect.objectContaining({ metric: 'ORR', value: 98, trial: 'CARTITUDE-1' }),
      expect.objectContaining({ metric: 'CR/sCR', value: 83, trial: 'CARTITUDE-1' }),
    ]);
    expect(detect('83% overall remission rate within 3 months (n=63)')).toEqual([
      expect.objectContaining({ metric: 'CR/CRi', value: 83, n: 63 }),
    ]);
  });

  it('reads ranges, counts and figures placed after the patients', () => {
    expect(detect('response rates of 39-43% have been reported')[0]).toMatchObject({
      low: 39,
      high: 43,
      metric: 'response',
    });
    expect(detect('15 of 54 adults with ALL achieved complete remission')[0]).toMatchObject({
      count: 15,
      n: 54,
      value: 27.8,
      metric: 'complete remission',
    });
    expect(
      detect(
        'In the ELIANA trial, 81% of the 75 children and young adults who received an infusion went into remission within three months.',
      )[0],
    ).toMatchObject({ value: 81, metric: 'remission', trial: 'ELIANA', n: 75 });
  });

  it('keeps the comparison arm with its figure instead of making it a claim', () => {
    expect(
      detect('73% had a complete response or better, compared with 22% of patients on standard treatment'),
    ).toEqual([expect.objectContaining({ value: 73, metric: 'CR/sCR', comparatorValue: 22 })]);
  });

  it('reads durations and hazard ratios', () => {
    expect(
      detect(
        'KarMMa-3: median progression-free survival was 13.3 months with Abecma vs 4.4 months with standard regimens.',
      ),
    ).toEqual([
      expect.objectContaining({
        metric: 'median PFS',
        value: 13.3,
        unit: 'months',
        comparatorValue: 4.4,
        trial: 'KarMMa-3',
      }),
    ]);
    expect(detect('Carvykti cut the risk of progression or death by 74% (HR 0.26).')).toEqual([
      expect.objectContaining({ metric: 'HR', value: 0.26, unit: 'ratio' }),
    ]);
  });

  it('keeps the standard-care arm with its figure in Japanese, Korean and Chinese, in Taiwan’s words too', () => {
    for (const text of [
      'ZUMA-7試験でイエスカルタ群の無イベント生存期間の中央値は8.3カ月、標準治療群は2.0カ月でした。',
      'ZUMA-7 연구에서 예스카타군의 무사건생존기간 중앙값은 8.3개월, 표준치료군은 2.0개월이었다.',
      'ZUMA-7中，Yescarta组的无事件生存期中位数为8.3个月，对照组只有2.0个月。',
      'Yescarta組的無事件存活期中位數是8.3個月，標準治療組只有2.0個月。',
    ])
      expect(detect(text), text).toEqual([
        expect.objectContaining({ metric: 'median EFS', value: 8.3, comparatorValue: 2 }),
      ]);
  });

  it('takes the metric from the table header when the cell is only a number', () => {
    expect(detect('32%', { role: 'response', header: 'Complete response rate' })).toEqual([
      expect.objectContaining({ metric: 'CR', value: 32 }),
    ]);
  });

  it('ignores percentages about other things', () => {
    expect(detect('Grade 3 CRS occurred in 13% of patients.')).toEqual([]);
    expect(detect('Packages start from USD 68,000; 30% deposit.')).toEqual([]);
    expect(detect('Packages include a 10% discount.')).toEqual([]);
  });

  it('reads what a figure measures when a metric only names who was counted', () => {
    expect(detect('100% of patients achieving CR/CRi were MRD-negative')).toEqual([
      expect.objectContaining({ metric: 'MRD-negative', value: 100 }),
    ]);
    expect(detect('46% of complete responders remained in response at 12 months')).toEqual([
      expect.objectContaining({ metric: 'durable', value: 46 }),
    ]);
  });

  it("flags lesion counts and the clinic's own results", () => {
    expect(
      detect('In our own experience, up to 64% of injected lesions shrank completely.')[0],
    ).toMatchObject({ basis: 'lesions', source: 'own', comparator: 'up to' });
  });

  it.each([
    '저희 센터에서 킴리아주로 치료받은 림프종 환자 중 약 60%가 완전관해에 도달했습니다.',
    '本中心共完成阿基仑赛注射液回输86例，回输后3个月总体缓解率约80%。',
    'In unserer Klinik sprachen 85 % der mit Kymriah behandelten Kinder an.',
    'En nuestro centro, el 70 % de los pacientes tratados con Yescarta respondió.',
    'В нашей клинике полный ответ получили 65 % пациентов после Кимрая.',
  ])("reads the centre's own results in every language: %s", (text) => {
    expect(detect(text)[0]).toMatchObject({ source: 'own' });
  });

  it('leaves a trial figure beside a hospital name its own', () => {
    expect(
      detect('In ELIANA, 81% of patients treated with Kymriah achieved remission.')[0]?.source,
    ).toBeUndefined();
  });
});

describe('a proportion in Russian words, through the rule’s gate', () => {
  it('reads "у восьми из десяти" and "трое из четырёх"', () => {
    expect(
      detect('В исследовании ELIANA ремиссия была достигнута примерно у восьми из десяти детей.')[0],
    ).toMatchObject({ metric: 'remission', value: 80, trial: 'ELIANA' });
    expect(detect('В KarMMa ответили примерно трое из четырёх пациентов.')[0]).toMatchObject({
      metric: 'response',
      value: 75,
      trial: 'KarMMa',
    });
  });
});

describe('a metric that is another figure’s predicate', () => {
  it('gives way to the figure’s own metric after it', () => {
    expect(
      detect('En CARTITUDE-1, el 97,9 % respondió y el 78,4 % alcanzó respuesta completa estricta.').map(
        (d) => `${d.metric}:${d.value}`,
      ),
    ).toEqual(['response:97.9', 'sCR:78.4']);
  });

  it('is shared when the later figure has none of its own ("83% ORR vs 73%")', () => {
    expect(
      detect('Yescarta had 83% ORR in ZUMA-1 vs Breyanzi at 73%.').map((d) => `${d.metric}:${d.value}`),
    ).toEqual(['ORR:83', 'ORR:73']);
  });
});

describe('the trial a figure is credited to', () => {
  it('is the one in its own clause, not one beyond a full-width semicolon', () => {
    expect(
      detect(
        'Fucaso的注册研究FUMANBA-1纳入101例可评估患者，总缓解率为96%；zevor-cel的关键研究为LUMMICAR STUDY 1。',
      ),
    ).toEqual([expect.objectContaining({ metric: 'ORR', value: 96, trial: 'FUMANBA-1' })]);
  });
});

describe('the disease a figure is about', () => {
  it('is one its own trial was run in, not the next trial’s', () => {
    const found = detect(
      'たとえば、小児・若年成人の急性リンパ芽球性白血病を対象としたキムリアのELIANA試験では約8割の患者さんで寛解が得られ、多発性骨髄腫を対象としたカービクティのCARTITUDE-1試験では奏効率が97％を超えました。',
    );
    expect(found.map((d) => [d.trial, d.conditionId])).toEqual([
      ['ELIANA', 'all'],
      ['CARTITUDE-1', 'multiple-myeloma'],
    ]);
  });

  it('keeps the disease of its own clause, without the trial of the clause before', () => {
    const found = detect(
      'Кимрая: в исследовании ELIANA ремиссии добились примерно четыре пациента из пяти, а при лимфоме ответ на лечение получила почти половина больных.',
    );
    expect(found.map((d) => [d.trial ?? null, d.conditionId ?? null])).toEqual([
      ['ELIANA', null],
      [null, 'lymphoma'],
    ]);
  });
});
