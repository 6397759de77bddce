// Quotes shown repaired; the dataset's age against the `now` the view is given.
import { describe, expect, it } from 'vitest';
import { repairedText } from '../../components/quote';
import { isStale, monthsOld } from '../../components/dataset-age';

describe('repairedText', () => {
  it('repairs the page’s encoding damage and leaves good text alone', () => {
    expect(repairedText('patients aged โค25 years')).toBe('patients aged ≤25 years');
    expect(repairedText('the clinicâ€™s results')).toBe('the clinic’s results');
    const clean = 'Kymriah — 83% remission, ≤25 years; 中文 and ภาษาไทย stay as they are.';
    expect(repairedText(clean)).toBe(clean);
  });
});

describe('dataset age', () => {
  it('counts whole months from the as-of date to now', () => {
    expect(monthsOld('2026-08-11', '2026-11-21T12:00:00.000Z')).toBe(3);
    expect(monthsOld('2026-05-22', '2026-11-21T12:00:00.000Z')).toBe(5);
    expect(monthsOld('2026-05', '2026-11-21T12:00:00.000Z')).toBe(6);
    expect(monthsOld('unknown', '2026-11-21T12:00:00.000Z')).toBeNull();
  });

  it('warns past six months (six whole months and a day)', () => {
    expect(isStale('2026-05-22', '2026-11-21T12:00:00.000Z')).toBe(false);
    expect(isStale('2026-05-21', '2026-11-21T12:00:00.000Z')).toBe(false);
    expect(isStale('2026-05-20', '2026-11-21T12:00:00.000Z')).toBe(true);
    expect(isStale('garbage', '2026-11-21T12:00:00.000Z')).toBe(false);
  });
});
