// prepareBlock skips normalization for text that is already its own normalized form; the offsets it
// hands out must be exactly those the full normalization map gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareBlock } from '../../lib/normalize/prepare';
import { normalizeText, toOriginalRange } from '../../lib/normalize';

function reference(text: string) {
  const n = normalizeText(text);
  const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
  return {
    text: n.text,
    toOriginal(start: number, end: number) {
      const r = toOriginalRange(n, start, end);
      const s = clamp(r.start, 0, text.length);
      return { start: s, end: clamp(r.end, s, text.length) };
    },
    toNormalized(at: number) {
      let lo = 0;
      let hi = n.map.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((n.map[mid] ?? Infinity) < at) lo = mid + 1;
        else hi = mid;
      }
      return Math.min(lo, n.text.length);
    },
  };
}

const block = (text: string) =>
  prepareBlock({ index: 0, kind: 'paragraph', text, section: 'main', headings: [] });

describe('prepareBlock', () => {
  it('maps offsets as the full normalization does, for plain and for changed text', () => {
    // Mostly printable ASCII (the shortcut), with the characters that make normalization change text.
    const unit = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '.',
      '<',
      '>',
      '=',
      '%',
      '~',
      '\t',
      '\u00a0',
      '\u2013',
      'é',
      '\u200b',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 24 }),
        fc.integer({ min: -2, max: 28 }),
        fc.integer({ min: -2, max: 28 }),
        (parts, a, b) => {
          const text = parts.join('');
          const got = block(text);
          const want = reference(text);
          expect(got.text).toBe(want.text);
          expect(got.toOriginal(a, b)).toEqual(want.toOriginal(a, b));
          expect(got.toNormalized(a)).toBe(want.toNormalized(a));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps "<=" and runs of spaces on the normalizing path', () => {
    expect(block('CR <= 25 years').text).toBe('CR \u2264 25 years');
    expect(block('ORR  72%').text).toBe('ORR 72%');
    expect(block('ORR  72%').toOriginal(4, 7)).toEqual({ start: 5, end: 8 });
  });
});
