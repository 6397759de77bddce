import { describe, expect, it } from 'vitest';
import { allowedEdits, continues, editDistance } from '../../lib/match/fuzzy';
import { idsOf } from './helpers';

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps', () => {
    expect(editDistance('tisagenlecleucal', 'tisagenlecleucel', 2)).toBe(1);
    expect(editDistance('tisagenlecluecel', 'tisagenlecleucel', 2)).toBe(1);
    expect(editDistance('kymriah', 'kymria', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('allows one edit per eight letters', () => {
    expect(allowedEdits(7)).toBe(0);
    expect(allowedEdits(10)).toBe(1);
    expect(allowedEdits(16)).toBe(2);
  });

  it('accepts a second INN word cut short or slightly misspelt, not a different word', () => {
    expect(continues('autoleuce', 'autoleucel')).toBe(true);
    expect(continues('ciloleucal', 'ciloleucel')).toBe(true);
    expect(continues('auto', 'autoleucel')).toBe(false);
    expect(continues('injection', 'autoleucel')).toBe(false);
  });
});

describe('INNs written with accents', () => {
  it.each([
    ["L'idécabtagène vicleucel vise le BCMA.", 'idecabtagene-vicleucel'],
    ["L'axicabtagène ciloleucel est autorisé.", 'axicabtagene-ciloleucel'],
    ['El lisocabtagén maraleucel fue aprobado.', 'lisocabtagene-maraleucel'],
  ])('finds %j', (text, id) => {
    expect(idsOf(text, 'product')).toEqual([id]);
  });

  it('finds no product in an accented ordinary word', () => {
    expect(idsOf('La théraphie génétique des cellules déficientes.', 'product')).toEqual([]);
  });
});
