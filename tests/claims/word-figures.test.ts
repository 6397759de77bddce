import { describe, expect, it } from 'vitest';
import { findWordFigures } from '../../lib/claims/word-figures';
import { findPercents } from '../../lib/claims/patterns';
import { claimsOf } from './helpers';

const read = (text: string) => findWordFigures(text, []).map((f) => [f.value, f.low ?? null, f.comparator]);

describe('proportions written in words', () => {
  it('reads halves, fractions and "N in M" as ranges around their value', () => {
    expect(read('about half of the patients')).toEqual([[50, 47, '~']]);
    expect(read('two-thirds of adults')).toEqual([[66.7, 64, '=']]);
    expect(read('nine in ten children')).toEqual([[90, 87, '=']]);
    expect(read('~1 in 3 patients')).toEqual([[33.3, 30, '=']]);
    expect(read('more than half responded')).toEqual([[50, null, '>']]);
  });

  it('reads them in the languages pages use', () => {
    expect(read('la mitad de los pacientes')).toEqual([[50, 47, '=']]);
    expect(read('zwei Drittel der Patienten')).toEqual([[66.7, 64, '=']]);
    expect(read('八成患者')).toEqual([[80, 77, '=']]);
    expect(read('三分之二的患者')).toEqual([[66.7, 64, '=']]);
    expect(read('8割の患者')).toEqual([[80, 77, '=']]);
    // A second digit: 九成六 is 96%, 8割5分 is 85%.
    expect(read('总缓解率九成六左右')).toEqual([[96, 93, '=']]);
    expect(read('总缓解率约为七成半')).toEqual([[75, 72, '=']]);
    expect(read('8割5分の患者')).toEqual([[85, 82, '=']]);
    expect(read('8 em cada 10 crianças')).toEqual([[80, 77, '=']]);
    expect(read('neuf sur dix patients')).toEqual([[90, 87, '=']]);
    // The noun between the two numbers: "trois patients sur quatre", "três doentes em cada quatro".
    expect(read('trois patients sur quatre')).toEqual([[75, 72, '=']]);
    expect(read('três doentes em cada quatro')).toEqual([[75, 72, '=']]);
    expect(read('8 из 10 пациентов')).toEqual([[80, 77, '=']]);
    // Russian counts in the genitive after "у", and collective numerals.
    expect(read('у восьми из десяти детей')).toEqual([[80, 77, '=']]);
    expect(read('ответили трое из четырёх пациентов')).toEqual([[75, 72, '=']]);
    expect(read('환자 10명 중 8명이')).toEqual([[80, 77, '=']]);
    expect(read('10人中8人が')).toEqual([[80, 77, '=']]);
  });

  it('leaves ordinals, dates and lines of therapy alone', () => {
    expect(read('in the first half of 2024')).toEqual([]);
    expect(read('given as a third line of therapy')).toEqual([]);
    expect(read('a half-life of 12 days')).toEqual([]);
  });
});

describe('figures said twice', () => {
  it('reads "one in three …, 31.5%" as the digits alone', () => {
    const text = 'About one in three patients responded, 31.5% in the 73-patient approval cohort.';
    expect(findWordFigures(text, findPercents(text))).toEqual([]);
  });

  it('keeps a figure in words beside unrelated digits', () => {
    const text = 'About half of the patients responded; 12% had severe CRS.';
    expect(findWordFigures(text, findPercents(text)).map((f) => f.value)).toEqual([50]);
  });
});

describe('proportions in words reach the response rule', () => {
  it('reads "tres de cada cuatro pacientes respondieron" as a response rate', () => {
    const claims = claimsOf([
      {
        text: 'En el estudio RELIANCE de relma-cel, alrededor de tres de cada cuatro pacientes respondieron.',
      },
    ]);
    expect(claims.filter((c) => c.kind === 'response').map((c) => c.details['value'])).toEqual([75]);
  });
});
