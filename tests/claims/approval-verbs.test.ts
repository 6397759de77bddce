// Approval verbs in their whole paradigms, not only the participles: a regulator that "aprobó",
// "ließ … zu", "avait accordé une approbation", "獲…核准" states an approval with its date.
import { describe, expect, it } from 'vitest';
import { approvalsOf as approvals, claimsOf } from './helpers';
import { field } from '../helpers/frames';

describe('approval verbs in other languages', () => {
  it.each([
    [
      'Yescarta: en Estados Unidos se aprobó el 18 de octubre de 2017.',
      'axicabtagene-ciloleucel:true:FDA:2017-10',
    ],
    [
      'La agencia reguladora china (NMPA) aprobó el 22 de junio de 2026 el satricabtagén autoleucel (satri-cel).',
      'satricabtagene-autoleucel:true:NMPA:2026-06',
    ],
    ['Die FDA ließ Imlygic am 27.10.2015 zu.', 'talimogene-laherparepvec:true:FDA:2015-10'],
    ['Die EU-Kommission genehmigte Imlygic am 16.12.2015.', 'talimogene-laherparepvec:true:EMA:2015-12'],
    [
      'Aux États-Unis, la FDA avait accordé une approbation accélérée le 16 février 2024 à Amtagvi.',
      'lifileucel:true:FDA:2024-02',
    ],
    ['Kymriah 2017年8月獲美國FDA核准。', 'tisagenlecleucel:true:FDA:2017-08'],
    // A Latin American "registro sanitario" is an approval by the authority that grants it.
    ['Kymriah cuenta con registro sanitario de COFEPRIS.', 'tisagenlecleucel:true:OTHER:-'],
    [
      'Kymriah cuenta con registro sanitario del Instituto de Salud Pública (ISP) desde 2022.',
      'tisagenlecleucel:true:OTHER:2022',
    ],
    [
      "Le lisocabtagène maraleucel (Breyanzi) a obtenu en Europe l'extension au lymphome folliculaire en 2025.",
      'lisocabtagene-maraleucel:true:EMA:2025',
    ],
    // Health Canada's approval is a Notice of Compliance ("avis de conformité").
    // A registration held or given, words between; the pluperfect.
    [
      'O Carvykti tem registro na Anvisa desde 1º de abril de 2022.',
      'ciltacabtagene-autoleucel:true:ANVISA:2022-04',
    ],
    [
      'A Anvisa concedeu em fevereiro de 2022 o primeiro registro sanitário de um CAR-T no país: o Kymriah.',
      'tisagenlecleucel:true:ANVISA:2022-02',
    ],
    ['Em março de 2024, Bruxelas aprovara o Abecma.', 'idecabtagene-vicleucel:true:-:2024-03'],
    // Without the registration: a denial.
    ['Kymriah continua sem registro no Brasil.', 'tisagenlecleucel:false:ANVISA:-'],
    ['O Abecma ainda não tem registro no Brasil.', 'idecabtagene-vicleucel:false:ANVISA:-'],
    [
      'Amtagvi: Health Canada granted a Notice of Compliance with conditions in August 2025.',
      'lifileucel:true:HC:2025-08',
    ],
    [
      "Carvykti : depuis 2024, Santé Canada l'autorise aussi après une à trois lignes antérieures.",
      'ciltacabtagene-autoleucel:true:HC:2024',
    ],
  ])('%j', (text, want) => {
    expect(approvals(text)).toContain(want);
  });

  it('needs the particle of a separable verb: "ließ" alone is no approval', () => {
    expect(approvals('Die FDA ließ Imlygic am 27.10.2015 prüfen.')).toEqual([]);
  });
});

describe('places coordinated after a first approval', () => {
  it.each([
    [
      'Breyanzi was approved in the European Union in 2022 and in Switzerland in February 2022.',
      ['lisocabtagene-maraleucel:true:EMA:2022', 'lisocabtagene-maraleucel:true:SWISSMEDIC:2022-02'],
    ],
    [
      'Kymriah was approved in the US in August 2017, in the EU in August 2018 and in Japan in March 2019.',
      [
        'tisagenlecleucel:true:FDA:2017-08',
        'tisagenlecleucel:true:EMA:2018-08',
        'tisagenlecleucel:true:PMDA:2019-03',
      ],
    ],
    // Places in the page's language, taken in the order the sentence names them.
    [
      'В Японии Бреянзи одобрен в марте 2021 г., в Швейцарии — 28 февраля 2022 г., в Евросоюзе — в 2022 г.',
      [
        'lisocabtagene-maraleucel:true:PMDA:2021-03',
        'lisocabtagene-maraleucel:true:SWISSMEDIC:2022-02',
        'lisocabtagene-maraleucel:true:EMA:2022',
      ],
    ],
  ])('%j', (text, want) => {
    expect(approvals(text)).toEqual(want);
  });

  it('takes no place that is not joined to the approval', () => {
    expect(approvals('Kymriah is approved by the FDA and used in Europe in clinical trials.')).toEqual([
      'tisagenlecleucel:true:FDA:-',
    ]);
  });
});

describe("a ministry followed by its country's name", () => {
  it('is that country’s regulator, not Russia’s', () => {
    expect(
      approvals(
        'Абекма: январь 2022 г. — одобрение Министерством здравоохранения, труда и благосостояния Японии.',
      ),
    ).toEqual(['idecabtagene-vicleucel:true:PMDA:2022-01']);
    expect(approvals('Кимрая одобрена Минздравом России в 2023 году.')).toEqual([
      'tisagenlecleucel:true:RU_MOH:2023',
    ]);
  });
});

describe('a label extended to a new use', () => {
  it.each([
    [
      'The FDA expanded the label of Breyanzi to follicular lymphoma in May 2024.',
      'lisocabtagene-maraleucel:true:FDA:2024-05',
    ],
    [
      'Breyanzi ist in der Schweiz zugelassen. Die Indikation wurde am 02.06.2025 auf das follikuläre Lymphom erweitert.',
      'lisocabtagene-maraleucel:true:-:2025-06',
    ],
    [
      'En abril de 2024, la FDA amplió la indicación de Carvykti a la segunda línea.',
      'ciltacabtagene-autoleucel:true:FDA:2024-04',
    ],
    [
      "En mars 2024, l'indication d'Abecma a été étendue aux patients ayant reçu deux traitements.",
      'idecabtagene-vicleucel:true:-:2024-03',
    ],
    ['В 2024 году FDA расширило показания препарата Карвикти.', 'ciltacabtagene-autoleucel:true:FDA:2024'],
    // The indications first, the verb after them.
    ['5 апреля 2024 г. показания Карвикти в США расширили.', 'ciltacabtagene-autoleucel:true:FDA:2024-04'],
    [
      'Carvykti. Extensión de indicación: el 22 de abril de 2024 la Comisión Europea la amplió a adultos con al menos un tratamiento previo.',
      'ciltacabtagene-autoleucel:true:EMA:2024-04',
    ],
  ])('%j', (text, want) => {
    expect(approvals(text)).toContain(want);
  });

  it('is not expanded access, which is use outside an approval', () => {
    expect(approvals('Kymriah is available through an expanded access program.')).toEqual([]);
  });
});

describe('two decisions in one sentence, the second dated "since"', () => {
  it('gives each its own date and line ("y desde abril de 2022 puede usarse en segunda línea")', () => {
    const all = claimsOf([
      {
        text: 'Yescarta se aprobó en Estados Unidos en 2017 y desde abril de 2022 puede usarse en segunda línea.',
      },
    ]);
    const claims = all.filter((c) => c.kind === 'approval');
    expect(claims.map((c) => field(c, 'date'))).toEqual(['2017', '2022-04']);
    // The second decision's line is the use it states, judged once, on its indication claim.
    expect(all.filter((c) => c.kind === 'indication').map((c) => field(c, 'minPriorLines'))).toEqual([1]);
  });
});

describe('two decisions parted by a comma alone', () => {
  it('gives each its own date when each side has one', () => {
    expect(
      approvals(
        'Le Carvykti, autorisé sous conditions en février 2023, peut depuis novembre 2024 être offert dès la deuxième ligne.',
      ).map((a) => a.split(':').slice(-1)[0]),
    ).toEqual(['2023-02', '2024-11']);
    // An aside without a date of its own stays with the approval it describes.
    expect(
      approvals('Yescarta, approved by the FDA in October 2017, is approved for large B-cell lymphoma.'),
    ).toEqual(['axicabtagene-ciloleucel:true:FDA:2017-10']);
  });
});

describe('an approval still to come', () => {
  it.each([
    'Für Lete-cel läuft das Verfahren bei der FDA, eine Zulassung steht noch aus.',
    'Para lete-cel, la aprobación de la FDA está pendiente.',
    "Pour le lete-cel, l'autorisation est encore en attente.",
  ])('is no approval: %s', (text) => {
    expect(approvals(text).filter((a) => a.includes(':true:'))).toEqual([]);
  });

  it('"steht … fest" is an approval that stands', () => {
    expect(approvals('Die Zulassung von Kymriah in der EU steht seit 2018 fest.')).toEqual([
      'tisagenlecleucel:true:EMA:2018',
    ]);
  });
});

describe('where a product was made is not where it was approved', () => {
  it('reads no regulator from "desarrollado íntegramente en Europa"', () => {
    expect(
      approvals(
        'ARI-0001 fue el primer CAR-T desarrollado íntegramente en Europa aprobado por una agencia reguladora.',
      ),
    ).toEqual(['varnimcabtagene-autoleucel:true:-:-']);
  });
});

describe('uses and products each with their own date', () => {
  const dated = (text: string) =>
    claimsOf([{ text }])
      .filter((c) => c.kind === 'approval')
      .map((c) => `${c.productId}:${field(c, 'conditionId') ?? '-'}:${field(c, 'date')}`);

  it('reads one decision per use written beside its date, in each word order', () => {
    expect(
      dated(
        'テカルタスは、米国で2020年にマントル細胞リンパ腫、2021年に成人の急性リンパ芽球性白血病に承認されています。',
      ),
    ).toEqual(['brexucabtagene-autoleucel:mcl:2020', 'brexucabtagene-autoleucel:all:2021']);
    expect(
      dated(
        'Die Indikation von Breyanzi wurde am 02.06.2025 auf das follikuläre Lymphom und am 19.02.2026 auf das Mantelzell-Lymphom erweitert.',
      ),
    ).toEqual(['lisocabtagene-maraleucel:fl:2025-06-02', 'lisocabtagene-maraleucel:mcl:2026-02-19']);
    expect(
      dated(
        'Breyanzi has since been approved for chronic lymphocytic leukemia (March 2024) and follicular lymphoma (May 2024).',
      ),
    ).toEqual(['lisocabtagene-maraleucel:cll:2024-03', 'lisocabtagene-maraleucel:fl:2024-05']);
  });

  it('reads a use "added" after a first approval as a decision of its own', () => {
    expect(
      dated(
        "En Suisse, Swissmedic avait autorisé Breyanzi le 28 février 2022 ; l'indication lymphome folliculaire y a été ajoutée le 2 juin 2025.",
      ),
    ).toEqual(['lisocabtagene-maraleucel:-:2022-02-28', 'lisocabtagene-maraleucel:fl:2025-06-02']);
    expect(dated('The follicular lymphoma indication was added to the Breyanzi label in May 2024.')).toEqual([
      'lisocabtagene-maraleucel:fl:2024-05',
    ]);
  });

  it("gives a product the date in brackets after its name, not another product's", () => {
    expect(
      dated(
        '成人の急性リンパ性白血病には、米国でテカルタス（2021年）とキムリア（2017年）が承認されています。',
      ),
    ).toEqual(['brexucabtagene-autoleucel:all:2021', 'tisagenlecleucel:all:2017']);
  });
});

describe('a regulator and a date side by side', () => {
  const approvalsIn = (specs: Parameters<typeof claimsOf>[0]) =>
    claimsOf(specs)
      .filter((c) => c.ruleId === 'approval')
      .map((c) => `${c.productId}:${String(field(c, 'regulator'))}:${String(field(c, 'date') ?? '-')}`);

  it('is a decision in a list entry or in brackets', () => {
    expect(
      approvalsIn([
        { kind: 'list-item', text: 'Tecartus — FDA, 1 октября 2021 г., взрослые с рецидивирующим В-ОЛЛ.' },
      ]),
    ).toEqual(['brexucabtagene-autoleucel:FDA:2021-10-01']);
    expect(
      approvalsIn([{ text: 'Kymriah (EMA, August 2018) for children and young adults with ALL.' }]),
    ).toEqual(['tisagenlecleucel:EMA:2018-08']);
  });

  it('is no decision in running prose, beside another act of the regulator, or with a year alone', () => {
    expect(approvalsIn([{ text: 'Tecartus, says the FDA, 1 October 2021, is used in adults.' }])).toEqual([]);
    expect(
      approvalsIn([{ kind: 'list-item', text: 'Kymriah — FDA, April 2024: boxed warning added.' }]),
    ).toEqual([]);
    expect(approvalsIn([{ kind: 'list-item', text: 'Kymriah — FDA, 2017.' }])).toEqual([]);
  });
});

describe('a dated entry under a regulator’s heading', () => {
  const under = (heading: string, items: string[]) =>
    claimsOf([
      { kind: 'heading', text: heading },
      ...items.map((text) => ({ kind: 'list-item' as const, text, headings: [heading] })),
    ])
      .filter((c) => c.ruleId === 'approval')
      .map((c) => `${c.productId}:${String(field(c, 'regulator'))}:${String(field(c, 'date') ?? '-')}`);

  it('dates that regulator’s decision', () => {
    expect(under('China (NMPA)', ['November 2023 — CNCT19 (inati-cel): adults with B-ALL.'])).toEqual([
      'inaticabtagene-autoleucel:NMPA:2023-11',
    ]);
    expect(under('日本（厚生労働省）', ['2021年1月 — イエスカルタ'])).toEqual([
      'axicabtagene-ciloleucel:PMDA:2021-01',
    ]);
    expect(
      under('Япония (MHLW/PMDA)', ['22 января 2021 г. — Yescarta, при диффузной В-крупноклеточной лимфоме.']),
    ).toEqual(['axicabtagene-ciloleucel:PMDA:2021-01-22']);
  });

  it('not a step, another act, a year alone, or an entry that opens with no date', () => {
    expect(under('USA (FDA)', ['April 2024 — Kymriah: boxed warning for T-cell cancers.'])).toEqual([]);
    expect(under('USA (FDA)', ['2017 — Kymriah.'])).toEqual([]);
    expect(under('USA (FDA)', ['Kymriah, with a REMS, August 2017.'])).toEqual([]);
  });
});
