// The product heading in the reader's script: a Latin-script reader gets the Latin brand (or the
// INN when the only brand is Chinese) with the development code, and the other-script names after;
// a Chinese reader gets the Chinese name first. Pure: the dataset's names and the reader's language.
import type { Product } from '../lib/dataset/schema';

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u;
const HAN = /\p{Script=Han}/u;

export interface ProductHeading {
  /** What the heading leads with. */
  primary: string;
  /** INN and code, when they add something to the primary name. */
  secondary: string[];
  /** Names in another script than the reader's, shown after (with their own lang attribute). */
  otherScript: { text: string; lang: string }[];
}

export function productHeading(
  names: Product['names'] | undefined,
  fallback: string,
  readerLanguage: string,
): ProductHeading {
  if (!names) return { primary: fallback, secondary: [], otherScript: [] };
  const brands = names.brands.map((b) => b.name);
  const latinBrand = brands.find((b) => LATIN.test(b));
  const hanNames = [...new Set([...brands.filter((b) => HAN.test(b)), ...names.chinese])];
  const code = names.codes[0];
  const readsHan = readerLanguage.toLowerCase().startsWith('zh');
  // The INN as the dataset and WHO write it, in lower case.
  const latinPrimary = latinBrand ?? names.inn ?? code ?? fallback;
  const primary = readsHan && hanNames[0] ? hanNames[0] : latinPrimary;
  const secondary: string[] = [];
  const seen = new Set([primary.toLowerCase()]);
  const add = (s: string | undefined) => {
    if (s && !seen.has(s.toLowerCase())) {
      seen.add(s.toLowerCase());
      secondary.push(s);
    }
  };
  if (readsHan && primary !== latinPrimary) add(latinPrimary);
  add(names.inn);
  add(code);
  // One other-script name (the brand, listed first) is enough to recognize it on a Chinese page.
  const otherScript = readsHan
    ? []
    : hanNames
        .filter((n) => !seen.has(n.toLowerCase()))
        .slice(0, 1)
        .map((text) => ({ text, lang: 'zh' }));
  return { primary, secondary, otherScript };
}
