import { describe, expect, it } from 'vitest';
import { indicationRule } from '../../../lib/claims/rules/indication';
import { sentence } from '../helpers';

const detect = (text: string, extra?: Parameters<typeof sentence>[1]) =>
  indicationRule.detect(sentence(text, extra)).map((c) => c.details);

describe('indication rule', () => {
  it('reads one claim per condition in an Indication cell, each with its own ages and lines', () => {
    expect(
      detect('r/r B-cell ALL (≤25 yrs); r/r DLBCL adults', { role: 'indication', header: 'Indication' }),
    ).toEqual([
      expect.objectContaining({ conditionId: 'b-all', maxAge: 25, relapsedRefractory: true }),
      expect.objectContaining({ conditionId: 'dlbcl', population: 'adults', relapsedRefractory: true }),
    ]);
    expect(
      detect('LBCL (2nd line+), follicular lymphoma', { role: 'indication', header: 'Approved for' }),
    ).toEqual([
      expect.objectContaining({ conditionId: 'lbcl', minPriorLines: 1 }),
      expect.objectContaining({ conditionId: 'fl', minPriorLines: null }),
    ]);
    expect(detect('r/r multiple myeloma (≥4 prior lines)', { role: 'indication' })[0]).toMatchObject({
      conditionId: 'multiple-myeloma',
      minPriorLines: 4,
    });
  });

  it('reads label-style sentences', () => {
    expect(
      detect(
        'KYMRIAH is indicated for the treatment of patients up to 25 years of age with B-cell precursor acute lymphoblastic leukemia (ALL) that is refractory or in second or later relapse.',
      ),
    ).toEqual([expect.objectContaining({ conditionId: 'b-all', maxAge: 25 })]);
  });

  it('reads lines or ages without a condition', () => {
    expect(detect('2 or more', { role: 'other', header: 'Prior lines required (US)' })).toEqual([
      expect.objectContaining({ minPriorLines: 2, regulator: 'FDA' }),
    ]);
    expect(detect('Tecartus and Aucatzyl are approved only for adults 18 and older.')[0]).toMatchObject({
      population: 'adults',
      minAge: 18,
    });
  });

  it('reads a limitation of use as "not approved for"', () => {
    expect(
      detect(
        'Yescarta is not indicated for the treatment of patients with primary central nervous system lymphoma.',
      ),
    ).toEqual([expect.objectContaining({ conditionId: 'pcnsl', approved: false })]);
  });

  it('leaves trials and mere mentions alone', () => {
    expect(detect('Gene therapy trials for AML are running in China.')).toEqual([]);
    expect(detect('Leukemia is a blood cancer.')).toEqual([]);
  });
});
