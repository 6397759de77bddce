// Every explanation template the engine can emit (the keys of lib/verify/explain/en.ts, not a hand
// list) is in every catalog as `explain.<key>`, with the same placeholders, and is translated.
import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGUAGES } from '../../components/i18n';
import { EXPLAIN_EN } from '../../lib/verify/explain/en';

const keys = Object.keys(EXPLAIN_EN) as (keyof typeof EXPLAIN_EN)[];
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
/** English words outside placeholders (an article alone, "the {{regulator}}", is not one): those must be translated. */
const hasWords = (s: string) => /[a-z]{3,}/.test(s.replace(/\{\{\w+\}\}|\bthe\b/g, ''));

describe('explanation catalogs', () => {
  it('the engine has templates to check', () => {
    expect(keys.length).toBeGreaterThan(150);
  });

  it.each(LANGUAGES)('%s has every template, with the same placeholders, and no other', (language) => {
    const catalog = CATALOGS[language];
    for (const key of keys) {
      const text = catalog[`explain.${key}`];
      expect(text, `${language} explain.${key}`).toBeTypeOf('string');
      expect(placeholders(text!), `${language} explain.${key}`).toEqual(placeholders(EXPLAIN_EN[key]));
    }
    const extra = Object.keys(catalog).filter((k) => k.startsWith('explain.') && !(k.slice(8) in EXPLAIN_EN));
    expect(extra).toEqual([]);
  });

  it('English is the engine’s own wording', () => {
    for (const key of keys) expect(CATALOGS.en[`explain.${key}`]).toBe(EXPLAIN_EN[key]);
  });

  it('Chinese and Spanish translate every template that has words', () => {
    for (const key of keys.filter((k) => hasWords(EXPLAIN_EN[k]))) {
      expect(CATALOGS['zh-CN'][`explain.${key}`], key).toMatch(/\p{Script=Han}/u);
      expect(CATALOGS.es[`explain.${key}`], key).not.toBe(EXPLAIN_EN[key]);
    }
  });
});
