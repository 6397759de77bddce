// A sentence whose subject is a product the page has not named: "In November 2025, a CAR-T
// product for myeloma became the first…", "一款治疗多发性骨髓瘤的CAR-T制品成为…", "Ein weiteres
// Präparat…", "Другой препарат…". It is about that other product, so it must not inherit the
// section's product (whose record would then be judged against what the other one did), and the
// sentences after it are no longer about the section's product either.
//
// Only a subject counts: the indefinite phrase opens the sentence or a clause after a fronted date
// or place ("In 2025, a …"); a predicate ("Kymriah is a CAR-T product…", "它是一款…产品") never
// opens one. English and Chinese are here (the Chinese pack is at its size budget); each other
// language's words come with its pack (LanguagePack.another), compiled once per analysis into the
// dataset index.
import type { SentenceContext } from './types';

/**
 * What may stand between the article and the noun: a capitalized or coded word ("a BCMA-directed
 * CAR-T") or a few adjectives. Case-sensitive, so that "a panel voted the product" is no subject.
 */
const MODIFIER = String.raw`(?:[A-Z0-9][\p{L}\d]*(?:-[\p{L}\d]+)*|\p{L}+-(?:directed|targeted)|new|newer|novel|further|second|domestic|autologous|allogeneic|experimental|investigational)`;
const CAR_T = String.raw`CAR[- ]?T(?:[- ]cell)?s?`;

/**
 * "another …" with any word for a treatment; a plain "a …" only with a product's ("a treatment"
 * may be a course of it).
 */
const ENGLISH = String.raw`(?:^|[,;:]\s+)(?:(?:[Aa]nother|[Aa] different|[Oo]ne other)\s+(?:${MODIFIER}\s+){0,3}?(?:${CAR_T}|(?:cell |gene )?therapy|product|treatment|drug|medicine)|[Aa]n?\s+(?:${MODIFIER}\s+){0,3}?(?:${CAR_T}|(?:cell|gene) therapy|product))(?![\p{L}])`;

/** Chinese, after the text is folded: "一款/另一款/又一款/某款/一种 …产品/药物/制品" opening a clause. */
const CHINESE = String.raw`(?:^|[，,：:])\s*(?:另(?:外)?一(?:款|种|个)|又一(?:款|种)|某(?:款|种)|一(?:款|种|个))[^，。；,;]{0,24}?(?:产品|药物|药品|制品|製品)`;

/** English, Chinese and the given packs' words for another product as a subject, as one pattern. */
export function anotherProductOf(packs: readonly string[]): RegExp {
  return new RegExp([ENGLISH, CHINESE, ...packs].join('|'), 'u');
}

/** Whether the sentence's subject is a product it does not name (see above). */
export function introducesAnotherProduct(s: SentenceContext): boolean {
  if (s.hits.some((h) => h.kind === 'product')) return false;
  return s.dataset.anotherProduct.test(s.text);
}
