// A list of products whose names carry asides: "Lifileucel (Amtagvi, TIL-Präparat) und
// Afamitresgen-Autoleucel (Tecelra, TCR-Präparat) sind in den USA zugelassen" names two products the
// approval holds for. An aside with a date of its own is that product's own statement: a shared
// target or use still holds for each item, but no item takes another's date.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const of = (text: string, kind: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === kind)
    .map((c) => `${c.productId}${kind === 'approval' ? `:${field(c, 'date') ?? '-'}` : ''}`);

describe('products listed with asides', () => {
  it('gives the approval to each product when the asides hold only names and words', () => {
    expect(
      of(
        'Lifileucel (Amtagvi, TIL-Präparat) und Afamitresgen-Autoleucel (Tecelra, TCR-Präparat) sind in den USA zugelassen.',
        'approval',
      ),
    ).toEqual(['lifileucel:-', 'afamitresgene-autoleucel:-']);
  });

  it('gives a shared target to each product even when each aside has its own date', () => {
    expect(
      of(
        'In China sind mit Equecabtagen autoleucel (seit Juni 2023) und Zevorcabtagen autoleucel (seit Februar 2024) zwei eigene BCMA-CAR-T zugelassen.',
        'target',
      ),
    ).toEqual(['equecabtagene-autoleucel', 'zevorcabtagene-autoleucel']);
  });

  it('never gives one product the date in another’s aside', () => {
    const dates = of(
      'Für sie stehen Tecartus (Brexucabtagen-Autoleucel, in der EU seit September 2022 für Erwachsene ab 26 Jahren) und Aucatzyl (Obecabtagen-Autoleucel, seit 2025) zur Verfügung.',
      'approval',
    );
    expect(dates).toContain('brexucabtagene-autoleucel:2022-09');
    expect(dates.filter((d) => d.startsWith('obecabtagene-autoleucel'))).not.toContain(
      'obecabtagene-autoleucel:2022-09',
    );
  });
});
