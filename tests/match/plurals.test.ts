import { describe, expect, it } from 'vitest';
import { pluralName, withPlurals } from '../../lib/match/multilingual/plurals';

describe('plurals of Romance condition names', () => {
  it('makes the head noun and the adjectives agreeing with it plural, and stops at a preposition', () => {
    expect(pluralName("tumeur de vessie n'infiltrant pas le muscle", 'fr')).toBe(
      "tumeurs de vessie n'infiltrant pas le muscle",
    );
    expect(pluralName('gliome malin', 'fr')).toBe('gliomes malins');
    expect(pluralName('sarcome synovial', 'fr')).toBe('sarcomes synoviaux');
    expect(pluralName('leucemia linfoblástica aguda de células B', 'es')).toBe(
      'leucemias linfoblásticas agudas de células B',
    );
    expect(pluralName('cáncer de vejiga', 'es')).toBe('cánceres de vejiga');
    expect(pluralName('tumor estromal', 'pt')).toBe('tumores estromais');
  });

  it('leaves abbreviations and names already plural alone', () => {
    expect(pluralName('TVNIM', 'fr')).toBeUndefined();
    expect(pluralName('LLA-B', 'es')).toBeUndefined();
    expect(pluralName('tumores sólidos', 'es')).toBeUndefined();
    expect(withPlurals({ melanoma: ['mélanome', 'mélanomes'] }, 'fr')).toEqual({
      melanoma: ['mélanome', 'mélanomes'],
    });
  });
});
