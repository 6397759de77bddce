import { describe, expect, it } from 'vitest';
import { claimsOf, row } from './helpers';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import type { Claim } from '../../lib/schema';

// Readings drawn from the false alarms and misses of the spent blind set 20. Each is a general reading
// of how pages write, tested on sentences written for the test.
const brief = (claims: readonly Claim[], kind: string) =>
  claims
    .filter((c) => c.kind === kind)
    .map(
      (c) => `${c.productId}:${c.verdict}:${String(field(c, 'conditionId') ?? field(c, 'metric') ?? '-')}`,
    );

describe('comparisons, respective lists and parallel figures', () => {
  it('reads a bare "v" between two figures as the comparison arm', () => {
    const claims = verified([
      row(
        ['Idecabtagene vicleucel', 'KarMMa-3', 'Median PFS 13.3 v 4.4 months'],
        ['Product', 'Trial', 'Result'],
      ),
    ]).filter((c) => c.kind === 'response');
    expect(claims.map((c) => [field(c, 'value'), field(c, 'comparatorValue'), c.verdict])).toEqual([
      [13.3, 4.4, 'consistent'],
    ]);
  });

  it('pairs products and diseases in order when the sentence says "respectively"', () => {
    const claims = verified(
      'Amtagvi y Tecelra fueron aprobados por la FDA en 2024, para melanoma y sarcoma sinovial, respectivamente.',
    );
    expect(brief(claims, 'indication')).toEqual([
      'lifileucel:consistent:melanoma',
      'afamitresgene-autoleucel:consistent:synovial-sarcoma',
    ]);
    expect(brief(claims, 'approval').sort()).toEqual([
      'afamitresgene-autoleucel:consistent:synovial-sarcoma',
      'lifileucel:consistent:melanoma',
    ]);
  });

  it('gives each item of a list of figures its own trial, product and left-out metric', () => {
    const claims = verified(
      'Dans les essais, 52 % des malades ont répondu à Kymriah (40 % de réponses complètes) dans JULIET, 72 % à Yescarta (51 % de réponses complètes) dans ZUMA-1.',
    ).filter((c) => c.kind === 'response');
    expect(
      claims.map((c) => `${c.productId}:${field(c, 'metric')}:${field(c, 'value')}:${field(c, 'trial')}`),
    ).toEqual([
      'tisagenlecleucel:response:52:JULIET',
      'tisagenlecleucel:CR:40:JULIET',
      'axicabtagene-ciloleucel:response:72:ZUMA-1',
      'axicabtagene-ciloleucel:CR:51:ZUMA-1',
    ]);
    expect(claims.every((c) => c.verdict === 'consistent')).toBe(true);
  });

  it('takes the trial that leads into a figure before one past a comma', () => {
    const claims = verified('킴리아: ELIANA 연구 관해율 81%, JULIET 연구 객관적반응률 52%').filter(
      (c) => c.kind === 'response',
    );
    expect(claims.map((c) => [field(c, 'trial'), c.verdict])).toEqual([
      ['ELIANA', 'consistent'],
      ['JULIET', 'consistent'],
    ]);
  });

  it('reads a metric with a dash before its own figure, and a Russian third without "one"', () => {
    const claims = verified(
      'Кимрая. В исследовании JULIET ответ был примерно у половины больных, полная ремиссия — почти у трети.',
    ).filter((c) => c.kind === 'response');
    expect(claims.map((c) => `${field(c, 'metric')}:${Math.round(Number(field(c, 'value')))}`)).toEqual([
      'response:50',
      'CR:33',
    ]);
  });
});

describe('places, quotations and clauses', () => {
  it('takes no place from a clause after a contrast', () => {
    const zevor = verified(
      'En Chine, d’autres CAR-T anti-BCMA sont autorisés, comme l’équécabtagène autoleucel depuis juin 2023 et le zévorcabtagène autoleucel depuis février 2024, mais ils ne sont pas autorisés en Europe.',
    ).filter((c) => c.kind === 'approval' && c.productId === 'zevorcabtagene-autoleucel');
    expect(zevor.map((c) => `${field(c, 'regulator')}:${String(field(c, 'approved'))}:${c.verdict}`)).toEqual(
      ['NMPA:true:consistent', 'EMA:false:consistent'],
    );
  });

  // The contrast above is French "mais"; in Portuguese the word means "more".
  it('reads Portuguese "mais" (more) as no contrast', () => {
    const approvals = verified(
      'O Fucaso foi aprovado pela NMPA em junho de 2023 para mieloma após três ou mais linhas e, depois, também em Macau e Hong Kong.',
    ).filter((c) => c.kind === 'approval');
    expect(approvals.length).toBe(2);
  });

  it('takes no regulator from inside a quotation the approval word is outside of', () => {
    const h101 = verified(
      '「the first oncolytic virus approved by the FDA」指的是Imlygic，因为中国早在2005年已核准溶瘤病毒H101。',
    ).filter((c) => c.kind === 'approval' && c.productId === 'h101');
    expect(h101.map((c) => `${field(c, 'regulator')}:${c.verdict}`)).toEqual(['NMPA:consistent']);
  });

  it('reads the place a sentence says went first as an earlier decision', () => {
    const approvals = verified('イムリジックは米国に続いて欧州でも2015年12月に承認されました。').filter(
      (c) => c.kind === 'approval',
    );
    expect(approvals.map((c) => `${field(c, 'regulator')}:${c.verdict}`)).toEqual(['EMA:consistent']);
  });

  it('splits Japanese clauses at a copula’s comma and gives the disease to the predicate’s product', () => {
    const claims = verified(
      '米国で最初に承認されたがん治療用ウイルスはイムリジックで、悪性神経膠腫を対象に承認された世界初のウイルス療法はデリタクトである。',
    );
    expect(claims.filter((c) => c.verdict === 'differs' || c.verdict === 'not-approved')).toEqual([]);
    expect(brief(claims, 'indication')).toEqual(['teserpaturev:consistent:malignant-glioma']);
  });
});

describe('pending decisions, cells that say none, and rows in trials', () => {
  it('reads waiting for a decision as a pending step, not a rank among approvals', () => {
    const claims = verified(
      'Aux États-Unis, un troisième CAR-T anti-BCMA, l’anito-cel, attend une décision de la FDA pour le 23 décembre.',
    ).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${String(field(c, 'decision') ?? 'approval')}:${c.verdict}`)).toEqual([
      'filing:consistent',
    ]);
  });

  it('reads "none yet" under an approval column as a denial and a refusal there as no approval', () => {
    const header = ['Produkt', 'Zulassung', 'Anwendungsgebiet'];
    const claims = verified([
      row(['Cretostimogen', 'noch keine, Zulassungsantrag bei der FDA', 'in Studien: Blasenkrebs'], header),
      row(
        [
          'RP1 (Vusolimogen oderparepvec)',
          'zwei Ablehnungsbescheide der FDA (Juli 2025)',
          'in Studien: Melanom',
        ],
        header,
      ),
    ]);
    expect(claims.filter((c) => c.verdict === 'not-approved' || c.verdict === 'differs')).toEqual([]);
    expect(
      claims
        .filter((c) => c.kind === 'approval' && field(c, 'decision') === undefined)
        .map((c) => `${c.productId}:${String(field(c, 'approved'))}`),
    ).toEqual(['cretostimogene-grenadenorepvec:false']);
  });

  it('reads no approved use in a row whose status cell denies approval', () => {
    const claims = claimsOf([
      row(
        ['Утжефра', 'не одобрен, только исследования', 'взрослые с рецидивом лимфом'],
        ['Препарат', 'Статус', 'Показание'],
      ),
    ]);
    expect(claims.filter((c) => c.kind === 'indication')).toEqual([]);
  });

  it('reads a column headed "what for" as the uses', () => {
    const claims = verified([
      row(
        ['Tecartus', '24/07/2020', 'linfoma de células del manto; LLA-B en mayores de 18'],
        ['Producto', 'Primera aprobación FDA', 'Para qué está aprobado'],
      ),
    ]);
    expect(brief(claims, 'indication')).toEqual([
      'brexucabtagene-autoleucel:consistent:mcl',
      'brexucabtagene-autoleucel:consistent:b-all',
    ]);
  });

  it('reads a lead-in that says "these are" as speaking of the table after it', () => {
    const claims = claimsOf([
      { text: 'Estas son las que aprobó la FDA de Estados Unidos.' },
      row(['Kymriah', '30/08/2017'], ['Producto', 'Primera aprobación FDA']),
      row(['Abecma', '26/03/2021'], ['Producto', 'Primera aprobación FDA']),
    ]).filter((c) => c.kind === 'approval' && c.position.block === 0);
    expect(claims.map((c) => c.productId)).toEqual(['tisagenlecleucel', 'idecabtagene-vicleucel']);
  });

  it('reads newly diagnosed disease as use with no prior line', () => {
    const claims = verified('В 2024 г. FDA одобрило Карвикти для впервые выявленной множественной миеломы.');
    expect(
      claims.filter((c) => c.kind === 'indication').map((c) => [field(c, 'minPriorLines'), c.verdict]),
    ).toEqual([[0, 'differs']]);
  });
});

describe('INNs in katakana', () => {
  it('finds a product by the first word of its INN written in katakana', () => {
    const claims = verified('サトリカブタゲン オートルユーセルは2026年6月に中国で承認された。').filter(
      (c) => c.kind === 'approval',
    );
    expect(claims.map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'satricabtagene-autoleucel:consistent',
    ]);
  });

  it('finds a brand whose soft "g" katakana writes with ジ', () => {
    const claims = verified('イムリジックは2015年10月に米国で承認された。');
    expect(claims.map((c) => c.productId)).toContain('talimogene-laherparepvec');
  });
});

describe('targets in brackets and compounds, and Russian denials in cells', () => {
  it('reads a target in the brackets after a product’s name as that product’s', () => {
    const claims = verified('Yescarta (CD19) und Carvykti (BCMA) sind in der EU zugelassen.').filter(
      (c) => c.kind === 'target',
    );
    expect(claims.map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'axicabtagene-ciloleucel:consistent',
      'ciltacabtagene-autoleucel:consistent',
    ]);
  });

  it('reads a German compound for the surface protein a target is', () => {
    const claims = verified([
      { text: 'Carvykti und Abecma sind in der EU zugelassen.' },
      { text: 'Beide richten sich gegen das Oberflächeneiweiß BCMA.' },
    ]).filter((c) => c.kind === 'target');
    expect(claims.map((c) => c.productId)).toEqual(['ciltacabtagene-autoleucel', 'idecabtagene-vicleucel']);
  });

  it('reads "не одобрен" in a cell of an approval column as a denial', () => {
    const claims = verified([
      row(['Утжефра', 'не зарегистрирован, идут исследования'], ['Препарат', 'Первая регистрация']),
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${String(field(c, 'approved'))}:${c.verdict}`)).toEqual(['false:consistent']);
  });
});

describe('Japanese era dates', () => {
  it('reads 令和 and 平成 years, with month and day, as calendar dates', () => {
    const header = ['製品', '国内承認'];
    const claims = verified([
      row(['キムリア', '平成31年3月'], header),
      row(['イエスカルタ', '令和3年1月'], header),
      row(['カービクティ', '令和元年'], header),
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => field(c, 'date'))).toEqual(['2019-03', '2021-01', '2019']);
  });
});
