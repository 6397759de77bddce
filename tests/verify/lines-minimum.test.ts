// A count of prior lines given as a minimum ("at least three") states the label's threshold, so a
// label that asks fewer is misstated; without "at least" a higher count may describe patients the
// label covers. A count of prior lines said of a product is a use of it, unless it describes a
// trial's patients.
import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';
import { findPriorLines, linesAreMinimum } from '../../lib/claims/patterns';

describe('prior lines as a minimum', () => {
  it.each([
    ['after at least three prior lines', true],
    ['≥ 3 Vortherapien', true],
    ['mindestens drei vorangegangene Therapielinien', true],
    ['3つ以上の前治療', true],
    ['after three prior lines', false],
    ['in der Zweitlinie', false],
  ])('%j → %s', (text, minimum) => {
    const lines = findPriorLines(text);
    expect(lines).toBeDefined();
    expect(linesAreMinimum(text, lines!)).toBe(minimum);
  });

  it('a minimum above the label’s threshold misstates it (FDA: Yescarta for FL after ≥2 lines)', () => {
    const c = claimOf(
      'In the US, Yescarta is approved for follicular lymphoma after at least three prior lines of therapy.',
      'indication',
    );
    expect(c.verdict).toBe('differs');
    expect(c.explanation).toContain('from ≥2 prior lines; the page says at least 3');
    expect(
      claimOf(
        'In the US, Yescarta is approved for follicular lymphoma after at least two prior lines of therapy.',
        'indication',
      ).verdict,
    ).toBe('consistent');
  });

  it('a count of prior lines is a use of the product, unless the patients are a trial’s', () => {
    expect(claimOf('Carvykti, por ejemplo, exige al menos una línea previa.', 'indication').verdict).toBe(
      'consistent',
    );
    expect(
      verified('Abecma: patients in the trial had received at least three prior lines.').filter(
        (c) => c.kind === 'indication',
      ),
    ).toEqual([]);
    // A patient's own treatment is history, not a use of the product.
    expect(
      verified('I had kymriah in 2019 (3rd line back then).').filter((c) => c.kind === 'indication'),
    ).toEqual([]);
  });
});
