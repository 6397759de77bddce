import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

// Registers and label summaries list each medicine as an entry: a title line, then "Key: value"
// lines or a two-column table of labels and values. The key says what the value is.
describe('"Key: value" entries', () => {
  it('reads a dated line under an approval key as the approval of the entry its title names', () => {
    const claims = claimsOf([
      { text: 'KYMRIAH' },
      { text: 'Evaluation commenced: 10 Apr 2018' },
      { text: 'Registration decision: 13 Dec 2018' },
      { text: 'Date registered: 19 Dec 2018' },
    ]);
    const approvals = claims.filter((c) => c.kind === 'approval');
    expect(approvals.map((c) => [c.productId, field(c, 'date')])).toEqual([
      ['tisagenlecleucel', '2018-12-13'],
      ['tisagenlecleucel', '2018-12-19'],
    ]);
  });

  it('gives another medicine’s entry nothing, even after a product named in prose', () => {
    const claims = claimsOf([
      { text: 'Abecma' },
      { kind: 'list-item', text: 'Active Ingredient: Idecabtagene vicleucel' },
      { kind: 'list-item', text: 'Date of Issuance of NOC/c: May 26, 2021.' },
      { text: 'Activase' },
      { kind: 'list-item', text: 'Active Ingredient: alteplase' },
      { kind: 'list-item', text: 'Date of Issuance of NOC/c: February 16, 1999.' },
    ]);
    const approvals = claims.filter((c) => c.kind === 'approval');
    expect(approvals.map((c) => [c.productId, field(c, 'date')])).toEqual([
      ['idecabtagene-vicleucel', '2021-05-26'],
    ]);
  });

  it('does not read a bare "Date:" line (an article’s own date) as an approval', () => {
    const claims = claimsOf([{ text: 'Yescarta' }, { text: 'Date: 11 Feb 2020' }]);
    expect(claims.filter((c) => c.kind === 'approval')).toEqual([]);
  });

  it('reads a two-column table of labels and values under a product heading', () => {
    const headings = ['AusPAR: Yescarta (axicabtagene ciloleucel)'];
    const claims = claimsOf([
      { kind: 'heading', text: headings[0]!, headings: [] },
      {
        kind: 'table-row',
        text: 'Date registered | 11 Feb 2020',
        cells: ['Date registered', '11 Feb 2020'],
        headings,
      },
      {
        kind: 'table-row',
        text: 'Indication | Relapsed or refractory large B-cell lymphoma after two or more lines of systemic therapy',
        cells: [
          'Indication',
          'Relapsed or refractory large B-cell lymphoma after two or more lines of systemic therapy',
        ],
        headings,
      },
    ]);
    expect(claims.map((c) => [c.kind, c.productId])).toEqual([
      ['approval', 'axicabtagene-ciloleucel'],
      ['indication', 'axicabtagene-ciloleucel'],
    ]);
    expect(field(claims[0]!, 'date')).toBe('2020-02-11');
  });

  it('reads "Cible : <spelled-out name> (BCMA)" as the target of the section’s product only', () => {
    const claims = claimsOf([
      { kind: 'heading', text: 'Carvykti (ciltacabtagène autoleucel)', headings: [] },
      {
        text: 'Cible : l’antigène de maturation des lymphocytes B (BCMA), comme Abecma',
        headings: ['Carvykti (ciltacabtagène autoleucel)'],
      },
    ]);
    expect(claims.filter((c) => c.kind === 'target').map((c) => c.productId)).toEqual([
      'ciltacabtagene-autoleucel',
    ]);
  });
});

describe('a product’s list entry', () => {
  it('reads a sentence that opens with a disease as the entry’s use', () => {
    const claims = claimsOf([
      {
        kind: 'list-item',
        text: 'Yescarta (axicabtagene ciloleucel) – alvo CD19. Linfoma difuso de grandes células B em recidiva ou refratário.',
      },
      { kind: 'list-item', text: 'ブレヤンジ：2021年3月に承認。大細胞型B細胞リンパ腫と濾胞性リンパ腫。' },
    ]);
    expect(
      claims.filter((c) => c.kind === 'indication').map((c) => [c.productId, field(c, 'conditionId')]),
    ).toEqual([
      ['axicabtagene-ciloleucel', 'dlbcl'],
      ['lisocabtagene-maraleucel', 'lbcl'],
      ['lisocabtagene-maraleucel', 'fl'],
    ]);
  });

  it('reads nothing from a list of diseases whose items name no product', () => {
    const claims = claimsOf([
      { text: 'Kymriah is a CAR-T cell therapy.' },
      { kind: 'list-item', text: 'Acute myeloid leukaemia. The most common acute leukaemia in adults.' },
    ]);
    expect(claims.filter((c) => c.kind === 'indication')).toEqual([]);
  });
});

describe('a sentence about the list that follows', () => {
  it('gives "the following … are not approved" to each entry of the next list, and only to it', () => {
    const claims = claimsOf([
      { text: 'Kymriah is approved in Japan.' },
      { text: '次の治療は、2026年時点で日本では承認されていません。' },
      { kind: 'list-item', text: 'テセルラ（afamitresgene autoleucel）：滑膜肉腫に対するTCR-T療法' },
      { kind: 'list-item', text: 'Amtagvi (lifileucel): melanoma' },
      { text: 'Yescarta is also used here.' },
    ]);
    const denials = claims.filter((c) => c.kind === 'approval' && field(c, 'approved') === false);
    expect(denials.map((c) => c.productId)).toEqual(['afamitresgene-autoleucel', 'lifileucel']);
  });
});

describe('a plural subject that opens a list', () => {
  it('gives "all the products we use are approved:" to each entry of the list after it', () => {
    const header = ['Präparat', 'Ziel'];
    const claims = claimsOf([
      { text: 'Carvykti wird bei uns nicht eingesetzt.' },
      { text: 'Alle bei uns eingesetzten Präparate sind in der EU zugelassen:' },
      { kind: 'table-row', text: 'Kymriah | CD19', cells: ['Kymriah', 'CD19'], header },
      { kind: 'table-row', text: 'Abecma | BCMA', cells: ['Abecma', 'BCMA'], header },
    ]);
    expect(
      claims
        .filter((c) => c.kind === 'approval' && c.text.startsWith('Alle'))
        .map((c) => `${c.productId}:${field(c, 'regulator')}`),
    ).toEqual(['tisagenlecleucel:EMA', 'idecabtagene-vicleucel:EMA']);
  });
});

describe('"all of them" after a table', () => {
  it('means the products of the table’s rows', () => {
    const header = ['製品名', '標的'];
    const claims = claimsOf([
      { kind: 'table-row', text: 'キムリア | CD19', cells: ['キムリア', 'CD19'], header },
      { kind: 'table-row', text: 'アベクマ | BCMA', cells: ['アベクマ', 'BCMA'], header },
      { text: 'いずれも厚生労働省の承認を受けた製品で、保険診療として行います。' },
    ]);
    expect(
      claims.filter((c) => c.kind === 'approval').map((c) => `${c.productId}:${field(c, 'regulator')}`),
    ).toEqual(['tisagenlecleucel:PMDA', 'idecabtagene-vicleucel:PMDA']);
  });
});

describe('a list after a lead-in that names the product', () => {
  it('reads each disease item as the product’s use, lines of therapy and all', () => {
    const claims = claimsOf([
      { text: 'Kymriah is a medicine for treating the following types of blood cancer:' },
      {
        kind: 'list-item',
        text: 'Diffuse large B-cell lymphoma (DLBCL) in adults whose cancer has come back after two or more previous treatments.',
      },
    ]);
    expect(
      claims.filter((c) => c.kind === 'indication').map((c) => [c.productId, field(c, 'conditionId')]),
    ).toEqual([['tisagenlecleucel', 'dlbcl']]);
  });
});

describe('a figure under a metric key', () => {
  it('keeps the key’s metric for the first figure: "奏効率：43.2%（完全奏効2例、4.5%）"', () => {
    const claims = claimsOf([{ text: 'テセルラ' }, { text: '奏効率：43.2%（完全奏効2例、4.5%）' }]);
    expect(
      claims.filter((c) => c.kind === 'response').map((c) => [field(c, 'metric'), field(c, 'value')]),
    ).toEqual([
      ['ORR', 43.2],
      ['CR', 4.5],
    ]);
  });
});

describe('a paragraph that points to the table after it', () => {
  const header = ['Препарат', 'Одобрение'];
  const rows = [
    { kind: 'table-row' as const, text: 'Kymriah | FDA, 2017', cells: ['Kymriah', 'FDA, 2017'], header },
    { kind: 'table-row' as const, text: 'Tecartus | FDA, 2020', cells: ['Tecartus', 'FDA, 2020'], header },
  ];
  const leading = (text: string, more: string = '') =>
    claimsOf([{ text: text + more }, ...rows])
      .filter((c) => c.text.startsWith(text.slice(0, 8)))
      .map((c) => `${c.kind}:${c.productId}`);

  it('gives "all the products listed below", "as follows" and "all … (see the table)" to its entries', () => {
    expect(leading('Все перечисленные ниже препараты направлены против CD19.')).toEqual([
      'target:tisagenlecleucel',
      'target:brexucabtagene-autoleucel',
    ]);
    expect(leading('国内で承認されている主な製品は次のとおりです。')).toEqual([
      'approval:tisagenlecleucel',
      'approval:brexucabtagene-autoleucel',
    ]);
    expect(leading('本病房使用的CAR-T产品均已获得NMPA批准上市。', '请对照下表。')).toEqual([
      'approval:tisagenlecleucel',
      'approval:brexucabtagene-autoleucel',
    ]);
  });

  it('does not read "25歳以下の患者" (patients 25 or younger) as pointing to the table', () => {
    const header = ['製品', '承認'];
    const claims = claimsOf([
      { text: 'キムリアは白血病に、イエスカルタはリンパ腫に使われます。' },
      { text: 'いずれも25歳以下の患者にも承認されています。' },
      { kind: 'table-row', text: 'アベクマ | 2022年1月', cells: ['アベクマ', '2022年1月'], header },
    ]);
    // (The approvals; the patients are an indication claim each.)
    const approvals = claims.filter((c) => c.kind === 'approval' && c.text.startsWith('いずれも'));
    expect(approvals.map((c) => c.productId)).toEqual(['tisagenlecleucel', 'axicabtagene-ciloleucel']);
  });

  it('does not give "they" to a table the paragraph does not point to', () => {
    const claims = claimsOf([
      { text: 'Abecma and Carvykti are approved in the EU.' },
      { text: 'They are both approved in Japan too.' },
      ...rows,
    ]);
    expect(claims.filter((c) => c.text.startsWith('They')).map((c) => c.productId)).toEqual([
      'idecabtagene-vicleucel',
      'ciltacabtagene-autoleucel',
    ]);
  });
});

describe('a date the statement holds at', () => {
  it('"as of", "時点で", "截至" date no approval', () => {
    const dates = (text: string) =>
      claimsOf([{ text }])
        .filter((c) => c.ruleId === 'approval')
        .map((c) => `${c.productId}:${String(field(c, 'date') ?? '-')}`);
    expect(dates('As of October 2026, Kymriah is approved in Japan.')).toEqual(['tisagenlecleucel:-']);
    expect(dates('2026年10月時点で、キムリアは国内で承認されています。')).toEqual(['tisagenlecleucel:-']);
    expect(dates('截至2026年11月，奕凯达已获NMPA批准上市。')).toEqual(['axicabtagene-ciloleucel:-']);
  });
});
