import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import { indexDataset } from '../../lib/analyze';
import { hitsIn, idsOf } from './helpers';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

describe('targets', () => {
  it.each([
    ['a BCMA-directed CAR-T', 'TNFRSF17'],
    ['the B-cell maturation antigen', 'TNFRSF17'],
    ['CD19-directed', 'CD19'],
    ['an anti-CD19 scFv', 'CD19'],
    ['CD19 CAR-T', 'CD19'],
    ['CLDN18.2-positive gastric cancer', 'CLDN18'],
    ['targeting Claudin18.2', 'CLDN18'],
    ['MAGE-A4 TCR', 'MAGEA4'],
    ['靶向CD19的自体CAR-T', 'CD19'],
  ])('%j → %s', (text, id) => {
    expect(idsOf(text, 'target')).toEqual([id]);
  });

  it('reads informal lower case for longer symbols, not for short ones', () => {
    expect(idsOf('abecma was the first bcma car t approved', 'target')).toEqual(['TNFRSF17']);
    expect(idsOf('a cd7 directed product', 'target')).toEqual([]);
    expect(idsOf('a CD7 directed product', 'target')).toEqual(['CD7']);
  });
});

describe('conditions', () => {
  it('prefers the longest name: one mention, not "leukemia" plus others', () => {
    const hits = hitsIn('B-cell precursor acute lymphoblastic leukemia that is refractory').filter(
      (h) => h.kind === 'condition',
    );
    expect(hits.map((h) => [h.id, h.text])).toEqual([
      ['b-all', 'B-cell precursor acute lymphoblastic leukemia'],
    ]);
  });

  it('matches abbreviations case-sensitively', () => {
    expect(idsOf('r/r B-cell ALL (≤25 yrs); r/r DLBCL adults', 'condition')).toEqual(['b-all', 'dlbcl']);
    expect(idsOf('Treatment for all patients', 'condition')).toEqual([]);
  });

  it('reads abbreviations glued to the next word in key-number boxes', () => {
    expect(idsOf('Tisagenlecleucel in r/r ALLResponse rates exceeding 80%', 'condition')).toEqual(['all']);
  });

  it('does not take shouted headings or postal codes for disease abbreviations', () => {
    expect(idsOf('CAR-T FOR ALL PATIENTS', 'condition')).toEqual([]);
    expect(idsOf('Visit us in Tampa, FL 33601.', 'condition')).toEqual([]);
    expect(idsOf('Approved for DLBCL, FL and MCL.', 'condition')).toEqual(['dlbcl', 'fl', 'mcl']);
  });

  it('knows Spanish and Chinese names', () => {
    expect(idsOf('leucemia linfoblástica aguda de células B', 'condition')).toEqual(['b-all']);
    expect(idsOf('复发或难治性大B细胞淋巴瘤成人患者', 'condition')).toEqual(['lbcl']);
  });
});

describe('regulators and trials', () => {
  it.each([
    ['FDA-approved in 2017', 'FDA'],
    ['the U.S. Food and Drug Administration', 'FDA'],
    ['the European Commission granted', 'EMA'],
    ["China's National Medical Products Administration", 'NMPA'],
    ['the MHLW in Japan', 'PMDA'],
    ['CDSCO authorisation', 'CDSCO'],
    ['MHRA conditional approval', 'MHRA'],
    ['获国家药品监督管理局批准', 'NMPA'],
    ['fda approved since 2017', 'FDA'],
  ])('%j → %s', (text, id) => {
    expect(idsOf(text, 'regulator')).toEqual([id]);
  });

  it('keeps lower-case "ema" a word', () => {
    expect(idsOf('Ema and her sister', 'regulator')).toEqual([]);
  });

  it('takes trial names from the dataset figures, in their own case', () => {
    expect(idsOf('In ELIANA and ZUMA-1, and in KarMMa-3', 'trial')).toEqual(['ELIANA', 'ZUMA-1', 'KarMMa-3']);
    expect(idsOf('CARTITUDE-1 trial', 'trial')).toEqual(['CARTITUDE-1']);
    expect(idsOf('my friend Eliana', 'trial')).toEqual([]);
  });

  it('maps NCT ids to the trial they registered', () => {
    expect(idsOf('NCT02228096', 'trial')).toEqual(['ELIANA']);
    expect(idsOf('NCT09999999', 'trial')).toEqual(['NCT09999999']);
  });

  it('reads names from the index it is given, built from that dataset alone', () => {
    const renamed = indexDataset(
      {
        ...bundledDataset,
        products: bundledDataset.products.map((p) =>
          p.id === 'tisagenlecleucel' ? { ...p, names: { ...p.names, other: ['Zorblatix'] } } : p,
        ),
      },
      { languages: ALL_LANGUAGE_PACKS },
    );
    expect(idsOf('Zorblatix in ALL', 'product', renamed)).toEqual(['tisagenlecleucel']);
    expect(idsOf('Zorblatix in ALL', 'product')).toEqual([]);
  });
});
