// A disease name a page shortens once it has named the family ("folicular tras dos líneas" in a
// lymphoma table) is that disease; alone, on a page that names no lymphoma, it is nothing.
import { describe, expect, it } from 'vitest';
import { hitsPerBlock } from './helpers';

const conditionsPerBlock = (texts: readonly string[], headings: string[] = []): string[][] =>
  hitsPerBlock(texts, 'condition', headings).map((hits) => hits.map((h) => `${h.id}:${h.text}`));

describe('shortened disease names', () => {
  it('reads them on a page that names a lymphoma, in each language', () => {
    expect(
      conditionsPerBlock([
        'Cuatro CAR-T están aprobadas para linfomas de células B.',
        'Breyanzi: manto tras inhibidor de BTK · folicular tras 2 líneas · zona marginal tras 2 líneas',
      ])[1],
    ).toEqual(['mcl:manto', 'fl:folicular', 'mzl:zona marginal']);
    expect(
      conditionsPerBlock(
        ['Breyanzi – cellules du manteau', 'Breyanzi – zone marginale'],
        ['Breyanzi dans le lymphome'],
      ),
    ).toEqual([['mcl:cellules du manteau'], ['mzl:zone marginale']]);
    expect(conditionsPerBlock(['瑞基奥仑赛用于滤泡性淋巴瘤。', '以及套细胞（2025年）。'])[1]).toEqual([
      'mcl:套细胞',
    ]);
  });

  it('leaves a full name as it is, and reads nothing where no lymphoma is named', () => {
    expect(conditionsPerBlock(['Kymriah is approved for follicular lymphoma.'])).toEqual([
      ['fl:follicular lymphoma'],
    ]);
    expect(
      conditionsPerBlock(['Follicular thyroid cells take up iodine.', 'El manto de la Virgen.']),
    ).toEqual([[], []]);
  });
});
