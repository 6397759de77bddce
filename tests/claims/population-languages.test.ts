// Who a use covers, written the way each language writes age limits: the last age included, an
// age not included, the first age included or one not included, and "any age".
import { describe, expect, it } from 'vitest';
import { findPopulation } from '../../lib/claims/patterns';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const read = (text: string) => {
  const p = findPopulation(text);
  return p ? [p.group ?? null, p.maxAge ?? null, p.minAge ?? null] : null;
};

describe('populations in other languages', () => {
  it.each([
    ['25歳以下の患者', [null, 25, null]],
    ['26歳未満', [null, 25, null]],
    ['18岁及以上成人患者', ['adults', null, 18]],
    ['25세 이하 소아', ['pediatric', 25, null]],
    ['для пациентов не старше 25 лет', [null, 25, null]],
    ['взрослые старше 25 лет', ['adults', null, 26]],
    ['pacientes mayores de 25 años', ['adults', null, 26]],
    ['adultos a partir dos 18 anos', ['adults', null, 18]],
    ['Erwachsene ab 26 Jahren', ['adults', null, 26]],
    ["patients jusqu'à 25 ans", [null, 25, null]],
    ['年齢を問わず', ['all-ages', null, null]],
    // A limit followed by its complement: the second bound names who is left out.
    ['投与する時点で25歳以下の方が対象で、26歳以上の方は対象になりません', [null, 25, null]],
    ['adultos de 26 años o más; no para menores de 18 años', ['adults', null, 26]],
    ['independientemente de la edad', ['all-ages', null, null]],
  ])('%j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('gives each disease of a coordinated list its own population', () => {
    const claims = claimsOf([
      {
        text: 'Kymriah wird bei Kindern mit ALL sowie bei Erwachsenen mit diffus großzelligem B-Zell-Lymphom eingesetzt.',
      },
    ]).filter((c) => c.kind === 'indication');
    expect(claims.map((c) => [field(c, 'conditionId'), field(c, 'population')])).toEqual([
      ['all', 'pediatric'],
      ['dlbcl', 'adults'],
    ]);
  });
});
