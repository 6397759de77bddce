import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalRange } from '../../lib/normalize';
import { readFixture } from '../helpers/dom';

const norm = (s: string): string => normalizeText(s).text;

/** UTF-8 bytes of `s` decoded as Windows-874 by the platform (undefined bytes become C1 controls). */
function asCp874(s: string): string {
  return new TextDecoder('windows-874').decode(new TextEncoder().encode(s));
}
const stripC1 = (s: string): string => s.replace(/[\u0080-\u009f]/g, '');

describe('mojibake: UTF-8 read as Windows-1252', () => {
  it.each([
    ['a \u00e2\u20ac\u201d b', 'a - b'],
    ['patient\u00e2\u20ac\u2122s', "patient's"],
    ['\u00e2\u20ac\u0153cure\u00e2\u20ac\u009d', '"cure"'],
    ['\u00e2\u20ac\u0153cure\u00e2\u20ac', '"cure"'],
    ['Kymriah\u00c2\u00ae', 'Kymriah\u00ae'],
    ['10\u00c2\u00a0mg', '10 mg'],
    ['10\u00c2 mg', '10 mg'],
    ['Yescarta\u00e2\u201e\u00a2', 'Yescarta\u2122'],
    ['leuc\u00c3\u00a9mie', 'leuc\u00e9mie'],
    ['\u00e2\u2030\u00a425 years', '\u226425 years'],
    ['TNF-\u00ce\u00b1', 'TNF-\u03b1'],
    // Read as Latin-1 instead: the C1 controls are still there.
    ['a \u00e2\u0080\u0094 b', 'a - b'],
    // Encoded wrongly twice.
    ['leuc\u00c3\u0192\u00c2\u00a9mie', 'leuc\u00e9mie'],
  ])('%j → %j', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });
});

describe('mojibake: UTF-8 read as Windows-874 / TIS-620', () => {
  it.each([
    ['a \u0e42\u20ac\u201d b', 'a - b'],
    ['\u0e42\u20ac\u0153quote\u0e42\u20ac\u009d', '"quote"'],
    ['dose \u0e22\u0e17 day', 'dose \u00b7 day'],
    ['(\u0e42\u0e0425 yrs)', '(\u226425 yrs)'],
    ['(\u0e42\u0e054 prior lines)', '(\u22654 prior lines)'],
    ['37\u0e22\u0e10C', '37\u00b0C'],
    ['Caf\u0e23\u0e09', 'Caf\u00e9'],
  ])('%j → %j', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('repairs what the platform decoder produces, with or without the undefined bytes', () => {
    for (const ch of [
      '\u2014',
      '\u2013',
      '\u2019',
      '\u201c',
      '\u2022',
      '\u2026',
      '\u2264',
      '\u2265',
      '\u00b1',
      '\u00b0',
      '\u00b7',
      '\u00e9',
      '\u00ae',
      '\u2122',
      '\u03b1',
    ]) {
      const wrapped = `x ${ch}y`;
      expect(norm(asCp874(wrapped))).toBe(norm(wrapped));
    }
    // Lost bytes: what is left must still identify the character (not the lone "โ" forms).
    for (const ch of ['\u2264', '\u2265', '\u2022', '\u2026', '\u00b1', '\u00b0', '\u00e9', '\u2014']) {
      const wrapped = `x ${ch} y`;
      expect(norm(stripC1(asCp874(wrapped)))).toBe(norm(wrapped));
    }
  });

  it('reads a lone "โ" (both trail bytes lost) from its neighbours', () => {
    expect(norm('complete remissions \u0e42 years-long \u0e42 in patients')).toBe(
      'complete remissions - years-long - in patients',
    );
    expect(norm('Grade 3\u0e424 CRS')).toBe('Grade 3-4 CRS');
    expect(norm('the patient\u0e42s own cells; don\u0e42t')).toBe("the patient's own cells; don't");
    expect(norm('CAR\u0e42T')).toBe('CAR-T');
  });

  it('leaves real Thai text alone', () => {
    const thai = [
      'โรงพยาบาลให้บริการรักษาโรคมะเร็งด้วยเซลล์บำบัด โคนม และ โค',
      'รถ ลด ยก ราคา โดย รถไฟ',
      'โครงการ วิจัย ระยะ ๓',
    ];
    for (const s of thai) expect(norm(s)).toBe(s);
  });

  it('does not repair Thai-letter-only sequences next to Thai letters', () => {
    expect(norm('\u0e01\u0e42\u0e04')).toBe('\u0e01\u0e42\u0e04');
    expect(norm('\u0e42\u0e04\u0e01')).toBe('\u0e42\u0e04\u0e01');
  });
});

describe('mojibake: the clinic page seed', () => {
  const seed = readFixture('unit', 'seed-000-leukemia.txt');
  const text = norm(seed);

  it('repairs every mojibake sequence on the page', () => {
    expect(seed).toContain('\u0e42');
    expect(text).not.toMatch(/[\u0e00-\u0e7f]/);
  });

  it('recovers the comparisons, ranges and dashes the claims depend on', () => {
    expect(text).toContain('r/r B-cell ALL (\u226425 yrs)');
    expect(text).toContain('r/r multiple myeloma (\u22654 prior lines)');
    expect(text).toContain('Grade 3-4 CRS is serious');
    expect(text).toContain('complete remissions - years-long - in patients who had failed');
    expect(text).toContain('Tisagenlecleucel (Kymriah) - Approved');
  });

  it('maps each repaired character back to exactly its mojibake sequence', () => {
    const n = normalizeText(seed);
    for (const [needle, source] of [
      ['\u226425', '\u0e42\u0e04'],
      ['\u22654', '\u0e42\u0e05'],
      ['3-4', '\u0e42'],
    ] as const) {
      const at = n.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      const symbol = needle === '3-4' ? at + 1 : at;
      const r = toOriginalRange(n, symbol, symbol + 1);
      expect(seed.slice(r.start, r.end)).toBe(source);
    }
  });
});

describe('mojibake: offsets', () => {
  it('covers exactly the original sequence for every repair', () => {
    const cases = [
      '\u00e2\u20ac\u201d',
      '\u00e2\u20ac\u2122',
      '\u00c2\u00ae',
      '\u00c3\u00a9',
      '\u00e2\u201e\u00a2',
      '\u0e42\u20ac\u201d',
      '\u0e42\u0e04',
      '\u0e42\u0e05',
      '\u0e22\u0e17',
      '\u00e2\u0080\u0094',
      '\u0e42\u0080\u0094',
      '\u00c3\u0192\u00c2\u00a9',
    ];
    for (const moji of cases) {
      const original = `ab ${moji} cd`;
      const n = normalizeText(original);
      expect(n.text.slice(0, 3)).toBe('ab ');
      expect(n.text.length).toBe(7);
      const r = toOriginalRange(n, 3, 4);
      expect(original.slice(r.start, r.end)).toBe(moji);
    }
  });
});
