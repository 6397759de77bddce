import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { readFixture } from '../helpers/dom';
import { DOMS, page } from './helpers';

describe.each(DOMS)('extract tables (%s)', (_name, parse) => {
  it('keeps rows and cells, takes the header from <thead>, and gives it to the rows below', () => {
    const { blocks } = extract(
      parse(
        page(
          '<table><thead><tr><th>Product</th><th>Target</th></tr></thead><tbody><tr><td>Kymriah</td><td>CD19</td></tr><tr><td>Abecma</td><td>BCMA</td></tr></tbody></table>',
        ),
      ),
    );
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatchObject({
      kind: 'table-row',
      text: 'Product | Target',
      cells: ['Product', 'Target'],
      isHeader: true,
    });
    expect(blocks[0]!.header).toBeUndefined();
    expect(blocks[1]).toMatchObject({
      kind: 'table-row',
      text: 'Kymriah | CD19',
      cells: ['Kymriah', 'CD19'],
      header: ['Product', 'Target'],
    });
    expect(blocks[2]).toMatchObject({ text: 'Abecma | BCMA', header: ['Product', 'Target'] });
    expect(blocks[2]!.isHeader).toBeUndefined();
  });

  it('treats a first row of <th> cells as the header, and rows before any header have none', () => {
    const { blocks } = extract(
      parse(
        page(
          '<table><tr><td>Note row</td></tr><tr><th>Drug</th><th>ORR</th></tr><tr><th scope="row">Carvykti</th><td>98%</td></tr></table>',
        ),
      ),
    );
    expect(blocks.map((b) => [b.text, b.isHeader ?? false, b.header ?? null])).toEqual([
      ['Note row', false, null],
      ['Drug | ORR', true, null],
      ['Carvykti | 98%', false, ['Drug', 'ORR']],
    ]);
  });

  it('flattens blocks inside a cell into its text and keeps empty cells aligned with the header', () => {
    const { blocks } = extract(
      parse(
        page(
          '<table><tr><th>Product</th><th>Target</th><th>Data</th></tr><tr><td>Kymriah</td><td></td><td><p>ORR 52%</p><ul><li>JULIET</li><li>n=93</li></ul>83%<sup>1</sup></td></tr></table>',
        ),
      ),
    );
    expect(blocks[1]).toMatchObject({
      text: 'Kymriah | ORR 52% JULIET n=93 83% 1',
      cells: ['Kymriah', '', 'ORR 52% JULIET n=93 83% 1'],
    });
  });

  it('emits the caption as a block and adds it to the rows\u2019 heading context', () => {
    const { blocks } = extract(
      parse(
        page(
          '<h2>Approved products</h2><table><caption>CAR-T in lymphoma</caption><tr><th>Product</th></tr><tr><td>Yescarta</td></tr></table><p>after</p>',
        ),
      ),
    );
    expect(blocks.map((b) => [b.kind, b.text, b.headings])).toEqual([
      ['heading', 'Approved products', []],
      ['caption', 'CAR-T in lymphoma', ['Approved products']],
      ['table-row', 'Product', ['Approved products', 'CAR-T in lymphoma']],
      ['table-row', 'Yescarta', ['Approved products', 'CAR-T in lymphoma']],
      ['paragraph', 'after', ['Approved products']],
    ]);
  });

  it('reads layout tables (nested tables, role=presentation) as ordinary blocks', () => {
    const { blocks } = extract(
      parse(
        page(
          '<table role="presentation"><tr><td><h2>Section</h2><p>Prose one.</p></td><td><p>Prose two.</p></td></tr></table>' +
            '<table><tr><td><p>Outer cell</p><table><tr><th>Inner</th></tr><tr><td>Row</td></tr></table></td></tr></table>',
        ),
      ),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Section'],
      ['paragraph', 'Prose one.'],
      ['paragraph', 'Prose two.'],
      ['paragraph', 'Outer cell'],
      ['table-row', 'Inner'],
      ['table-row', 'Row'],
    ]);
  });

  it('marks a sidebar table Readability drops as outside, and the article as main', () => {
    const result = extract(parse(readFixture('unit', 'table-outside.html')));
    expect(result.readable).toBe(true);
    const rows = result.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Product', 'Target', 'Best response'],
      ['Axicabtagene ciloleucel (Yescarta)', 'CD19', 'ORR 83% 1'],
      ['Tisagenlecleucel (Kymriah)', 'CD19', 'ORR 52% JULIET n=93'],
      ['Lisocabtagene maraleucel (Breyanzi)', '', 'ORR 73%'],
    ]);
    expect(rows.every((r) => r.section === 'outside')).toBe(true);
    expect(rows[2]!.header).toEqual(['Product', 'Target', 'Best response']);
    const caption = result.blocks.find((b) => b.kind === 'caption');
    expect(caption).toMatchObject({ text: 'Approved CAR-T products in lymphoma', section: 'outside' });
    const paragraphs = result.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs.every((p) => p.section === 'main')).toBe(true);
    // Readability turns "<br><br>" into two paragraphs; the block with both halves is still main.
    expect(paragraphs[2]!.text).toBe(
      'Most people stay near the treating centre for about four weeks after the infusion. Driving is usually not allowed for eight weeks, because neurological side effects can appear late.',
    );
    // The title heading Readability removes still introduces the article.
    expect(result.blocks[0]).toMatchObject({
      kind: 'heading',
      text: 'CAR-T Therapy for Lymphoma',
      section: 'main',
    });
  });
});
