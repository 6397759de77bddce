// Layout rules on hand-placed text runs (no PDF needed), for cases the printed fixtures do not pin:
// columns whose paragraph gaps line up, and PDF text that looks like markup.
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../lib/pdf';
import type { TextRun } from '../../lib/pdf/types';
import { layoutToDocument } from '../../lib/pdf/to-document';
import { parseDocument } from '../helpers/dom';

const run = (text: string, x0: number, y: number, width = 200, size = 10): TextRun => ({
  text,
  x0,
  x1: x0 + width,
  y,
  size,
});

/** Lines of a column starting at `x`, 12 pt apart, with a blank line where `text` has ''. */
function column(x: number, lines: string[]): TextRun[] {
  return lines.flatMap((text, i) => (text === '' ? [] : [run(text, x, 100 + i * 12)]));
}

describe('PDF layout rules', () => {
  it('reads columns one after the other even when their paragraph gaps line up', () => {
    const left = column(50, [
      'Left one begins the first paragraph',
      'and the first paragraph goes on here',
      'and ends the first paragraph here.',
      '',
      'Left two starts a second paragraph',
      'that carries on in the left column',
      'and ends in the left column now.',
    ]);
    const right = column(300, [
      'Right one begins the third paragraph',
      'and the third paragraph goes on here',
      'and ends the third paragraph here.',
      '',
      'Right two starts a fourth paragraph',
      'that carries on in the right column',
      'and ends in the right column now.',
    ]);
    const layout = layoutOf({ title: '', pages: [{ width: 600, height: 800, runs: [...right, ...left] }] });
    expect(
      layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text.split(' ').slice(0, 2).join(' ') : b.kind)),
    ).toEqual(['Left one', 'Left two', 'Right one', 'Right two']);
  });

  it('puts PDF text into the document as text, never as markup', () => {
    const doc = layoutToDocument(
      {
        title: '<b>t</b>',
        blocks: [
          { kind: 'heading', level: 2, text: '<img src=x onerror=alert(1)>' },
          { kind: 'table', header: true, rows: [['<th>a'], ['<script>b</script>']] },
        ],
      },
      parseDocument('<!doctype html><html><head></head><body></body></html>'),
    );
    expect(doc.querySelector('img, script, b')).toBeNull();
    expect(doc.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('thead th')?.textContent).toBe('<th>a');
    expect(doc.querySelector('tbody td')?.textContent).toBe('<script>b</script>');
    expect(doc.title).toBe('<b>t</b>');
  });
});

describe('running heads and feet', () => {
  /** A page: a running head, body lines, then a foot with the page number. */
  function page(n: number, body: string[]): { width: number; height: number; runs: TextRun[] } {
    return {
      width: 600,
      height: 800,
      runs: [
        run('Journal of Cell Therapy Practice', 50, 40),
        ...body.map((text, i) => run(text, 50, 100 + i * 12, 480)),
        run(`Reference ID: 5412${n} · Page ${n} of 4`, 50, 760),
      ],
    };
  }

  it('drops lines repeated at the edge of most pages and rejoins the paragraph across the page break', () => {
    const layout = layoutOf({
      title: 'Microsoft Word - leaflet_v3.docx',
      pages: [
        page(1, [
          'Kymriah leaflet',
          'The overall remission rate in ELIANA was',
          'eighty-three percent of the patients',
        ]),
        page(2, ['who were infused, according to the label.', 'Other text follows on this page.']),
        page(3, ['Page three has its own paragraph here.']),
        page(4, ['Page four has its own paragraph too.']),
      ],
    });
    const text = layout.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('\n');
    expect(text).not.toMatch(/Reference ID|Journal of Cell Therapy Practice/);
    expect(text).toContain(
      'The overall remission rate in ELIANA was eighty-three percent of the patients who were infused, according to the label.',
    );
    // A file name is not a title: the first heading (or nothing) stands in.
    expect(layout.title).not.toMatch(/Microsoft Word/);
  });

  it('keeps a line that appears on only one page', () => {
    const layout = layoutOf({
      title: 'Leaflet',
      pages: [
        { width: 600, height: 800, runs: [run('Only here: Kymriah', 50, 40), run('Body one.', 50, 100)] },
        { width: 600, height: 800, runs: [run('Body two.', 50, 100), run('2', 300, 760, 6)] },
      ],
    });
    const text = layout.blocks.map((b) => (b.kind === 'table' ? '' : b.text));
    expect(text).toEqual(['Only here: Kymriah', 'Body one.', 'Body two.']);
  });
});
