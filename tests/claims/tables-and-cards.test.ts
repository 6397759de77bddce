import { describe, expect, it } from 'vitest';
import { claimsOf, row } from './helpers';
import { field } from '../helpers/frames';
import { verified } from '../verify/helpers';

describe('stat cards, comparison columns and product-specific figures', () => {
  it('reads a stat card "73%" with the sentence that continues it, positioned in the number\'s block', () => {
    const claims = claimsOf([
      { kind: 'heading', text: 'Results with CARVYKTI' },
      { text: '73%', headings: ['Results with CARVYKTI'] },
      {
        text: 'of patients treated with CARVYKTI had a complete response or better, compared with 22% of patients on standard treatment.',
        headings: ['Results with CARVYKTI'],
      },
    ]);
    const card = claims.find((c) => c.kind === 'response' && c.position.block === 1)!;
    expect(card.details).toMatchObject({ value: 73, metric: 'CR/sCR', comparatorValue: 22 });
    expect(card.productId).toBe('ciltacabtagene-autoleucel');
    expect(card.position).toEqual({ block: 1, start: 0, end: 3 });
    expect(card.text).toContain('of patients treated with CARVYKTI');
    // The comparison arm in the next block is not a claim of its own.
    expect(claims.filter((c) => c.kind === 'response' && field(c, 'value') === 22)).toEqual([]);
  });

  it('skips comparison-arm columns of a results table and reads bare numbers from the row label', () => {
    const header = ['Outcome', 'YESCARTA (N=180)', 'Standard therapy (N=179)'];
    const claims = claimsOf([
      row(['Median EFS, months', '8.3', '2.0'], header),
      row(['Hazard ratio (stratified)', '0.40'], header),
    ]);
    expect(claims.map((c) => [c.productId, field(c, 'metric'), field(c, 'value')])).toEqual([
      ['axicabtagene-ciloleucel', 'median EFS', 8.3],
      ['axicabtagene-ciloleucel', 'HR', 0.4],
    ]);
  });

  it('reads a bare number with a decimal comma from the row label', () => {
    const header = ['Endpunkt', 'Yescarta (N=180)', 'Standardtherapie (N=179)'];
    const claims = claimsOf([
      row(['Medianes EFS, Monate', '8,3', '2,0'], header),
      row(['Hazard Ratio', '0,40'], header),
    ]);
    expect(claims.map((c) => [field(c, 'metric'), field(c, 'value')])).toEqual([
      ['median EFS', 8.3],
      ['HR', 0.4],
    ]);
  });

  it('gives "~73% for abecma" to Abecma even after another product\'s figure', () => {
    const claims = claimsOf([
      { text: 'cilta cel response rate is like 98% in cartitude-1 vs ~73% for abecma in karmma.' },
    ]);
    expect(
      claims
        .filter((c) => c.kind === 'response')
        .map((c) => [c.productId, field(c, 'value'), field(c, 'trial')]),
    ).toEqual([
      ['ciltacabtagene-autoleucel', 98, 'CARTITUDE-1'],
      ['idecabtagene-vicleucel', 73, 'KarMMa'],
    ]);
  });
});

describe('a dated table under a product heading', () => {
  it('reads each row as that product’s approval by the heading’s regulator', () => {
    const headings = ['Zulassungen von Breyanzi in der Schweiz'];
    const header = ['Datum', 'Indikation'];
    const claims = claimsOf([
      { kind: 'heading', text: headings[0]!, headings: [] },
      {
        kind: 'table-row',
        text: '28. Februar 2022 | Grosszelliges B-Zell-Lymphom',
        cells: ['28. Februar 2022', 'Grosszelliges B-Zell-Lymphom'],
        header,
        headings,
      },
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => [c.productId, field(c, 'regulator'), field(c, 'date')])).toEqual([
      ['lisocabtagene-maraleucel', 'SWISSMEDIC', '2022-02-28'],
    ]);
  });
});

describe('cells of approval and age columns', () => {
  const header = ['Produto', 'Idade autorizada na LLA', 'Onde está aprovado'];
  const claims = claimsOf([
    row(['Kymriah', 'Até aos 25 anos', 'EUA, União Europeia, Japão, Canadá'], header),
    row(['Tecartus', 'Apenas adultos', 'EUA (Outubro de 2021), União Europeia'], header),
  ]);

  it('reads each place a "where approved" cell lists as that regulator\'s approval, with its own date', () => {
    expect(
      claims
        .filter((c) => c.kind === 'approval')
        .map((c) => `${c.productId}:${field(c, 'regulator')}:${field(c, 'date') ?? '-'}`),
    ).toEqual([
      'tisagenlecleucel:FDA:-',
      'tisagenlecleucel:EMA:-',
      'tisagenlecleucel:PMDA:-',
      'tisagenlecleucel:HC:-',
      'brexucabtagene-autoleucel:FDA:2021-10',
      'brexucabtagene-autoleucel:EMA:-',
    ]);
  });

  it('reads an age cell as the patients of the use, by its column header alone', () => {
    expect(
      claims
        .filter((c) => c.kind === 'indication')
        .map((c) => [c.productId, field(c, 'population') ?? null, field(c, 'maxAge') ?? null]),
    ).toEqual([
      ['tisagenlecleucel', null, 25],
      ['brexucabtagene-autoleucel', 'adults', null],
    ]);
  });

  it("takes an age cell's regulator from the row's other headers", () => {
    const eu = claimsOf([
      row(['Aucatzyl', 'Juli 2025', 'ab 18 Jahren'], ['Präparat', 'EU-Zulassung bei ALL', 'Alter']),
    ]);
    expect(
      eu.filter((c) => c.kind === 'indication').map((c) => [field(c, 'regulator'), field(c, 'minAge')]),
    ).toEqual([['EMA', 18]]);
  });

  it('reads undated places when the cell itself says approved', () => {
    const cell = claimsOf([row(['Abecma', 'Approved (US, EU, Japan)'], ['Product', 'Status'])]);
    expect(cell.filter((c) => c.kind === 'approval').map((c) => field(c, 'regulator'))).toEqual([
      'FDA',
      'EMA',
      'PMDA',
    ]);
  });

  it('needs an approvals header to read bare places without dates', () => {
    const other = claimsOf([row(['Kymriah', 'EUA, União Europeia'], ['Produto', 'Centros de tratamento'])]);
    expect(other.filter((c) => c.kind === 'approval')).toEqual([]);
  });
});

describe('a Korean table whose use column is headed "주요 대상"', () => {
  const header = ['제품명', '성분명', '표적', '식약처 허가', '주요 대상'];
  const claims = claimsOf([
    { kind: 'heading', text: '림카토주' },
    { ...row(header, header, ['림카토주']), isHeader: true },
    row(
      [
        '킴리아주',
        '티사젠렉류셀',
        'CD19',
        '2021.3.5',
        '25세 이하 B세포 급성 림프구성 백혈병, 성인 미만성 거대 B세포 림프종',
      ],
      header,
      ['림카토주'],
    ),
  ]);

  it('reads the diseases of the use column', () => {
    expect(
      claims.filter((c) => c.kind === 'indication').map((c) => `${c.productId}:${field(c, 'conditionId')}`),
    ).toEqual(['tisagenlecleucel:b-all', 'tisagenlecleucel:dlbcl']);
  });

  it('makes no claim of the header row', () => {
    expect(claims.filter((c) => c.position.block === 1)).toEqual([]);
  });
});

describe('a row whose product the dataset does not know', () => {
  it("is not given to the section's product", () => {
    const header = ['製品', '承認', '対象'];
    const claims = claimsOf([
      { kind: 'heading', text: 'デリタクト' },
      row(['イムリジック', '米国 2015年10月、欧州 2015年12月', '切除不能な悪性黒色腫'], header, [
        'デリタクト',
      ]),
    ]);
    expect(claims.filter((c) => c.productId === 'teserpaturev')).toEqual([]);
  });
});

describe('a table headed in traditional characters', () => {
  // The rows are folded to simplified characters for the rules; the header must be read the same
  // way, or "產品 | 靶點 | 首次獲批地區及時間" gives its columns no role and the rows no claim.
  const header = ['產品', '靶點', '首次獲批地區及時間'];
  const claims = claimsOf([
    row(['替沙侖賽（Kymriah）', 'CD19', '美國，2017年8月'], header),
    row(['西達基奧侖賽（Carvykti）', 'BCMA', '美國，2022年2月'], header),
  ]);

  it('reads the target and the dated first approval of each row', () => {
    expect(
      claims.map((c) => `${c.kind}:${c.productId}:${field(c, 'targetId') ?? field(c, 'date') ?? '-'}`),
    ).toEqual([
      'target:tisagenlecleucel:CD19',
      'approval:tisagenlecleucel:2017-08',
      'target:ciltacabtagene-autoleucel:TNFRSF17',
      'approval:ciltacabtagene-autoleucel:2022-02',
    ]);
    expect(claims.filter((c) => c.kind === 'approval').map((c) => field(c, 'regulator'))).toEqual([
      'FDA',
      'FDA',
    ]);
  });
});

describe('a column per regulator, headed by the place in the page’s language', () => {
  const header = ['Terapia', 'União Europeia', 'Estados Unidos'];
  const claims = claimsOf([
    row(
      ['Abecma', '≥ 2 tratamentos prévios (março de 2024)', '≥ 2 linhas prévias (4 de abril de 2024)'],
      header,
    ),
  ]);

  it('reads each dated cell as that regulator’s decision, beside the use it states', () => {
    expect(
      claims.filter((c) => c.kind === 'approval').map((c) => `${field(c, 'regulator')}:${field(c, 'date')}`),
    ).toEqual(['EMA:2024-03', 'FDA:2024-04-04']);
    expect(
      claims
        .filter((c) => c.kind === 'indication')
        .map((c) => `${field(c, 'regulator')}:${field(c, 'minPriorLines')}`),
    ).toEqual(['EMA:2', 'FDA:2']);
  });

  it('reads no decision from an undated cell under a place', () => {
    const undated = claimsOf([row(['Abecma', '≥ 2 tratamentos prévios', '≥ 2 linhas prévias'], header)]);
    expect(undated.filter((c) => c.kind === 'approval')).toEqual([]);
  });
});

describe('a column of first uses', () => {
  it('tells history, not the label of today', () => {
    const header = ['Producto', 'Primera autorización', 'Indicación inicial'];
    const claims = claimsOf([row(['Ide-cel (Abecma)', 'FDA, 26/03/2021', '≥ 4 líneas previas'], header)]);
    const use = claims.find((c) => c.kind === 'indication')!;
    expect(field(use, 'minPriorLines')).toBe(4);
    expect(field(use, 'dated')).toBe(true);
  });

  it('leaves a use in a row dated only by its first approval as today’s', () => {
    const header = ['Product', 'FDA approval', 'Indication'];
    const claims = claimsOf([
      row(['Abecma', 'March 2021', 'Multiple myeloma after four or more prior lines'], header),
    ]);
    expect(
      field(
        claims.find((c) => c.kind === 'indication')!,
        'dated',
      ),
    ).toBeUndefined();
  });
});

describe('a date cell whose column names no regulator', () => {
  const dated = (cells: string[]) =>
    claimsOf([row(cells, ['Regulator', 'Date', 'Use'], ['Kymriah approvals'])])
      .filter((c) => c.ruleId === 'approval')
      .map((c) => `${field(c, 'regulator') ?? '-'} ${field(c, 'date') ?? '-'}`);

  it('is the decision of the one regulator the row names in another cell', () => {
    expect(dated(['Health Canada', '6 September 2019', 'ALL'])).toEqual(['HC 2019-09-06']);
    expect(dated(['США, FDA', '30 августа 2017 г.', 'ОЛЛ'])).toEqual(['FDA 2017-08-30']);
  });

  it('is left to no regulator when the row names two', () => {
    expect(dated(['FDA, EMA', '2018', 'ALL'])).not.toContain('FDA 2018');
  });
});

describe('a status cell in a row of several products', () => {
  const statuses = (cells: string[], header: string[]) =>
    claimsOf([row(cells, header)])
      .filter((c) => c.ruleId === 'approval')
      .map((c) => `${c.productId} ${String(field(c, 'approved'))} ${field(c, 'date') ?? '-'}`);

  it('says "approved" of every product the row lists, in the page’s language', () => {
    expect(statuses(['CD19', 'Kymriah, Breyanzi', 'zugelassen'], ['Antigen', 'Beispiele', 'Status'])).toEqual(
      ['tisagenlecleucel true -', 'lisocabtagene-maraleucel true -'],
    );
  });

  it('gives a date only to the row’s first product, which it may be the first approval of', () => {
    expect(statuses(['CD19', 'Kymriah, Breyanzi', '2017'], ['Target', 'Products', 'First approval'])).toEqual(
      ['tisagenlecleucel true 2017'],
    );
  });
});

describe('a cell listing a regulator’s decisions', () => {
  const cells = (cell: string) => [
    row(['Yescarta', 'CD19', cell], ['Medicamento', 'Diana', 'Autorización UE']),
  ];
  const decisions = (cell: string) =>
    claimsOf(cells(cell))
      .filter((c) => c.ruleId === 'approval')
      .map((c) => `${field(c, 'regulator')} ${field(c, 'date')}`);

  it('reads each dated item as a decision of its own', () => {
    expect(decisions('Agosto de 2018; segunda línea, octubre de 2022')).toEqual([
      'EMA 2018-08',
      'EMA 2022-10',
    ]);
    expect(decisions('Agosto de 2018 (condicional); ampliación, marzo de 2024')).toEqual([
      'EMA 2018-08',
      'EMA 2024-03',
    ]);
  });

  it('checks each against the regulator’s record of that date', () => {
    // Yescarta: EU authorisation 23 Aug 2018, second line October 2022.
    const found = verified(cells('Agosto de 2018; segunda línea, octubre de 2022'));
    expect(found.filter((c) => c.ruleId === 'approval').map((c) => c.verdict)).toEqual([
      'consistent',
      'consistent',
    ]);
  });

  it('keeps one decision when an item has no date of its own', () => {
    expect(decisions('Agosto de 2018; renovada')).toEqual(['EMA 2018-08']);
  });
});
