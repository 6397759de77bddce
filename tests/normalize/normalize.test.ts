import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeText, toOriginalRange } from '../../lib/normalize';

const norm = (s: string): string => normalizeText(s).text;

describe('normalizeText: one form per symbol', () => {
  it('collapses whitespace runs (including no-break, thin and narrow spaces) and trims', () => {
    expect(norm('  a \t\n b\u00a0\u00a0c\u2009d\u202fe  ')).toBe('a b c d e');
  });

  it('removes zero-width characters, soft hyphens and control characters', () => {
    expect(norm('Kym\u00adriah\u200b CAR\u200d-T\ufeff\u2060 x\u0000y\u0085z')).toBe('Kymriah CAR-T xy z');
  });

  it('maps every dash and minus to a hyphen', () => {
    expect(norm('3\u20134 \u2014 a\u2010b \u2011 \u2012 \u2015 \u22121.5 \uff0d')).toBe(
      '3-4 - a-b - - - -1.5 -',
    );
  });

  it('straightens curly quotes and expands the ellipsis', () => {
    expect(norm('\u201cIt\u2019s \u2018new\u2019\u201d\u2026')).toBe("\"It's 'new'\"...");
  });

  it('folds comparison and approximation signs', () => {
    expect(norm('a <= 25, b >= 4, c \u2266 3, d \u2a7e 2')).toBe(
      'a \u2264 25, b \u2265 4, c \u2264 3, d \u2265 2',
    );
    expect(norm('\u224873% and \u223c98% and ~83%')).toBe('~73% and ~98% and ~83%');
  });

  it('applies NFKC (full-width digits, ligatures) but keeps superscripts and ™ apart from numbers', () => {
    expect(norm('\uff18\uff13\uff05 e\ufb03cacy')).toBe('83% efficacy');
    expect(norm('n=63\u00b9 and 10\u2076 cells, Kymriah\u2122')).toBe(
      'n=63\u00b9 and 10\u2076 cells, Kymriah\u2122',
    );
  });

  it('leaves plain ASCII text untouched', () => {
    const s = 'Tisagenlecleucel (Kymriah) showed an 81% ORR (n=75) in ELIANA.';
    const n = normalizeText(s);
    expect(n.text).toBe(s);
    expect(n.map).toEqual([...Array(s.length + 1).keys()]);
  });
});

describe('normalizeText: offset map', () => {
  const mixed = fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '\n',
      '\u00a0',
      '\u200b',
      '\u00ad',
      '\u2014',
      '\u2013',
      '\u2019',
      '\u201c',
      '<',
      '=',
      '>',
      '\u2026',
      '\ufb01',
      '\u00bd',
      'e\u0301',
      '\ud83d\ude00',
      '\u0e42',
      '\u0e04',
      '\u0e01',
      '\u0e32',
      '\u20ac',
      '\u00e2',
      '\u00c3',
      '\u00a9',
      '\u00c2',
      '\u0089',
      '\u2248',
      '\uff11',
    ),
    maxLength: 60,
  });

  it('has one entry per character plus the end, never decreases, and stays inside the original', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mixed,
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
        (s) => {
          const { text, map } = normalizeText(s);
          expect(map.length).toBe(text.length + 1);
          expect(map[map.length - 1]).toBe(s.length);
          for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
          for (const m of map) expect(m).toBeGreaterThanOrEqual(0);
          if (/^[A-Za-z0-9]/.test(s)) expect(map[0]).toBe(0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('maps copied ASCII characters back to themselves', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '1', '%', '(', ' ', '\t', '-', '.'), maxLength: 50 }),
        (s) => {
          const { text, map } = normalizeText(s);
          for (let i = 0; i < text.length; i++) {
            if (text[i] !== ' ') expect(s[map[i]!]).toBe(text[i]);
          }
        },
      ),
    );
  });

  it('is stable: normalizing normalized text changes nothing', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(norm(norm(s))).toBe(norm(s));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the original range behind a normalized range, including what was collapsed or removed', () => {
    const s = 'Rate:\u00a0\u00a0 83%\u200b of n=63';
    const n = normalizeText(s);
    expect(n.text).toBe('Rate: 83% of n=63');
    const at = n.text.indexOf('83%');
    const r = toOriginalRange(n, at, at + 3);
    expect(s.slice(r.start, r.end)).toBe('83%\u200b');
    const space = toOriginalRange(n, 5, 6);
    expect(s.slice(space.start, space.end)).toBe('\u00a0\u00a0 ');
  });

  it('maps a character produced by an expansion or a contraction to its whole source', () => {
    const s = 'x \u2026 y <= 5 \ufb01';
    const n = normalizeText(s);
    expect(n.text).toBe('x ... y \u2264 5 fi');
    const dots = n.text.indexOf('...');
    expect(toOriginalRange(n, dots, dots + 3)).toEqual({ start: 2, end: 3 });
    expect(toOriginalRange(n, dots + 1, dots + 2)).toEqual({ start: 2, end: 3 });
    const le = n.text.indexOf('\u2264');
    expect(s.slice(toOriginalRange(n, le, le + 1).start, toOriginalRange(n, le, le + 1).end)).toBe('<=');
    const fi = n.text.indexOf('fi');
    expect(toOriginalRange(n, fi, fi + 2)).toEqual({ start: s.length - 1, end: s.length });
  });

  it('clamps out-of-range requests and returns empty ranges for empty input', () => {
    const n = normalizeText('abc');
    expect(toOriginalRange(n, -5, 99)).toEqual({ start: 0, end: 3 });
    expect(toOriginalRange(n, 2, 1)).toEqual({ start: 2, end: 2 });
    expect(normalizeText('')).toEqual({ text: '', map: [0] });
    expect(normalizeText(' \u200b ')).toEqual({ text: '', map: [3] });
  });
});

describe('normalizeForMatch', () => {
  it('lowercases and strips diacritics for name comparison', () => {
    expect(normalizeForMatch('  Tisagenlecleucel\u00a0(KYMRIAH\u00ae)')).toBe(
      'tisagenlecleucel (kymriah\u00ae)',
    );
    expect(normalizeForMatch('Leucémie Ã©')).toBe('leucemie e');
  });
});
