// A use dated by "since" in its own clause is the approval that allowed it: "desde 2022 en segunda
// línea", "seit März 2024 nach mindestens zwei Vortherapien", "с октября 2022 г. … можно
// применять", "2023年12月から…使える". So is a use that became possible ("使えるようになった") and a
// label widened with a verb the packs know ("alargou a indicação", "適応が拡大", "적응증을 넓혔다",
// "适应症…扩展至"). A "since" with no use beside it is not.
import { describe, expect, it } from 'vitest';
import { approvalsOf as approvals } from './helpers';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';

describe('a use dated by "since" in its clause', () => {
  it.each([
    [
      'En Estados Unidos, Breyanzi se usa desde 2022 en segunda línea.',
      'lisocabtagene-maraleucel:true:FDA:2022',
    ],
    [
      'Carvykti gibt es seit April 2024 schon nach einer Vortherapie.',
      'ciltacabtagene-autoleucel:true:-:2024-04',
    ],
    [
      'No Japão, o Breyanzi pode ser indicado após um tratamento anterior desde 2023.',
      'lisocabtagene-maraleucel:true:PMDA:2023',
    ],
    [
      'С марта 2024 г. Карвикти в США можно применять после одной линии.',
      'ciltacabtagene-autoleucel:true:FDA:2024-03',
    ],
    ['ブレヤンジは2023年から、前治療が1つの患者にも使える。', 'lisocabtagene-maraleucel:true:-:2023'],
    ['브레얀지는 2024년부터 한 가지 치료 뒤에도 쓸 수 있다.', 'lisocabtagene-maraleucel:true:-:2024'],
  ])('%s', (text, approval) => {
    expect(approvals(text)).toEqual([approval]);
  });

  it('is no approval without a use beside it, nor a Russian "с" that is no date', () => {
    expect(approvals('Desde 2019, nuestro hospital colabora con Kite en la logística de Yescarta.')).toEqual(
      [],
    );
    expect(approvals('Кимрая: данные пациентов с лимфомой собраны в 2022 году.')).toEqual([]);
  });
});

describe('a use that became possible, or a label widened', () => {
  it.each([
    [
      'カービクティは2024年、前治療1回の患者にも使えるようになった。',
      'ciltacabtagene-autoleucel:true:-:2024',
    ],
    ['Em 2024, a FDA alargou a indicação do Carvykti.', 'ciltacabtagene-autoleucel:true:FDA:2024'],
    [
      "L'indication de Breyanzi a ensuite été étendue en Europe en 2025.",
      'lisocabtagene-maraleucel:true:EMA:2025',
    ],
    ['Para Breyanzi, en Europa se amplió en 2025.', 'lisocabtagene-maraleucel:true:EMA:2025'],
    ['ブレヤンジは2025年に米国で濾胞性リンパ腫へ拡大された。', 'lisocabtagene-maraleucel:true:FDA:2025'],
    ['FDA는 2024년 카빅티의 적응증을 넓혔다.', 'ciltacabtagene-autoleucel:true:FDA:2024'],
    [
      '西达基奥仑赛在美国的适应症于2024年4月扩展至一线治疗后的患者。',
      'ciltacabtagene-autoleucel:true:FDA:2024-04',
    ],
  ])('%s', (text, approval) => {
    expect(approvals(text)).toEqual([approval]);
  });
});

describe('"in this indication" since a date', () => {
  it.each([
    'In der EU ist Liso-cel in dieser Indikation seit 2023 zugelassen.',
    'In the EU, liso-cel has been approved in this indication since 2023.',
    'En la UE, liso-cel está autorizado en esta indicación desde 2023.',
  ])('dates the use the text before named, not the product’s entry: %s', (text) => {
    // The EU's first liso-cel decision (2022) is third line; the second line came in 2023.
    const found = verified([
      { kind: 'heading', text: 'TRANSFORM: Liso-cel in der Zweitlinie' },
      { text, headings: ['TRANSFORM: Liso-cel in der Zweitlinie'] },
    ]).filter((c) => c.kind === 'approval' && c.text === text);
    expect(found.map((c) => c.verdict)).not.toContain('differs');
    expect(found.map((c) => field(c, 'first'))).not.toContain(true);
  });
});

describe('a product listed after the use the sentence approves', () => {
  it('dates that use, not the product’s entry', () => {
    // Breyanzi's EU second-line use came in 2023, a year after its first EU approval.
    const text =
      'En Europe, deux CAR-T sont autorisés en deuxième ligne pour un lymphome B diffus à grandes cellules : Yescarta, depuis octobre 2022, et Breyanzi, depuis 2023.';
    const found = verified(text).filter((c) => c.kind === 'approval');
    expect(found.map((c) => `${c.productId}:${c.verdict}`)).not.toContain('lisocabtagene-maraleucel:differs');
    expect(found.map((c) => field(c, 'first'))).not.toContain(true);
  });
});
