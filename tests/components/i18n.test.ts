// The translation layer: complete catalogs, plurals by each language's rules, parameters as text,
// the browser's language picked, and dates in the reader's language.
import { describe, expect, it } from 'vitest';
import {
  CATALOGS,
  createTranslator,
  formatDate,
  LANGUAGES,
  pickLanguage,
  resolveLanguage,
} from '../../components/i18n';
import { en as interfaceEn } from '../../components/i18n/en';
import { translateParts } from '../../components/explanation';

// Interface text and verdict explanations (`explain.*`, lib/verify/explain/en.ts) together.
const en = CATALOGS.en;

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (keys: string[]) => new Set(keys.map((k) => k.replace(PLURAL, '')));
const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, and no key English lacks', (l) => {
    expect([...base(Object.keys(CATALOGS[l]))].sort()).toEqual([...base(Object.keys(en))].sort());
  });

  it.each(LANGUAGES)('%s gives every plural key an "other" form and uses the same parameters', (l) => {
    const catalog = CATALOGS[l];
    for (const key of Object.keys(catalog)) {
      if (PLURAL.test(key)) expect(catalog[key.replace(PLURAL, '_other')], key).toBeDefined();
      const english = en[key] ?? en[key.replace(PLURAL, '_other')];
      expect(params(catalog[key]!), `${l} ${key}`).toEqual(params(english!));
    }
  });

  it('translates the disclaimer into every language (never left in English)', () => {
    for (const l of LANGUAGES.filter((x) => x !== 'en'))
      expect(CATALOGS[l]['disclaimer.text']).not.toBe(interfaceEn['disclaimer.text']);
  });
});

describe('t', () => {
  it('fills parameters as plain text and picks the plural form of each language', () => {
    const t = { en: createTranslator('en'), zh: createTranslator('zh-CN'), es: createTranslator('es') };
    expect(t.en('tier.unverified', { count: 1 })).toBe('1 statement could not be checked');
    expect(t.en('tier.unverified', { count: 3 })).toBe('3 statements could not be checked');
    expect(t.es('tier.unverified', { count: 1 })).toBe('1 afirmación no se pudo comprobar');
    expect(t.es('tier.unverified', { count: 1_000_000 })).toBe(
      '1000000 afirmaciones no se pudieron comprobar',
    );
    expect(t.zh('tier.unverified', { count: 1 })).toBe('1 处说法无法核对');
    expect(t.en('summary.words', { count: 2140 })).toBe('2,140 words read');
    expect(t.en('statement.about', { names: '<b>&amp;' })).toBe('About <b>&amp;');
  });

  it('turns structured explanation parts into translated sentences, and gives up on unknown keys', () => {
    const t = createTranslator('es');
    expect(translateParts([{ key: 'noEntry', params: { productId: 'x' } }], t, 'es')).toBe(
      'Los datos de referencia no tienen ninguna entrada para x.',
    );
    expect(
      translateParts(
        [
          { key: 'noEntry', params: { productId: 'x' } },
          { key: 'nope', params: {} },
        ],
        t,
        'es',
      ),
    ).toBe(undefined);
  });
});

describe('language choice', () => {
  it('follows the browser’s first language we have, by language', () => {
    expect(pickLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(['es-419'])).toBe('es');
    expect(pickLanguage(['fr-FR', 'es-ES', 'en'])).toBe('es');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('lets the setting override the browser', () => {
    expect(resolveLanguage('es', ['zh-CN'])).toBe('es');
    expect(resolveLanguage('auto', ['zh-CN'])).toBe('zh-CN');
  });

  it('writes dataset dates in the reader’s language, day, month or year precise', () => {
    expect(formatDate('2017-08-30', 'en')).toBe('30 Aug 2017');
    expect(formatDate('2021-08', 'en')).toBe('Aug 2021');
    expect(formatDate('2003', 'es')).toBe('2003');
    expect(formatDate('2017-08-30', 'zh-CN')).toBe('2017年8月30日');
    expect(formatDate('2017-08-30', 'es')).toBe('30 ago 2017');
    expect(formatDate('soon', 'es')).toBe('soon');
  });
});
