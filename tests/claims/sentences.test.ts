import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/claims/sentences';
import { segmentBlock } from '../../lib/claims/segments';
import { prepareBlock } from '../../lib/normalize/prepare';
import { normalizeText } from '../../lib/normalize';

const split = (text: string, lang?: string) =>
  splitSentences(text, lang).map((r) => text.slice(r.start, r.end));

describe('sentences', () => {
  it('splits prose and keeps abbreviations inside their sentence', () => {
    expect(
      split(
        'ORR was 72% (n=101). Efficacy vs. chemo was approx. 5 mo. better. Approved by the U.S. FDA in Aug. 2017. Next',
      ),
    ).toEqual([
      'ORR was 72% (n=101).',
      'Efficacy vs. chemo was approx. 5 mo. better.',
      'Approved by the U.S. FDA in Aug. 2017.',
      'Next',
    ]);
  });

  it('keeps leading symbols and glued key-number text', () => {
    expect(split('>80%Response Rate: Tisagenlecleucel in r/r ALLResponse rates exceeding 80%.')).toEqual([
      '>80%Response Rate: Tisagenlecleucel in r/r ALLResponse rates exceeding 80%.',
    ]);
  });

  it('does not end a sentence at "cells B." only when it is an abbreviation', () => {
    expect(split('Kymriah treats leucemia de células B. Yescarta mostró 72%.')).toHaveLength(2);
  });

  it('splits Chinese at 。', () => {
    expect(split('2021年6月获批。在关键性ZUMA-1研究中，ORR为82%。')).toEqual([
      '2021年6月获批。',
      '在关键性ZUMA-1研究中，ORR为82%。',
    ]);
  });

  it('returns nothing for blank text and offsets that slice the input', () => {
    expect(splitSentences('   ')).toEqual([]);
    const text = '  One.  Two!  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 12 },
    ]);
  });

  it('uses compromise for English, also when the language is given', () => {
    const text = 'Approved by the U.S. FDA in Aug. 2017. Efficacy vs. chemo was approx. 5 mo. better. Next';
    expect(splitSentences(text, 'en')).toEqual(splitSentences(text));
  });
});

describe('sentences by language (Intl.Segmenter)', () => {
  it('splits Chinese without spaces at 。, ! and ? (full-width before normalization), offsets exact', () => {
    const text = normalizeText('2021年6月获批。在关键性ZUMA-1研究中，ORR为82%！是否上市？已上市').text;
    const ranges = splitSentences(text, 'zh');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      '2021年6月获批。',
      '在关键性ZUMA-1研究中,ORR为82%!',
      '是否上市?',
      '已上市',
    ]);
    // Consecutive, non-overlapping, covering every character but the spaces between.
    expect(ranges[0]!.start).toBe(0);
    for (let k = 1; k < ranges.length; k++) expect(ranges[k]!.start).toBe(ranges[k - 1]!.end);
    expect(ranges[ranges.length - 1]!.end).toBe(text.length);
  });

  it('keeps 「」 and quotes with their sentence', () => {
    expect(split('他说「已获批。」然后又说:"很好!"最后。', 'zh')).toEqual([
      '他说「已获批。」',
      '然后又说:"很好!"',
      '最后。',
    ]);
    // An opening bracket after 。 starts the next sentence (UAX #29 would leave it behind).
    expect(split('CAR-T療法は承認された。「キムリア」は2019年に承認!次は?', 'ja')).toEqual([
      'CAR-T療法は承認された。',
      '「キムリア」は2019年に承認!',
      '次は?',
    ]);
    expect(split('他说。"很好。"最后', 'zh')).toEqual(['他说。', '"很好。"', '最后']);
  });

  it('keeps FAQ markers with their line, and splits Japanese at the full stop', () => {
    expect(
      split('Q. 費用はどのくらいかかりますか? A. 製品の薬価は数千万円です。詳しくはご相談ください。', 'ja'),
    ).toEqual([
      'Q. 費用はどのくらいかかりますか?',
      'A. 製品の薬価は数千万円です。',
      '詳しくはご相談ください。',
    ]);
  });

  it('splits Korean at ". " but not at an ellipsis glued to the next word', () => {
    expect(
      split(
        '국산 첫 CAR-T 치료제 식약처 허가...림프종 환자 치료 선택지 넓어져. 킴리아는 2021년 허가를 받았다.',
        'ko',
      ),
    ).toEqual([
      '국산 첫 CAR-T 치료제 식약처 허가...림프종 환자 치료 선택지 넓어져.',
      '킴리아는 2021년 허가를 받았다.',
    ]);
  });

  it('does not end a Russian sentence before a lower-case word, or after "им."', () => {
    expect(
      split(
        'Препарат одобрен в 2021 г. в России. Центр им. Дмитрия Рогачёва изготавливал клетки. Он стоит 5 млн. руб.',
        'ru',
      ),
    ).toEqual([
      'Препарат одобрен в 2021 г. в России.',
      'Центр им. Дмитрия Рогачёва изготавливал клетки.',
      'Он стоит 5 млн. руб.',
    ]);
  });

  it('keeps a Russian date that opens a sentence with it, and ends one after a year elsewhere', () => {
    expect(
      split(
        'С марта 2024 г. Карвикти можно применять раньше. Решение принято в 2024 г. Оно действует.',
        'ru',
      ),
    ).toEqual([
      'С марта 2024 г. Карвикти можно применять раньше.',
      'Решение принято в 2024 г.',
      'Оно действует.',
    ]);
  });

  it('keeps German dates, ordinals and abbreviations inside their sentence', () => {
    expect(
      split(
        'Swissmedic hat am 19. Februar 2026 die Zulassung erweitert. Die FDA hat z. B. Anito-cel zugelassen, ca. 5 Mio. Euro pro Jahr. Dr. Müller sagt es. Tel. 0000 123 (Mo-Fr)',
        'de',
      ),
    ).toEqual([
      'Swissmedic hat am 19. Februar 2026 die Zulassung erweitert.',
      'Die FDA hat z. B. Anito-cel zugelassen, ca. 5 Mio. Euro pro Jahr.',
      'Dr. Müller sagt es.',
      'Tel. 0000 123 (Mo-Fr)',
    ]);
  });

  it('keeps Spanish "EE. UU." and "Dra." inside, and ends at "células B." before a new sentence', () => {
    expect(
      split(
        'La FDA de EE. UU. aprobó Kymriah en 2017. La Dra. Méndez lo explicó. Trata la leucemia de células B. Yescarta mostró 72%.',
        'es',
      ),
    ).toEqual([
      'La FDA de EE. UU. aprobó Kymriah en 2017.',
      'La Dra. Méndez lo explicó.',
      'Trata la leucemia de células B.',
      'Yescarta mostró 72%.',
    ]);
  });

  it('keeps French and Portuguese abbreviations inside their sentence', () => {
    expect(split("Carvykti est autorisé, p. ex. en France. Le Pr Dupont l'a dit.", 'fr')).toEqual([
      'Carvykti est autorisé, p. ex. en France.',
      "Le Pr Dupont l'a dit.",
    ]);
    expect(split('O custo é aprox. 300 mil euros. A Dra. Silva confirmou.', 'pt')).toEqual([
      'O custo é aprox. 300 mil euros.',
      'A Dra. Silva confirmou.',
    ]);
  });

  it('ends lower-case forum sentences as compromise does, but not after abbreviations or before Cyrillic', () => {
    expect(
      split(
        'hola a todos. mi padre tiene linfoma. kymriah está aprobado, p. ej. en españa. cuesta aprox. 300 mil. ok? gracias',
        'es',
      ),
    ).toEqual([
      'hola a todos.',
      'mi padre tiene linfoma.',
      'kymriah está aprobado, p. ej. en españa.',
      'cuesta aprox. 300 mil.',
      'ok?',
      'gracias',
    ]);
    expect(
      split('hallo zusammen. mein vater hat am 2. märz angefangen. das kostet ca. 5 mio. euro.', 'de'),
    ).toEqual(['hallo zusammen.', 'mein vater hat am 2. märz angefangen.', 'das kostet ca. 5 mio. euro.']);
  });

  it('reads a long block in windows with the same sentences as a short one', () => {
    const unit = 'La FDA de EE. UU. aprobó Kymriah en 2017. hola a todos. Swissmedic lo autorizó el 19. ';
    const sentences = [
      'La FDA de EE. UU. aprobó Kymriah en 2017.',
      'hola a todos.',
      'Swissmedic lo autorizó el 19.',
    ];
    const text = unit.repeat(300).trim();
    expect(split(text, 'es')).toEqual(Array.from({ length: 300 }, () => sentences).flat());
    const zh = '2021年6月获批。在关键性ZUMA-1研究中,ORR为82%。'.repeat(400);
    expect(new Set(split(zh, 'zh'))).toEqual(new Set(['2021年6月获批。', '在关键性ZUMA-1研究中,ORR为82%。']));
    // Run-on text without any sentence end or space is cut into windows, every character kept once.
    const runOn = `${'获批'.repeat(3000)}。`;
    const ranges = splitSentences(runOn, 'zh');
    expect(ranges[0]!.start).toBe(0);
    for (let k = 1; k < ranges.length; k++) expect(ranges[k]!.start).toBe(ranges[k - 1]!.end);
    expect(ranges[ranges.length - 1]!.end).toBe(runOn.length);
  });

  it('returns nothing for blank text, one range for text without a sentence end, trimmed', () => {
    expect(splitSentences('   ', 'zh')).toEqual([]);
    expect(splitSentences('  การรักษาด้วยเซลล์ CAR-T  ', 'th')).toEqual([{ start: 2, end: 25 }]);
  });

  it('falls back to compromise for a tag Intl does not accept', () => {
    const text = 'ORR was 72%. Next one.';
    expect(splitSentences(text, 'not a tag')).toEqual(splitSentences(text));
  });
});

describe('segmentBlock splits by the block language', () => {
  const block = (text: string, lang?: string) =>
    prepareBlock({
      index: 0,
      kind: 'paragraph',
      text,
      section: 'main',
      headings: [],
      ...(lang ? { lang } : {}),
    });

  it('reads a German date as one sentence on a German page, and a Chinese paragraph on an English page', () => {
    const de = block('Swissmedic hat am 19. Februar 2026 die Zulassung von Breyanzi erweitert.', 'de-CH');
    expect(segmentBlock(de, new Map())?.segments).toEqual([{ start: 0, end: de.text.length }]);
    const zh = block('倍诺达于2021年9月获批。用于治疗成人大B细胞淋巴瘤。', 'en');
    expect(zh.lang).toBe('zh');
    expect(segmentBlock(zh, new Map())?.segments.map((s) => zh.text.slice(s.start, s.end))).toEqual([
      '倍诺达于2021年9月获批。',
      '用于治疗成人大B细胞淋巴瘤。',
    ]);
  });
});
