// Disease names as pages write them outside the dataset's synonyms: forum lower case ("mcl",
// "b-all"), Chinese names, shorthand once the organ is clear ("non-muscle-invasive disease"), and a
// qualifier that excludes the approved subtype ("muscle-invasive bladder cancer").
import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../helpers/dataset-index';
import { excludedSubtype } from '../../lib/match/complements';
import { idsOf } from './helpers';

describe('informal condition names', () => {
  it.each([
    ['tecartus got approved for mcl back in 2020', 'mcl'],
    ['husband relapsed b-all after transplant', 'b-all'],
    ['liso cel for dlbcl in 2nd line', 'dlbcl'],
    ['用于治疗头颈部鳞癌', 'head-and-neck-scc'],
    ['与化疗联合用于晚期难治性鼻咽癌', 'nasopharyngeal-carcinoma'],
    ['for BCG-unresponsive non-muscle-invasive disease with carcinoma in situ', 'nmibc'],
  ])('%j → %s', (text, id) => {
    expect(idsOf(text, 'condition')).toEqual([id]);
  });

  it('lower case that spells a word, or is too short, is not a disease', () => {
    expect(idsOf('all patients were treated; 5 mm lesions', 'condition')).toEqual([]);
    expect(idsOf('the fl team', 'condition')).toEqual([]);
  });
});

describe('qualifiers that exclude a subtype', () => {
  it('"muscle-invasive" before bladder cancer excludes the non-muscle-invasive subtype', () => {
    expect(excludedSubtype(bundledIndex, 'bladder-cancer', 'approved for muscle-invasive ')).toEqual({
      excludes: 'nmibc',
      qualifier: 'muscle-invasive',
    });
    expect(excludedSubtype(bundledIndex, 'bladder-cancer', 'approved for muscle invasive ')).toMatchObject({
      excludes: 'nmibc',
    });
  });

  it('"non-muscle-invasive" and plain wording exclude nothing', () => {
    expect(
      excludedSubtype(bundledIndex, 'bladder-cancer', 'approved for non-muscle-invasive '),
    ).toBeUndefined();
    expect(excludedSubtype(bundledIndex, 'bladder-cancer', 'approved for ')).toBeUndefined();
    expect(excludedSubtype(bundledIndex, 'melanoma', 'approved for muscle-invasive ')).toBeUndefined();
  });
});
