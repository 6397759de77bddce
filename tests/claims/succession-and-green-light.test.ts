// A product that "followed" an approval dates its own ("Breyanzi se sumó en mayo de 2024", "Carvykti
//則在2022年2月28日跟進"), only with a year beside the verb and a product or regulator as its subject;
// "green light" is an approval in every language pages write it.
import { describe, expect, it } from 'vitest';
import { approvalsOf as approvals } from './helpers';

describe('a product that followed an approval', () => {
  it.each([
    [
      'Yescarta followed on 18 October 2017 for adults with large B-cell lymphoma.',
      'axicabtagene-ciloleucel:true:-:2017-10',
    ],
    [
      'Breyanzi se sumó en mayo de 2024 para quienes ya recibieron dos líneas.',
      'lisocabtagene-maraleucel:true:-:2024-05',
    ],
    ['Le Yescarta a suivi le 18 octobre 2017.', 'axicabtagene-ciloleucel:true:-:2017-10'],
    // A full stop after the day's number is no sentence end.
    [
      'Die FDA ließ Kymriah 2017 zu. Breyanzi folgte am 5. Februar 2021.',
      'lisocabtagene-maraleucel:true:-:2021-02',
    ],
    ['O Carvykti seguiu em abril de 2022.', 'ciltacabtagene-autoleucel:true:-:2022-04'],
    // The date comes first in Chinese.
    ['Carvykti則在2022年2月28日跟進。', 'ciltacabtagene-autoleucel:true:-:2022-02'],
    // "It was X's turn": the product after the words.
    ['Em 1º de abril de 2022 foi a vez do Carvykti.', 'ciltacabtagene-autoleucel:true:-:2022-04'],
    ['En 2021 fue el turno de Breyanzi.', 'lisocabtagene-maraleucel:true:-:2021'],
  ])('%j', (text, want) => {
    expect(approvals(text)).toContain(want);
  });

  it.each([
    // The subject is a patient, not a product or regulator.
    'Le patient a suivi un traitement par Kymriah en 2019.',
    // No date beside the verb: to follow up on, not to follow an approval.
    '跟進Kymriah的註冊與資助。',
    'Kymriah was followed by interleukin-2 infusions in 2019.',
    // A turn with no product after it.
    'Em 2022 foi a vez dos hospitais públicos, com Kymriah.',
  ])('%j dates no approval', (text) => {
    expect(approvals(text)).toEqual([]);
  });
});

describe('"green light" in other languages', () => {
  it.each([
    ['La FDA dio luz verde a Carvykti en febrero de 2022.', 'ciltacabtagene-autoleucel:true:FDA:2022-02'],
    [
      'Yescarta a reçu le feu vert de la Commission européenne en août 2018.',
      'axicabtagene-ciloleucel:true:EMA:2018-08',
    ],
    ['Kymriah erhielt im August 2018 grünes Licht aus Brüssel.', 'tisagenlecleucel:true:-:2018-08'],
  ])('%j', (text, want) => {
    expect(approvals(text)).toContain(want);
  });

  it('a green light still awaited is none', () => {
    expect(approvals('Carvykti aún espera luz verde en México.')).toEqual([]);
  });
});
