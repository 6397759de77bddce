import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Dataset } from '../../lib/dataset/schema';
import { indexDataset } from '../../lib/analyze';
import { bundledIndex } from '../helpers/dataset-index';
import { hitsIn, idsOf } from './helpers';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

describe('product names', () => {
  it.each([
    ['Kymriah is given once.', 'tisagenlecleucel', 'brand'],
    ['KYMRIAH is a CD19-directed therapy.', 'tisagenlecleucel', 'brand'],
    ['tisagenlecleucel was the first.', 'tisagenlecleucel', 'inn'],
    ['Patients on tisa-cel were followed.', 'tisagenlecleucel', 'abbreviation'],
    ['CTL019 was the Penn code.', 'tisagenlecleucel', 'code'],
    ['Early KTE-X19 data in mantle cell lymphoma.', 'brexucabtagene-autoleucel', 'code'],
    ['JCAR017 in TRANSCEND.', 'lisocabtagene-maraleucel', 'code'],
    ['bb2121 in KarMMa.', 'idecabtagene-vicleucel', 'code'],
    ['LCAR-B38M was first tested in China.', 'ciltacabtagene-autoleucel', 'code'],
    ['CT103A is eque-cel.', 'equecabtagene-autoleucel', 'code'],
    ['CNCT19 for adults.', 'inaticabtagene-autoleucel', 'code'],
    ['阿基仑赛注射液（奕凯达）获批', 'axicabtagene-ciloleucel', 'chinese'],
  ])('finds %j', (text, id, via) => {
    const hit = hitsIn(text).find((h) => h.kind === 'product');
    expect(hit?.id).toBe(id);
    expect(hit?.via).toBe(via);
  });

  it('reads a two-word INN across odd spacing and a line-break hyphen as one mention', () => {
    const hits = hitsIn('axicabtagene  ciloleucel and Tisagen-\nlecleucel').filter(
      (h) => h.kind === 'product',
    );
    expect(hits.map((h) => [h.id, h.text])).toEqual([
      ['axicabtagene-ciloleucel', 'axicabtagene  ciloleucel'],
      ['tisagenlecleucel', 'Tisagen-\nlecleucel'],
    ]);
  });

  it('quotes the page text and original offsets even when normalization changed it', () => {
    const text = 'Bre\u200byanzi (liso\u00adcabtagene mara\u00adleucel) works.';
    const hits = hitsIn(text).filter((h) => h.kind === 'product');
    expect(hits).toHaveLength(2);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(hits[0]!.text).toBe('Bre\u200byanzi');
  });

  it('tolerates small typos in long names only', () => {
    expect(idsOf('Tisagenlecleucal was approved', 'product')).toEqual(['tisagenlecleucel']);
    expect(idsOf('Axicabtagene Ciloleucal in LBCL', 'product')).toEqual(['axicabtagene-ciloleucel']);
    const fuzzy = hitsIn('Tisagenlecleucal was approved').find((h) => h.kind === 'product');
    expect(fuzzy?.via).toBe('fuzzy');
    // Short brand names get no typo tolerance: "Kymria" is not matched.
    expect(idsOf('kymria is not approved', 'product')).toEqual([]);
  });

  it('matches a two-word INN whose second word is cut short, without an "other" spelling in the dataset', () => {
    const withoutOther: Dataset = {
      ...bundledDataset,
      products: bundledDataset.products.map((p) => ({ ...p, names: { ...p.names, other: [] } })),
    };
    const hit = hitsIn(
      'Inaticabtagene Autoleuce(CNCT19) for adults',
      indexDataset(withoutOther, { languages: ALL_LANGUAGE_PACKS }),
    ).find((h) => h.kind === 'product');
    expect(hit?.id).toBe('inaticabtagene-autoleucel');
    expect(hit?.text).toBe('Inaticabtagene Autoleuce');
  });

  it('needs whole words for short codes', () => {
    expect(idsOf('XCTL0199 and CTL019x are part numbers', 'product')).toEqual([]);
  });

  it.each([
    ['horoscope', 'Cancer season: your horoscope for the week. Cancers should rest and avoid big decisions.'],
    [
      'charity run',
      'Join our 5K fun run for blood cancer research on Saturday. All ages welcome; register online.',
    ],
    [
      'mammogram advice',
      'Women aged 50 to 74 should have a mammogram every two years to screen for breast cancer.',
    ],
    ['sickle cell', 'Casgevy and Lyfgenia are gene therapies approved for sickle cell disease in 2023.'],
    ['restaurant', 'Eliana serves Mediterranean food; book a table for Juliet and Felix on Friday.'],
  ])('finds no product in a %s page', (_name, text) => {
    expect(idsOf(text, 'product')).toEqual([]);
    expect(idsOf(text, 'trial')).toEqual([]);
  });
});

describe('misspellings of a product the page already names', () => {
  it('accepts a one-letter slip of a short brand only once the page names the product correctly', async () => {
    const { matchBlocks } = await import('../../lib/match');
    const { prepareBlocks } = await import('../../lib/normalize/prepare');
    const pages = (texts: string[]) =>
      matchBlocks(
        prepareBlocks(
          texts.map((text, index) => ({
            index,
            kind: 'paragraph' as const,
            text,
            section: 'main' as const,
            headings: [],
          })),
        ),
        bundledIndex,
      )
        .hits.filter((h) => h.kind === 'product')
        .map((h) => [h.block, h.text, h.via]);
    expect(pages(['team says kymria', 'she had Kymriah in 2021'])).toEqual([
      [0, 'kymria', 'fuzzy'],
      [1, 'Kymriah', 'brand'],
    ]);
    expect(pages(['team says kymria', 'nothing else here'])).toEqual([]);
  });
});
