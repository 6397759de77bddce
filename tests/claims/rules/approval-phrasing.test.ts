// Approval wording beyond "approved by": headline verbs, "since <date>, for …", coordinated clauses
// each with their own regulator and date, regulators outside the dataset, pending decisions.
import { describe, expect, it } from 'vitest';
import { approvalRule } from '../../../lib/claims/rules/approval';
import { claimsOf, row, sentence } from '../helpers';
import { field } from '../../helpers/frames';
import { verified } from '../../verify/helpers';

const detect = (text: string) => approvalRule.detect(sentence(text)).map((c) => c.details);
const approvals = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === 'approval')
    .map((c) => `${c.productId}:${field(c, 'regulator') ?? '-'}:${field(c, 'date') ?? '-'}`);

describe('approval wording', () => {
  it.each([
    ["Iovance's lifileucel wins FDA nod in advanced melanoma", 'FDA'],
    ['Tecelra was cleared by the FDA in August 2024.', 'FDA'],
    ['Breyanzi received approval from the European Commission in 2022.', 'EMA'],
    ['Carvykti gets EU green light for earlier use', 'EMA'],
  ])('%j is an approval statement', (text, regulator) => {
    expect(detect(text)[0]).toMatchObject({ approved: true, regulator });
  });

  it('"since <date>, for <disease>" dates an approval', () => {
    expect(
      detect(
        'Breyanzi — for second-line large B-cell lymphoma; and, since December 2025, for marginal zone lymphoma after two or more lines of systemic therapy.',
      ),
    ).toEqual([
      expect.objectContaining({ approved: true, date: '2025-12', conditionId: 'mzl', minPriorLines: 2 }),
    ]);
    expect(
      detect(
        'Tecartus — for relapsed or refractory mantle cell lymphoma, and since October 2021 for adults with B-cell precursor ALL.',
      )[0],
    ).toMatchObject({ date: '2021-10', conditionId: 'b-all', population: 'adults' });
  });

  it('does not read "since" with no use after it as an approval', () => {
    expect(detect('We have given more than 600 infusions since 2016.')).toEqual([]);
  });

  it('a plan to file is no approval', () => {
    expect(detect('Iovance said it plans to file for approval in Europe later this year.')).toEqual([]);
    expect(detect('The company intends to seek approval in the EU.')).toEqual([]);
  });

  it('gives each coordinated clause its own date, regulator and lines', () => {
    expect(
      detect(
        'Abecma was approved by the FDA in March 2021 for patients who had received four or more prior lines, and since April 2024 it can be used after two prior lines.',
      ),
    ).toEqual([
      expect.objectContaining({ regulator: 'FDA', date: '2021-03', minPriorLines: 4 }),
      expect.objectContaining({ regulator: 'FDA', date: '2024-04', minPriorLines: 2 }),
    ]);
  });

  it('cuts product clauses where the clause starts, not at the product name', () => {
    expect(
      detect(
        "Carvykti received conditional approval in the EU in 2022, and China's NMPA approved cilta-cel in August 2024 for patients with ≥3 prior lines.",
      ),
    ).toEqual([
      expect.objectContaining({ regulator: 'EMA', date: '2022' }),
      expect.objectContaining({ regulator: 'NMPA', date: '2024-08', minPriorLines: 3 }),
    ]);
  });

  it("ties each clause's approval to the product that clause names, even after its verb", () => {
    expect(
      approvals('NMPA approved Carteyva in September 2021, and the FDA approved Breyanzi in February 2021.'),
    ).toEqual(['relmacabtagene-autoleucel:NMPA:2021-09', 'lisocabtagene-maraleucel:FDA:2021-02']);
    expect(
      approvals('Both Abecma and Carvykti target BCMA, but only Carvykti is approved after one prior line.'),
    ).toEqual(['ciltacabtagene-autoleucel:-:-']);
    expect(approvals('Kymriah and Yescarta were approved in 2017.')).toEqual([
      'tisagenlecleucel:-:2017',
      'axicabtagene-ciloleucel:-:2017',
    ]);
  });

  it('reads one approval across another name of the same product, dated by the decision, not the dateline', () => {
    expect(
      approvals(
        'SHANGHAI, China, June 23, 2026 -- CARsgen announced that the NMPA approved satricabtagene autoleucel injection (satri-cel, CT041) on June 22, 2026.',
      ),
    ).toEqual(['satricabtagene-autoleucel:NMPA:2026-06-22']);
  });

  it('reads denials in every language, each regulator the denial spans, and untracked national authorities', () => {
    const denied = (text: string) =>
      claimsOf([{ text }])
        .filter((c) => c.kind === 'approval')
        .map((c) => `${c.productId}:${field(c, 'approved')}:${field(c, 'regulator') ?? '-'}`);
    expect(denied('伊基奥仑赛注射液目前未获美国FDA或欧洲药品管理局批准。')).toEqual([
      'equecabtagene-autoleucel:false:FDA',
      'equecabtagene-autoleucel:false:EMA',
    ]);
    expect(denied('テセルラは日本では承認されていません。')).toEqual(['afamitresgene-autoleucel:false:PMDA']);
    // The verb last: every regulator listed before the denial, a particle and a space apart.
    expect(denied('다만 안발셀은 미국 FDA나 유럽 EMA의 허가는 받지 않았다.')).toEqual([
      'anbalcabtagene-autoleucel:false:FDA',
      'anbalcabtagene-autoleucel:false:EMA',
    ]);
    expect(denied('キムリアは米国FDAと欧州EMAの承認を受けていない。')).toEqual([
      'tisagenlecleucel:false:FDA',
      'tisagenlecleucel:false:EMA',
    ]);
    // "Ni X ni <a longer subject> tienen …": the second "ni" may stand several words before the verb.
    expect(
      denied(
        'Ni satri-cel ni los otros dos productos citados tienen hoy autorización de comercialización en la Unión Europea.',
      ),
    ).toEqual(['satricabtagene-autoleucel:false:EMA']);
    // "欧美" is Europe and America: both regulators denied.
    expect(denied('泽沃基奥仑赛至今仍未在歐美獲批上市。')).toEqual([
      'zevorcabtagene-autoleucel:false:EMA',
      'zevorcabtagene-autoleucel:false:FDA',
    ]);
    // "There is no approval" and "approval is not yet": the denial follows the noun and its particle.
    expect(denied('テセルラには日本での承認もありません。')).toEqual(['afamitresgene-autoleucel:false:PMDA']);
    expect(denied('テセルラは日本での承認はまだです。')).toEqual(['afamitresgene-autoleucel:false:PMDA']);
    expect(denied('안발셀은 미국 FDA의 허가는 없다.')).toEqual(['anbalcabtagene-autoleucel:false:FDA']);
    expect(denied('Für Anito-cel gibt es in Europa noch keine Zulassung.')).toEqual([
      'anitocabtagene-autoleucel:false:EMA',
    ]);
    // The Spanish agency is not the EMA named later; the EMA clause is a denial.
    expect(
      denied(
        'ARI-0001 está autorizado por la Agencia Española de Medicamentos y Productos Sanitarios (AEMPS); no tiene autorización de la EMA.',
      ),
    ).toEqual(['varnimcabtagene-autoleucel:true:OTHER', 'varnimcabtagene-autoleucel:false:EMA']);
  });

  it.each([
    'Kymriah is no longer experimental.',
    'Kymriah is not an experimental treatment.',
    'Kymriah ya no es un tratamiento experimental.',
    'O Carvykti tem registro na Anvisa desde 1º de abril de 2022, o que afasta a tese de tratamento experimental.',
    'Kymriah ist keine experimentelle Therapie mehr.',
  ])('reads no denial where the page denies that the product is experimental: %s', (text) => {
    const denied = claimsOf([{ text }]).filter(
      (c) => c.kind === 'approval' && field(c, 'approved') === false,
    );
    expect(denied).toEqual([]);
  });

  it('reads a plural subject in other languages as the products named just before', () => {
    const claims = claimsOf([
      { text: '日本ではキムリア、イエスカルタ、ブレヤンジが使われています。' },
      { text: 'いずれも厚生労働省の承認を受けた製品です。' },
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${c.productId}:${field(c, 'regulator')}`)).toEqual([
      'tisagenlecleucel:PMDA',
      'axicabtagene-ciloleucel:PMDA',
      'lisocabtagene-maraleucel:PMDA',
    ]);
  });

  it('keeps a date in its own Chinese clause (full-width comma, no conjunction)', () => {
    expect(approvals('截至2025年，国内已有多款CAR-T获批，首款为2021年6月获批的阿基仑赛注射液。')).toEqual([
      'axicabtagene-ciloleucel:NMPA:2021-06',
    ]);
  });

  it('reads a denial carried by its subject ("ninguno de estos productos") for the products just named', () => {
    const claims = claimsOf([
      { text: 'En México se ofrecen relma-cel, eque-cel y axi-cel en viajes a China.' },
      { text: 'Ninguno de estos productos chinos está aprobado por COFEPRIS.' },
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${c.productId}:${field(c, 'approved')}:${field(c, 'regulatorName')}`)).toEqual([
      'relmacabtagene-autoleucel:false:COFEPRIS',
      'equecabtagene-autoleucel:false:COFEPRIS',
      'axicabtagene-ciloleucel:false:COFEPRIS',
    ]);
  });

  it('reads a regulator described by its country', () => {
    expect(detect("Kymriah was approved by China's drug regulator in 2019.")[0]).toMatchObject({
      regulator: 'NMPA',
      date: '2019',
    });
    expect(detect("Japan's health ministry approved Delytact in June 2021.")[0]).toMatchObject({
      regulator: 'PMDA',
    });
    expect(detect('Kymriah won EU approval in August 2018.')[0]).toMatchObject({
      regulator: 'EMA',
      date: '2018-08',
    });
    expect(detect('In Japan, Kymriah is approved for children with ALL.')[0]).toMatchObject({
      regulator: 'PMDA',
    });
  });

  it('names regulators the dataset does not cover, and reads the ones it now records', () => {
    expect(detect('In Turkey, Kymriah has been licensed by the TİTCK since 2019.')[0]).toMatchObject({
      regulator: 'OTHER',
      date: '2019',
    });
    expect(detect('Kymriah was approved in South Korea in 2021.')[0]).toMatchObject({ regulator: 'MFDS' });
    expect(detect('Kymriah is approved by Swissmedic.')[0]).toMatchObject({ regulator: 'SWISSMEDIC' });
  });

  it('reads approvals, regulators, places and dates in the languages pages use', () => {
    expect(detect('Die Europäische Kommission hat Tecartus im Dezember 2020 zugelassen.')[0]).toMatchObject({
      approved: true,
      regulator: 'EMA',
      date: '2020-12',
    });
    expect(detect('A Anvisa aprovou o Kymriah em fevereiro de 2022.')[0]).toMatchObject({
      regulator: 'ANVISA',
      date: '2022-02',
    });
    expect(detect('킴리아는 2021년 3월 5일 식약처 허가를 받았다.')[0]).toMatchObject({
      regulator: 'MFDS',
      date: '2021-03-05',
    });
    expect(detect('Carteyva não está aprovado no Brasil.')[0]).toMatchObject({
      approved: false,
      regulator: 'ANVISA',
    });
  });

  it('reads a pending decision as "not approved"', () => {
    expect(
      detect('Anito-cel reported a 97% response rate in iMMagine-1 and is awaiting an FDA decision.'),
    ).toEqual([expect.objectContaining({ approved: false, regulator: 'FDA' })]);
  });

  it('marks a "first of its kind" claim with the class it ranks in', () => {
    expect(
      detect('It is the first cellular therapy cleared in the United States for a solid tumor.')[0],
    ).toMatchObject({ firstOf: 'cellular therapy' });
    expect(detect('Kymriah was the first CAR-T approved by the FDA, in August 2017.')[0]).toMatchObject({
      firstOf: 'CAR-T',
    });
    expect(detect('Kymriah was first approved by the FDA in 2015.')[0]?.['firstOf']).toBeNull();
  });
});

describe('a count of products beside one product’s approval', () => {
  const dated = (text: string) =>
    claimsOf([{ text }])
      .filter((c) => c.kind === 'approval')
      .map((c) => `${c.productId}:${field(c, 'date') ?? '-'}`);

  it('gives the product only its own clause’s date, in English and in Chinese', () => {
    expect(
      dated(
        'By the end of 2025, eight CAR-T products had been approved in China; the first was axicabtagene ciloleucel, approved in June 2021.',
      ),
    ).toEqual(['axicabtagene-ciloleucel:2021-06']);
    expect(
      dated('据不完全统计，截至2025年底国内已有8款CAR-T产品获批上市，首款为2021年6月获批的阿基仑赛注射液。'),
    ).toEqual(['axicabtagene-ciloleucel:2021-06']);
  });
});

describe('approval words and places read in Japanese and French', () => {
  it('reads 国内 on a Japanese page as Japan, a use added to the label, and the French AMM', () => {
    expect(approvals('アベクマは、国内で初めて承認されたBCMA標的のCAR-T細胞製品です。')).toEqual([
      'idecabtagene-vicleucel:PMDA:-',
    ]);
    expect(approvals('キムリアも2022年8月に濾胞性リンパ腫の適応が追加されました。')).toEqual([
      'tisagenlecleucel:-:2022-08',
    ]);
    expect(
      approvals('Abecma bénéficie depuis août 2021 d’une AMM conditionnelle de la Commission européenne.'),
    ).toEqual(['idecabtagene-vicleucel:EMA:2021-08']);
  });
});

describe('"seit" / "depuis" / "desde" a date, for a population', () => {
  it('reads a use dated from its approval, and not "seit 2016 erforscht"', () => {
    expect(
      approvals(
        'Tecartus (Brexucabtagen-Autoleucel, in der EU seit September 2022 für Erwachsene ab 26 Jahren).',
      ),
    ).toEqual(['brexucabtagene-autoleucel:EMA:2022-09']);
    expect(approvals('Kymriah wird seit 2016 erforscht.')).toEqual([]);
  });
});

describe('a line keyed by the place it is about', () => {
  it('takes the regulator from the key, and dates the approval and the later use apart', () => {
    const claims = claimsOf([
      { text: 'Kymriah (tisagenlecleucel) est un médicament CAR-T.' },
      {
        text: 'Union européenne : autorisation de mise sur le marché en août 2018, extension au lymphome folliculaire en mai 2022.',
      },
    ]).filter((c) => c.kind === 'approval');
    expect(
      claims.map((c) => `${field(c, 'regulator')}:${field(c, 'date')}:${field(c, 'conditionId') ?? '-'}`),
    ).toEqual(['EMA:2018-08:-', 'EMA:2022-05:fl']);
  });

  it('reads a date and a use dated after its own words', () => {
    expect(
      detect('Breyanzi was approved by the FDA in February 2021, and for CLL in March 2024.').map(
        (d) => `${d.date}:${d.conditionId ?? '-'}`,
      ),
    ).toEqual(['2021-02:-', '2024-03:cll']);
  });
});

describe('Chinese denials of a step or a place', () => {
  it('reads "不等于批准上市" and "尚未在美国获批上市" as no approval', () => {
    const claims = verified([
      { text: '福可苏（伊基奥仑赛注射液）是一款CAR-T产品。' },
      { text: '上述美国FDA资格认定均不等于批准上市，截至本页更新时，本品尚未在美国获批上市。' },
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => [field(c, 'approved'), field(c, 'regulator'), c.verdict])).toEqual([
      [false, 'FDA', 'consistent'],
    ]);
  });
});

describe('a decision still to come, in Korean and Chinese', () => {
  it.each([
    '아니토셀(anito-cel)에 대한 FDA의 허가 여부 결정이 올해 12월 23일로 예정되어 있습니다.',
    'FDA预计将于12月23日就anito-cel是否批准作出决定。',
  ])('%s is no approval', (text) => {
    expect(detect(text).filter((d) => d.approved === true)).toEqual([]);
  });

  it('keeps a decision taken', () => {
    expect(detect('카빅티는 2024년 4월 FDA 허가를 받았다.')[0]).toMatchObject({
      approved: true,
      regulator: 'FDA',
    });
  });
});

describe('a conjunction before a fronted date', () => {
  it('starts a part of its own ("… em fevereiro de 2021 e, desde março de 2024, …")', () => {
    expect(
      detect(
        'Nos Estados Unidos, o Breyanzi foi aprovado pela FDA em fevereiro de 2021 e, desde março de 2024, também está aprovado para a leucemia linfocítica crónica.',
      ).map((d) => `${d.date}:${d.conditionId ?? '-'}`),
    ).toEqual(['2021-02:-', '2024-03:cll']);
  });
});

describe('approval words: a label that now covers a use, a registration obtained, "ließ … zu" far apart', () => {
  it.each([
    ['Since April 2024 the FDA label for Carvykti covers adults after one prior line.', 'FDA', '2024-04'],
    ['Its US label moved to second line in April 2024 for Carvykti.', 'FDA', '2024-04'],
    ['O Carvykti, para mieloma múltiplo, também obteve registro na Anvisa em 2022.', 'ANVISA', '2022'],
    [
      'Die FDA ließ Adstiladrin am 16.12.2022 für Erwachsene mit BCG-refraktärem, nicht muskelinvasivem Hochrisiko-Blasenkrebs zu.',
      'FDA',
      '2022-12-16',
    ],
  ])('%s', (text, regulator, date) => {
    expect(detect(text)[0]).toMatchObject({ approved: true, regulator, date });
  });
});

describe('whose decision, and whether it is one', () => {
  it('takes a country that is the approval verb’s subject as its regulator ("a China aprovou")', () => {
    const found = detect(
      'O Kymriah foi aprovado pela FDA em 30 de agosto de 2017, e em junho de 2026 a China aprovou o satricabtageno autoleucel.',
    );
    expect(found.map((d) => `${d.regulator}:${d.date}`)).toEqual(['FDA:2017-08-30', 'NMPA:2026-06']);
  });

  it.each([
    // A change of an approval's kind is no approval of its own.
    "Breyanzi's follicular lymphoma approval was converted from accelerated to regular approval in February 2026.",
    // Under review, with a target date.
    'アニトセル（anito-cel）は米国で承認審査中で、審査終了の目標日は2026年12月23日とされています。',
  ])('%s is no dated approval', (text) => {
    expect(detect(text).filter((d) => d.approved === true)).toEqual([]);
  });

  it('reads no approval from a date whose row names a step or a date still to come', () => {
    const header = ['Препарат', 'Регулятор', 'Событие', 'Дата'];
    const rows = claimsOf([
      row(['Йескарта', 'FDA', 'целевая дата рассмотрения', '02.08.2026'], header),
      row(['Эбвалло (табелеклейцел)', 'FDA', 'второе письмо с отказом (CRL)', '09.01.2026'], header),
    ]).filter((c) => c.kind === 'approval' && field(c, 'approved') === true);
    expect(rows).toEqual([]);
  });

  it('leaves a national registration the page does not place to no tracked regulator', () => {
    const found = verified(
      'La EPS negó la solicitud de Carvykti porque el producto no tiene registro sanitario.',
    );
    expect(found.filter((c) => c.verdict === 'differs' || c.verdict === 'not-approved')).toEqual([]);
  });
});

describe('a place after a preposition, right before the approval word', () => {
  it('is where something happened, not the subject ("desarrollado en Europa aprobado")', () => {
    expect(
      detect(
        'ARI-0001 fue el primer CAR-T desarrollado íntegramente en Europa aprobado por una agencia.',
      ).map((d) => d.regulator ?? null),
    ).not.toContain('EMA');
  });
});

describe('a later decision in the same sentence', () => {
  it.each([
    [
      'En Estados Unidos, la FDA aprobó Carvykti el 28 de febrero de 2022 tras cuatro o más líneas y la extendió en abril de 2024.',
      ['ciltacabtagene-autoleucel:FDA:2022-02-28', 'ciltacabtagene-autoleucel:FDA:2024-04'],
    ],
    [
      'Карвикти одобрен 28 февраля 2022 г.; в апреле 2024 г. его разрешили применять уже после одной линии.',
      ['ciltacabtagene-autoleucel:-:2022-02-28', 'ciltacabtagene-autoleucel:-:2024-04'],
    ],
  ])('%j: an extension or a permission to use is a dated approval of its own', (text, expected) => {
    expect(approvals(text)).toEqual(expected);
  });
});
