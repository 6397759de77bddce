// Whatever the positions, rebuilding the layout of one page neither loses nor duplicates text:
// every character of every run comes out exactly once (spaces aside), and nothing throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../lib/pdf';
import type { TextRun } from '../../lib/pdf/types';

const run = fc.record({
  text: fc.stringMatching(/^[A-Za-z0-9%.,()]{1,12}$/),
  x0: fc.integer({ min: 0, max: 560 }),
  width: fc.integer({ min: 1, max: 300 }),
  y: fc.integer({ min: 0, max: 800 }),
  size: fc.constantFrom(8, 10, 10, 10, 12, 14, 18, 24),
});

const chars = (text: string): string => [...text.replace(/\s+/g, '')].sort().join('');

describe('PDF layout keeps every character', () => {
  it('for random runs on a page', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 200 }), (specs) => {
        const runs: TextRun[] = specs.map((s) => ({
          text: s.text,
          x0: s.x0,
          x1: s.x0 + s.width,
          y: s.y,
          size: s.size,
        }));
        const layout = layoutOf({ title: '', pages: [{ width: 600, height: 800, runs }] });
        const out = layout.blocks
          .map((b) => (b.kind === 'table' ? b.rows.flat().join(' ') : b.text))
          .join(' ');
        expect(chars(out)).toBe(chars(runs.map((r) => r.text).join('')));
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
