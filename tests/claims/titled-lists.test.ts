import { describe, expect, it } from 'vitest';
import { claimsOf, row } from './helpers';
import { field } from '../helpers/frames';

// A heading or a table's caption that names a class of products and says something of them
// ("CAR-T products on the Australian Register", "国内で承認された主な製品と標的") is the page saying
// it of every entry of the list or table under it.
const titled = (title: string, kind: string) => (c: ReturnType<typeof claimsOf>[number]) =>
  c.kind === kind && c.text === title;

describe('titles of lists and tables', () => {
  it('gives a caption’s approval to each product of the table under it, with the caption’s regulator', () => {
    const caption = 'CAR-T products on the Australian Register of Therapeutic Goods (summary)';
    const header = ['Product', 'Target', 'TGA decision'];
    const claims = claimsOf([
      { kind: 'caption', text: caption },
      { ...row(header, header), isHeader: true },
      row(['Kymriah', 'CD19', 'Dec 2018'], header),
      row(['Yescarta', 'CD19', '11 February 2020'], header),
      row(['Tecartus', 'CD19', 'On the ARTG'], header),
    ]);
    const approvals = claims.filter(titled(caption, 'approval'));
    expect(approvals.map((c) => [c.productId, field(c, 'regulator')])).toEqual([
      ['tisagenlecleucel', 'TGA'],
      ['axicabtagene-ciloleucel', 'TGA'],
      ['brexucabtagene-autoleucel', 'TGA'],
    ]);
    // "On the ARTG" in a row is that product's Australian registration.
    const tecartus = claims.filter(
      (c) => c.kind === 'approval' && c.productId === 'brexucabtagene-autoleucel',
    );
    expect(tecartus.map((c) => field(c, 'regulator'))).toEqual(['TGA', 'TGA']);
  });

  it('reads every product a short list item lists under a heading, and the heading’s target', () => {
    const heading = '国内で承認された主な製品と標的';
    const claims = claimsOf([
      { kind: 'heading', text: heading },
      {
        kind: 'list-item',
        text: 'CD19を標的とするCAR-T：キムリア、イエスカルタ、ブレヤンジ',
        headings: [heading],
      },
      { kind: 'list-item', text: 'BCMAを標的とするCAR-T：アベクマ、カービクティ', headings: [heading] },
    ]);
    expect(claims.filter(titled(heading, 'approval')).map((c) => c.productId)).toEqual([
      'tisagenlecleucel',
      'axicabtagene-ciloleucel',
      'lisocabtagene-maraleucel',
      'idecabtagene-vicleucel',
      'ciltacabtagene-autoleucel',
    ]);
    const caption = '部分已上市BCMA CAR-T产品';
    const header = ['产品', '研发企业'];
    const table = claimsOf([
      { kind: 'caption', text: caption },
      { ...row(header, header), isHeader: true },
      row(['Abecma', 'BMS'], header),
      row(['Carvykti', '杨森'], header),
    ]);
    expect(table.filter(titled(caption, 'target')).map((c) => [c.productId, field(c, 'targetId')])).toEqual([
      ['idecabtagene-vicleucel', 'TNFRSF17'],
      ['ciltacabtagene-autoleucel', 'TNFRSF17'],
    ]);
    // "已上市": on the market, which only an approval allows.
    expect(table.filter(titled(caption, 'approval')).map((c) => c.productId)).toEqual([
      'idecabtagene-vicleucel',
      'ciltacabtagene-autoleucel',
    ]);
  });

  it('takes the products of a table with a column per product', () => {
    const caption = 'Die beiden in der Schweiz zugelassenen CAR-T-Produkte';
    const claims = claimsOf([
      { kind: 'caption', text: caption },
      { ...row(['', 'Abecma', 'Carvykti'], ['', 'Abecma', 'Carvykti']), isHeader: true },
      row(['Ziel', 'BCMA', 'BCMA'], ['', 'Abecma', 'Carvykti']),
    ]);
    expect(
      claims.filter(titled(caption, 'approval')).map((c) => [c.productId, field(c, 'regulator')]),
    ).toEqual([
      ['idecabtagene-vicleucel', 'SWISSMEDIC'],
      ['ciltacabtagene-autoleucel', 'SWISSMEDIC'],
    ]);
  });

  it('does not give a title’s date or a use without an approval word to the entries', () => {
    // The list's date ("as of May 2026") is not each product's approval date.
    const dated = 'CAR-T anti-BCMA autorizadas (mayo de 2026)';
    const first = claimsOf([
      { kind: 'heading', text: dated },
      { kind: 'list-item', text: 'Abecma (idecabtagén vicleucel)', headings: [dated] },
      { kind: 'list-item', text: 'Carvykti (ciltacabtagén autoleucel)', headings: [dated] },
    ]);
    expect(first.filter(titled(dated, 'approval'))).toEqual([]);
    // "Other therapies for solid tumours" says what they are for, not that they are approved for it.
    const uses = 'Otras terapias para tumores sólidos';
    const second = claimsOf([
      { kind: 'heading', text: uses },
      { kind: 'list-item', text: 'Tecelra (afami-cel)', headings: [uses] },
      { kind: 'list-item', text: 'lete-cel (letetresgene autoleucel)', headings: [uses] },
    ]);
    expect(second.filter((c) => c.text === uses)).toEqual([]);
  });

  it('reads a "Registered for" column as the uses, not as a second approval of the row', () => {
    const header = ['Product', 'TGA decision', 'Registered for'];
    const claims = claimsOf([
      { kind: 'heading', text: 'CAR-T products on the Australian Register of Therapeutic Goods' },
      { ...row(header, header), isHeader: true },
      row(
        ['Yescarta', '11 February 2020', 'Large B-cell lymphoma after two or more lines of systemic therapy'],
        header,
        ['CAR-T products on the Australian Register of Therapeutic Goods'],
      ),
    ]);
    const inRow = claims.filter((c) => c.text.startsWith('Yescarta'));
    expect(inRow.filter((c) => c.kind === 'approval').map((c) => field(c, 'date'))).toEqual(['2020-02-11']);
    expect(inRow.filter((c) => c.kind === 'indication').map((c) => field(c, 'conditionId'))).toEqual([
      'lbcl',
    ]);
  });

  it('gives a sentence that points below to the entries of the table after it, but not "the following months"', () => {
    const header = ['제품 · 표적', '식약처 허가일'];
    const claims = claimsOf([
      { text: '제가 정리한 식약처 허가 CAR-T는 아래 네 가지예요.' },
      { ...row(header, header), isHeader: true },
      row(['킴리아주 · CD19', '2021. 3. 5.'], header),
      row(['카빅티주 · BCMA', '2023. 3. 31.'], header),
    ]);
    const lead = claims.filter((c) => c.kind === 'approval' && c.text.startsWith('제가'));
    expect(lead.map((c) => [c.productId, field(c, 'regulator')])).toEqual([
      ['tisagenlecleucel', 'MFDS'],
      ['ciltacabtagene-autoleucel', 'MFDS'],
    ]);
    // The rows' own dates, year first.
    const dated = claims.filter((c) => c.kind === 'approval' && !c.text.startsWith('제가'));
    expect(dated.map((c) => [c.productId, field(c, 'date')])).toEqual([
      ['tisagenlecleucel', '2021-03-05'],
      ['ciltacabtagene-autoleucel', '2023-03-31'],
    ]);
    const uses = ['Medicamento', 'Indicaciones'];
    const rows = claimsOf([
      { ...row(uses, uses), isHeader: true },
      row(['Yescarta', 'LBDCG refractario a la primera línea o en recaída en los 12 meses siguientes'], uses),
      row(['Tecartus', 'Linfoma de células del manto'], uses),
      row(['Abecma', 'Mieloma múltiple'], uses),
    ]);
    expect(rows.filter((c) => c.text.startsWith('Yescarta')).map((c) => c.productId)).not.toContain(
      'brexucabtagene-autoleucel',
    );
  });

  it('reads "as of the end of a month" as the list’s date, a held registration and a column headed by the regulator’s short name', () => {
    const caption = '식약처 허가를 받은 카티(CAR-T) 치료제 (2026년 10월 말 기준)';
    const header = ['제품명(성분명) · 표적', '식약처 허가일'];
    const ko = claimsOf([
      { kind: 'caption', text: caption },
      { ...row(header, header), isHeader: true },
      row(['킴리아주(티사젠렉류셀) · CD19', '2021. 3. 5.'], header),
      row(['카빅티주(실타캅타젠오토류셀) · BCMA', '2023. 3. 16.'], header),
    ]);
    expect(ko.filter(titled(caption, 'approval')).map((c) => field(c, 'regulator'))).toEqual([
      'MFDS',
      'MFDS',
    ]);
    expect(
      ko
        .filter((c) => c.kind === 'approval' && c.text !== caption)
        .map((c) => [field(c, 'regulator'), field(c, 'date')]),
    ).toEqual([
      ['MFDS', '2021-03-05'],
      ['MFDS', '2023-03-16'],
    ]);
    const pt = 'Quadro 1 – Terapias CAR-T com registro na Anvisa citadas nesta página';
    const ptHeader = ['Produto', 'Alvo'];
    const claims = claimsOf([
      { kind: 'caption', text: pt },
      { ...row(ptHeader, ptHeader), isHeader: true },
      row(['Kymriah (tisagenlecleucel)', 'CD19'], ptHeader),
      row(['Carvykti (ciltacabtageno autoleucel)', 'BCMA'], ptHeader),
    ]);
    expect(claims.filter(titled(pt, 'approval')).map((c) => field(c, 'regulator'))).toEqual([
      'ANVISA',
      'ANVISA',
    ]);
  });
});
