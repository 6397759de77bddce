// The language-pack registry in the content scripts' isolated world, and how the sniffer's answer
// becomes the pack files to inject.
import { describe, expect, it } from 'vitest';
import { PACK as de } from '../../lib/match/multilingual/de';
import { PACK as ja } from '../../lib/match/multilingual/ja';
import { PACK_LANGUAGES } from '../../lib/normalize/packs';
import {
  languagePackFile,
  packLanguagesFromSniffer,
  registeredLanguagePacks,
  registerLanguagePack,
} from '../../utils/language-packs';

describe('the language-pack registry', () => {
  it('starts empty, keeps each pack once, and reads them in pack order', () => {
    const world = {};
    expect(registeredLanguagePacks(world)).toEqual([]);
    registerLanguagePack(ja, world);
    registerLanguagePack(de, world);
    registerLanguagePack(ja, world);
    expect(registeredLanguagePacks(world)).toEqual([de, ja]);
  });

  it('lives under a symbol, not a name the page could guess from its own world', () => {
    const world = {};
    registerLanguagePack(de, world);
    expect(Object.keys(world)).toEqual([]);
    expect(Object.getOwnPropertySymbols(world)).toEqual([Symbol.for('therapylens.language-packs')]);
  });
});

describe('packLanguagesFromSniffer', () => {
  it('keeps the languages the sniffer named, in pack order', () => {
    expect(packLanguagesFromSniffer(['ja', 'de'])).toEqual(['de', 'ja']);
    expect(packLanguagesFromSniffer([])).toEqual([]);
  });

  it('injects every pack when the sniffer gave no usable answer', () => {
    for (const broken of [undefined, null, 'ja', ['ja', 'xx'], [1]])
      expect(packLanguagesFromSniffer(broken)).toEqual([...PACK_LANGUAGES]);
  });

  it('names one built file per language', () => {
    expect(languagePackFile('zh')).toBe('/lang-zh.js');
  });
});
