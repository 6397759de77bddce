// A place the sentence sets aside ("outside China", "außerhalb der EU", "중국 밖에서는") is not the
// regulator of its denial: "not approved outside the EU" says nothing against the EMA's approval.
import { describe, expect, it } from 'vitest';
import { claimOf } from './helpers';
import { field } from '../helpers/frames';

describe('a place set aside', () => {
  it.each([
    'Kymriah ist außerhalb der EU nicht zugelassen.',
    'Kymriah has not been approved outside the European Union.',
    'Fuera de Europa, Kymriah no está aprobado.',
    'Kymriah n’est pas autorisé en dehors de l’Europe.',
  ])('%j is no denial of the EMA’s approval', (text) => {
    const c = claimOf(text, 'approval');
    expect(field(c, 'regulator') ?? null).not.toBe('EMA');
    expect(c.verdict).toBe('unverified');
  });

  it('a place named as such is still the denial’s regulator', () => {
    const c = claimOf('Kymriah ist in der EU nicht zugelassen.', 'approval');
    expect(field(c, 'regulator')).toBe('EMA');
    expect(c.verdict).toBe('differs');
  });
});

describe('a denial by a regulator TherapyLens does not track, unnamed', () => {
  it('says "the regulator the page names", not "the another regulator"', () => {
    const c = claimOf('Carvykti no tiene registro sanitario en México.', 'approval');
    expect(c.verdict).toBe('unverified');
    expect(c.explanation).toContain('by the regulator the page names');
  });
});

describe('a denial’s line is in its own clause', () => {
  it('"not licensed for second-line use; … after two or more lines" denies the second line only', () => {
    const c = claimOf(
      'Kymriah is not licensed for second-line use; in Europe it is given after two or more lines of therapy.',
      'indication',
    );
    expect(field(c, 'minPriorLines')).toBe(1);
    expect(c.verdict).not.toBe('differs');
  });
});
