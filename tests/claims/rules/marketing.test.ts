import { describe, expect, it } from 'vitest';
import { marketingRule } from '../../../lib/claims/rules/marketing';
import { sentence } from '../helpers';

const detect = (text: string) => marketingRule.detect(sentence(text)).map((c) => c.details['phrase']);

describe('marketing rule', () => {
  it.each([
    ['CAR-T cured my cancer', 'cured'],
    ['A 100% success rate at our clinic', '100% success rate'],
    ['This therapy has no side effects.', 'no side effects'],
    ['Guaranteed remission for every patient', 'guaranteed'],
    ['A miracle treatment from China', 'miracle'],
    ['Among the highest response rates of any cancer therapy', 'among the highest'],
    ['~98%ORR: Ciltacabtagene in r/r MyelomaAmong the highest response rates', 'among the highest'],
    ['favorable safety profile vs earlier CD19 CAR-T', 'favorable safety profile'],
    ['just as effective as Western products at a tenth of the price', 'just as effective as'],
    ['virtually no risk of serious side effects', 'virtually no risk of serious side effects'],
    ['95% of our patients report an improvement', '95% of our patients'],
  ])('%j', (text, phrase) => {
    expect(detect(text).some((p) => typeof p === 'string' && p.startsWith(phrase))).toBe(true);
  });

  it('leaves careful wording alone', () => {
    expect(detect('CAR-T is not a cure for everyone.')).toEqual([]);
    expect(detect('CancerFax does not guarantee treatment access.')).toEqual([]);
    expect(detect('Can CAR-T cure leukemia?')).toEqual([]);
    expect(detect('It received Breakthrough Therapy designation.')).toEqual([]);
    expect(detect('The best overall response was assessed by an independent committee.')).toEqual([]);
    expect(detect('The best octopus in the city.')).toEqual([]);
    expect(detect('Every step funds a cure.')).toEqual([]);
  });
});
