// Layout rebuilt from Chromium-printed PDFs (tests/fixtures/pdf, made by scripts/make-pdf-fixtures.ts):
// columns read one after the other, table rows read across, headings from font size, the title.
import { describe, expect, it } from 'vitest';
import type { LayoutBlock } from '../../lib/pdf';
import { layoutOfFixture } from '../helpers/pdf';

const texts = (blocks: LayoutBlock[]): string[] =>
  blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text));

describe('PDF layout', () => {
  it('reads a two-column page column by column and joins the paragraph the column break cut', async () => {
    const layout = await layoutOfFixture('two-column');
    expect(layout.title).toBe('Breyanzi in practice: a two-column bulletin');
    const headings = layout.blocks.flatMap((b) => (b.kind === 'heading' ? [`h${b.level} ${b.text}`] : []));
    expect(headings).toEqual([
      'h1 Breyanzi in practice: a two-column bulletin',
      'h2 What was approved',
      'h2 Response in TRANSCEND',
      'h2 Practical notes',
    ]);
    const all = texts(layout.blocks);
    // The sentence runs from the foot of the left column to the top of the right one.
    expect(all).toContain(
      'In the TRANSCEND NHL 001 trial the objective response rate was 73% and the complete response rate was 54% among the patients who could be evaluated for efficacy.',
    );
    // Left column before right column, and no line of one column inside a paragraph of the other.
    const at = (start: string): number => all.findIndex((t) => t.startsWith(start));
    expect(at('Patients are monitored')).toBeLessThan(at('Responses appeared early'));
    expect(at('Responses appeared early')).toBeLessThan(at('Manufacturing takes'));
    expect(all.some((t) => /certified before they may give the product\.$/.test(t))).toBe(true);
    // Ligatures ("ﬁ") come back as letters and words are not split where they were drawn apart.
    expect(all.join(' ')).toContain('at the first visit with the cell therapy team.');
    expect(layout.blocks.some((b) => b.kind === 'table')).toBe(false);
  });

  it('reads a table row by row, with its header and multi-line cells kept whole', async () => {
    const layout = await layoutOfFixture('table');
    const tables = layout.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toEqual({
      kind: 'table',
      header: true,
      rows: [
        ['Product', 'Trial', 'Disease', 'Response'],
        [
          'Kymriah (tisagenlecleucel)',
          'ELIANA',
          'B-cell acute lymphoblastic leukemia in patients up to 25 years of age',
          'Overall remission rate 83%',
        ],
        [
          'Yescarta (axicabtagene ciloleucel)',
          'ZUMA-1',
          'Relapsed or refractory large B-cell lymphoma',
          'Objective response rate 72%',
        ],
        [
          'Abecma (idecabtagene vicleucel)',
          'KarMMa',
          'Relapsed or refractory multiple myeloma',
          'Overall response rate 72%',
        ],
      ],
    });
    expect(layout.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'CAR-T response rates at a glance' });
  });

  it('ranks heading levels by size and keeps list items and the page break apart from headings', async () => {
    const layout = await layoutOfFixture('label--yescarta-prescribing-information');
    const heading = (text: string): LayoutBlock | undefined =>
      layout.blocks.find((b) => b.kind === 'heading' && b.text === text);
    expect(heading('YESCARTA- axicabtagene ciloleucel suspension')).toMatchObject({ level: 1 });
    expect(heading('1 INDICATIONS AND USAGE')).toMatchObject({ level: 2 });
    expect(heading('1.1 Large B-cell Lymphoma')).toMatchObject({ level: 3 });
    // Page 2 starts with a heading: it stays a heading, not the tail of page 1's paragraph.
    expect(heading('1.2 Follicular Lymphoma')).toMatchObject({ level: 3 });
    // A heading printed on three lines is one heading.
    expect(
      heading(
        'WARNING: CYTOKINE RELEASE SYNDROME, NEUROLOGIC TOXICITIES, and SECONDARY HEMATOLOGICAL MALIGNANCIES',
      ),
    ).toBeDefined();
    // "CD19-" at a line end joins "directed" without a space.
    expect(texts(layout.blocks).join(' ')).toContain('CD19-directed genetically modified');
  });
});
