// Names in other scripts (katakana, hangul, Cyrillic) and former INNs name their product, and only
// where they stand as a word: a katakana name inside a longer katakana word, or a hangul name in
// the middle of a Korean word, is no mention.
import { describe, expect, it } from 'vitest';
import { hitsIn } from './helpers';

const products = (text: string) => hitsIn(text).filter((h) => h.kind === 'product');

describe('local-script product names', () => {
  it.each([
    ['キムリアは2019年に承認された。', 'tisagenlecleucel', 'キムリア'],
    ['チサゲンレクルユーセルの適応はB-ALLである。', 'tisagenlecleucel', 'チサゲンレクルユーセル'],
    ['ブレヤンジ（リソカブタゲン マラルユーセル）', 'lisocabtagene-maraleucel', 'ブレヤンジ'],
    ['アベクマ®は多発性骨髄腫に使う。', 'idecabtagene-vicleucel', 'アベクマ'],
    ['킴리아는 2021년에 허가되었다.', 'tisagenlecleucel', '킴리아'],
    ['식약처는 카빅티주를 허가했다.', 'ciltacabtagene-autoleucel', '카빅티주'],
    ['예스카타가 국내에서 허가되었다.', 'axicabtagene-ciloleucel', '예스카타'],
    ['Препарат Кимрая зарегистрирован в России.', 'tisagenlecleucel', 'Кимрая'],
    ['Терапия тисагенлеклейцелом одобрена.', 'tisagenlecleucel', 'тисагенлеклейцелом'],
    // A case ending that replaces the name's last vowel: accusative "Кимраю", instrumental "Кимраей".
    ['Минздрав России зарегистрировал Кимраю в 2023 году.', 'tisagenlecleucel', 'Кимраю'],
    ['Кимраей лечат детей с лейкозом.', 'tisagenlecleucel', 'Кимраей'],
  ])('finds %j', (text, id, quote) => {
    const hit = products(text)[0];
    expect(hit?.id).toBe(id);
    expect(hit?.text).toBe(quote);
  });

  it('quotes the exact page text and offsets of a local name', () => {
    const text = '治療薬イエスカルタの承認';
    const hit = products(text)[0]!;
    expect(text.slice(hit.start, hit.end)).toBe('イエスカルタ');
    expect(hit.via).toBe('local');
  });

  it.each([
    ['a katakana name inside a longer katakana word', 'キムリアル社のニュース'],
    ['a katakana name after more katakana', 'ネオキムリアという架空の名前'],
    ['a hangul name in the middle of a word', '신킴리아라는 말은 없다'],
    ['Cyrillic text without a product', 'Кимры — город в Тверской области.'],
    ['Japanese text about another therapy', 'コラテジェンは遺伝子治療薬である。'],
  ])('finds nothing in %s', (_, text) => {
    expect(products(text)).toEqual([]);
  });

  it('still finds a Chinese name glued to other characters', () => {
    expect(products('新药奕凯达获批')[0]?.id).toBe('axicabtagene-ciloleucel');
  });
});

describe('former names', () => {
  it('reads the old INN of NexCAR19 as the same product', () => {
    const hit = products('ImmunoACT developed actalycabtagene autoleucel in Mumbai.')[0];
    expect(hit?.id).toBe('actalycabtagene-autoleucel');
    expect(products('Talicabtagene autoleucel (tali-cel) in India')[0]?.id).toBe(
      'actalycabtagene-autoleucel',
    );
  });
});
