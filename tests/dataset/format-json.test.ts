import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDataJson } from '../../lib/dataset/format-json';

describe('formatDataJson', () => {
  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(formatDataJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps short scalar arrays and flat objects on one line, nests the rest', () => {
    const text = formatDataJson({ codes: ['CTL019'], brand: { name: 'Kymriah' }, list: [{ a: 1 }] });
    expect(text).toBe(
      '{\n  "codes": ["CTL019"],\n  "brand": { "name": "Kymriah" },\n  "list": [\n    { "a": 1 }\n  ]\n}\n',
    );
  });

  it('breaks long arrays over several lines', () => {
    const long = Array.from({ length: 20 }, (_, i) => `synonym number ${i}`);
    expect(formatDataJson({ long }).split('\n').length).toBeGreaterThan(20);
  });
});
