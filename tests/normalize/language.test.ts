// The per-block language: script first, function words for Latin text, the page's <html lang> when
// the text cannot tell, English when nothing can.
import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from '../../lib/normalize/language';
import { prepareBlocks } from '../../lib/normalize/prepare';
import { extract } from '../../lib/extract';
import { parseDocument } from '../helpers/dom';

const lang = (text: string, page?: string): string => detectLanguage(text, page).lang;

describe('detectLanguage: by script', () => {
  it('tells Chinese, Japanese, Korean, Russian, Ukrainian, Thai, Arabic, Greek and Hebrew apart', () => {
    expect(lang('2021年6月获批。在关键性ZUMA-1研究中，ORR为82%。')).toBe('zh');
    expect(
      lang('キムリアは2019年に承認された。対象は再発・難治性のB細胞性急性リンパ芽球性白血病です。'),
    ).toBe('ja');
    expect(lang('킴리아는 2021년 식약처 허가를 받았다.')).toBe('ko');
    expect(lang('Кимрия зарегистрирована в России в 2021 году.')).toBe('ru');
    expect(lang('Кімрія зареєстрована в Україні.')).toBe('uk');
    expect(lang('การรักษาด้วยเซลล์ CAR-T สำหรับมะเร็งเม็ดเลือดขาว')).toBe('th');
    expect(lang('العلاج بالخلايا التائية المعدلة وراثيا')).toBe('ar');
    expect(lang('Η θεραπεία CAR-T εγκρίθηκε το 2018.')).toBe('el');
    expect(lang('טיפול בתאי CAR-T אושר בישראל.')).toBe('he');
  });

  it('reads a Chinese paragraph with Latin names as Chinese, and an English one quoting a Chinese name as English', () => {
    expect(lang('CAR-T细胞疗法ORR为82%')).toBe('zh');
    expect(lang('Relma-cel was approved in China as 倍诺达 in September 2021.', 'zh-CN')).toBe('en');
  });

  it('takes the page language within a script: kanji-only Japanese headings, Cyrillic Bulgarian', () => {
    expect(lang('承認状況', 'ja')).toBe('ja');
    expect(lang('承認状況', 'zh-CN')).toBe('zh');
    expect(lang('承認状況')).toBe('zh');
    expect(lang('Лечение на левкемия', 'bg')).toBe('bg');
    // A Chinese paragraph on a Korean page is still Chinese.
    expect(lang('奕凯达获批上市', 'ko')).toBe('zh');
    // Kana outweigh a page that says Chinese.
    expect(lang('キムリアの承認について', 'zh')).toBe('ja');
  });

  it('reports the script share as confidence', () => {
    expect(detectLanguage('킴리아는 허가를 받았다').confidence).toBe(1);
    expect(detectLanguage('CAR-T细胞疗法ORR为82%').source).toBe('script');
    expect(detectLanguage('CAR-T细胞疗法ORR为82%').confidence).toBeLessThan(1);
  });
});

describe('detectLanguage: Latin text by function words', () => {
  it('tells English, Spanish, Portuguese, German, French and Italian apart', () => {
    expect(lang('Kymriah was approved by the FDA in 2017 for children and young adults with ALL.')).toBe(
      'en',
    );
    expect(lang('Yescarta fue aprobado por la FDA para el linfoma de células B grandes.')).toBe('es');
    expect(lang('O Kymriah foi aprovado pela Anvisa em 2022 para doentes com leucemia.')).toBe('pt');
    expect(lang('Breyanzi ist in der Schweiz seit Februar 2026 für das Mantelzell-Lymphom zugelassen.')).toBe(
      'de',
    );
    expect(lang('Carvykti est autorisé dans l’Union européenne pour le myélome multiple depuis 2022.')).toBe(
      'fr',
    );
    expect(
      lang('Kymriah è stato approvato da AIFA per la leucemia linfoblastica acuta nei pazienti pediatrici.'),
    ).toBe('it');
  });

  it('overrides a page language the words clearly contradict', () => {
    const guess = detectLanguage(
      'La FDA aprobó Kymriah en 2017 y la EMA lo autorizó en 2018 para los niños.',
      'en',
    );
    expect(guess).toMatchObject({ lang: 'es', source: 'words' });
    expect(guess.confidence).toBeGreaterThan(0);
  });

  it('keeps the page language when the words are too few to tell (confidence 0)', () => {
    expect(detectLanguage('Kymriah (tisagenlecleucel)', 'de-CH')).toEqual({
      lang: 'de',
      confidence: 0,
      source: 'page',
    });
    // One function word is below the margin: a German heading on a German page stays German.
    expect(detectLanguage('Anito-cel in den USA', 'de')).toEqual({
      lang: 'de',
      confidence: 0,
      source: 'page',
    });
    // Words shared by Spanish and Portuguese ("para", "por", "como") do not decide between them.
    expect(detectLanguage('para pacientes por como', 'pt-PT').source).toBe('page');
    // A page in another script says nothing about a Latin block: a product name on a Japanese page.
    expect(detectLanguage('Kymriah® (tisagenlecleucel)', 'ja')).toEqual({
      lang: 'en',
      confidence: 0,
      source: 'default',
    });
  });

  it('falls back to English when neither the text nor the page says', () => {
    expect(detectLanguage('Kymriah (tisagenlecleucel)')).toEqual({
      lang: 'en',
      confidence: 0,
      source: 'default',
    });
    expect(detectLanguage('82% · 2021 · n=63')).toEqual({ lang: 'en', confidence: 0, source: 'default' });
    expect(detectLanguage('', 'es').lang).toBe('es');
  });
});

describe('primaryLanguage', () => {
  it('takes the primary subtag of a BCP 47 tag, lower case', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage(' PT_br ')).toBe('pt');
    expect(primaryLanguage('')).toBeUndefined();
    expect(primaryLanguage('not a tag')).toBeUndefined();
    expect(primaryLanguage(null)).toBeUndefined();
  });
});

describe('each normalized block carries its language', () => {
  it('on an English page with a Chinese paragraph and a Spanish quote', () => {
    const doc =
      parseDocument(`<!doctype html><html lang="en-US"><head><title>CAR-T in China</title></head><body>
      <h1>CAR-T in China</h1>
      <p>Relma-cel was approved in China in September 2021 for large B-cell lymphoma.</p>
      <p>倍诺达于2021年9月获批，用于治疗成人复发或难治性大B细胞淋巴瘤。</p>
      <p>El hospital dijo que la terapia no está aprobada por la FDA para los niños.</p>
      <p>Kymriah</p>
    </body></html>`);
    const extracted = extract(doc);
    expect(extracted.blocks.every((b) => b.lang === 'en-US')).toBe(true);
    expect(prepareBlocks(extracted.blocks).map((b) => [b.text.slice(0, 12), b.lang])).toEqual([
      ['CAR-T in Chi', 'en'],
      ['Relma-cel wa', 'en'],
      ['倍诺达于2021年9月获', 'zh'],
      ['El hospital ', 'es'],
      ['Kymriah', 'en'],
    ]);
  });

  it('without <html lang>, from the text alone', () => {
    const doc = parseDocument(
      '<!doctype html><html><body><p>Kymriah</p><p>キムリアは承認された。</p></body></html>',
    );
    const blocks = extract(doc).blocks;
    expect(blocks.every((b) => b.lang === undefined)).toBe(true);
    expect(prepareBlocks(blocks).map((b) => b.lang)).toEqual(['en', 'ja']);
  });
});
