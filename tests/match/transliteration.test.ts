// Products written in Cyrillic or katakana by rule, without a recorded local name: brands and INNs
// reduced to the same sound key as the Latin names (lib/match/transliterate.ts). Ordinary words of
// those scripts must stay ordinary words.
import { describe, expect, it } from 'vitest';
import { hitsIn } from './helpers';
import { cyrillicSoundKey, katakanaKey, kanaKey, soundKey } from '../../lib/match/transliterate';

const products = (text: string) => hitsIn(text).filter((h) => h.kind === 'product');

describe('transliterated product names', () => {
  it.each([
    ['Текартус (брексукабтаген аутолейцел) одобрен FDA.', 'brexucabtagene-autoleucel', 'Текартус'],
    [
      'Препарат брексукабтаген аутолейцел одобрен FDA.',
      'brexucabtagene-autoleucel',
      'брексукабтаген аутолейцел',
    ],
    ['Бреянзи одобрен в 2021 году.', 'lisocabtagene-maraleucel', 'Бреянзи'],
    // A soft g written "дж", and the hard one.
    ['Имлиджик не зарегистрирован в России.', 'talimogene-laherparepvec', 'Имлиджик'],
    ['Имлигик не зарегистрирован в России.', 'talimogene-laherparepvec', 'Имлигик'],
    ['лизокабтаген маралейцел — CAR-T против CD19.', 'lisocabtagene-maraleucel', 'лизокабтаген маралейцел'],
    ['Абекма применяется при миеломе.', 'idecabtagene-vicleucel', 'Абекма'],
    ['Карвикти применяется при миеломе.', 'ciltacabtagene-autoleucel', 'Карвикти'],
    [
      'эквекабтаген аутолейцел зарегистрирован в Китае.',
      'equecabtagene-autoleucel',
      'эквекабтаген аутолейцел',
    ],
    // A short form: the stem and "-цел" together.
    ['зевор-цел зарегистрирован в Китае.', 'zevorcabtagene-autoleucel', 'зевор-цел'],
    ['BCMAを狙うカービクティが承認されています。', 'ciltacabtagene-autoleucel', 'カービクティ'],
    ['イエスカルタは大細胞型B細胞リンパ腫に使われます。', 'axicabtagene-ciloleucel', 'イエスカルタ'],
    ['テカルタスはマントル細胞リンパ腫に使われます。', 'brexucabtagene-autoleucel', 'テカルタス'],
  ])('finds %j', (text, id, quote) => {
    const hit = products(text)[0];
    expect(hit?.id).toBe(id);
    expect(hit?.text).toBe(quote);
  });

  it.each([
    'Пациенты получают лечение в клинике, а затем проходят наблюдение и реабилитацию.',
    'Автолейцел и аутологичные клетки — общие слова, не препарат.',
    // A short form's stem without "-цел" is an ordinary word.
    'Зевор и сатри — не названия препаратов.',
    'スタッフがコンピューターとテクノロジーでサポートします。',
    'カルテとカテーテル、ケアマネージャーのサービス。',
  ])('leaves %j alone', (text) => {
    expect(products(text)).toEqual([]);
  });

  it('reduces both scripts to one key', () => {
    expect(cyrillicSoundKey('лизокабтаген')).toBe(soundKey('lisocabtagene'));
    expect(cyrillicSoundKey('маралейцел')).toBe(soundKey('maraleucel'));
    expect(katakanaKey('アベクマ')).toBe(kanaKey(soundKey('abecma')));
    expect(katakanaKey('ブレヤンジ')).toBe(kanaKey(soundKey('breyanzi')));
  });
});
