// A product that "followed" an approval the text just told dates its own approval: "Yescarta
// followed on 18 October 2017", "Breyanzi se sumó en mayo de 2024", "Carvykti a suivi en février
// 2022", "Carvykti則在2022年2月28日跟進". A verb of following is no approval word, so it counts only
// with a year beside it (after it, or before it where the language puts the date first), and never
// with the product as its object (see hasSubject): "followed by interleukin-2", "le patient a suivi
// un traitement par Kymriah en 2019" and "跟進CAR-T細胞治療的註冊" (to follow up on) date no approval.
// English is here; each language's verbs come with its pack (LanguagePack.followed), compiled once
// per analysis into the dataset index. Read by the approval rule as one of its triggers.
import type { FollowedNames } from '../match/multilingual/types';
import type { Hit } from '../match/types';

/** A year within the next few words: the date the verb's approval has. */
// A full stop may end a day's number ("am 5. Februar 2021").
const DATE_AHEAD = String.raw`(?=(?:\d\.|[^.;:!?。；]){0,28}?(?<!\d)(?:19|20)\d{2}(?!\d))`;
/** The same, further on: "fue el turno de Breyanzi, aprobado en 2024". */
const DATE_FURTHER = String.raw`(?=[^.;:!?。；]{0,60}?(?<!\d)(?:19|20)\d{2}(?!\d))`;
/**
 * A year (or "the same year", "同年") among the few words before `words` (which the pattern has just matched): the lookbehind comes
 * after the words, so it is tried only where they stand, never at every position of a sentence.
 */
const dateBefore = (words: string): string =>
  String.raw`(?<=(?:(?<!\d)(?:19|20)\d{2}(?!\d)|同年|같은 해|그해)[^.;:!?。；，,]{0,16}(?:${words}))`;

const ENGLISH: FollowedNames = { after: String.raw`(?<![\p{L}])followed\s+(?:in|on)(?![\p{L}])` };

/** A cheap test every language's verbs pass (the patterns decide), before the pattern runs. */
export const SUCCESSION_GATE =
  /follow|suivi|sumó|unió|añadió|siguió|seguiu|juntou|somou|folgte|続い|続き|跟进|跟進|뒤를|뒤따|a vez d|el turno|tour d|очеред/iu;

/** English and the given packs' verbs with the date each needs, as one global pattern. */
export function successionWordsOf(packs: readonly FollowedNames[]): RegExp {
  const verbs = [ENGLISH, ...packs];
  const after = verbs.flatMap((v) => v.after ?? []).join('|');
  const before = verbs.flatMap((v) => v.before ?? []).join('|');
  const turn = verbs.flatMap((v) => v.turn ?? []).join('|');
  const parts = [`(?:${after})${DATE_AHEAD}`];
  if (before !== '') parts.push(`(?:${before})${dateBefore(before)}`);
  // "Em 1º de abril de 2022 foi a vez do Carvykti", "fue el turno de Breyanzi en 2024".
  if (turn !== '') parts.push(`(?<turn>(?:${turn})(?:${dateBefore(turn)}|${DATE_FURTHER}))`);
  return new RegExp(parts.join('|'), 'giu');
}

/** Whether the words at `end` are followed at once by a product the matcher found: the turn's product. */
export function hasProductAfter(
  text: string,
  end: number,
  hits: ReadonlyArray<Hit & { at: number; to: number }>,
): boolean {
  return hits.some(
    (h) => h.kind === 'product' && h.at >= end && /^\s*(?:\p{L}{1,3}\s+)?$/u.test(text.slice(end, h.at)),
  );
}

/**
 * Whether the verb at `at` may have a product or regulator as its subject: one the matcher found before
 * it in its sentence ("Carvykti, from J&J and Legend, followed in February 2022"), or none named at all
 * (a subject carried from the text before: "Its second-line label followed on April 1, 2022"); not
 * where the only one comes after it, as its object ("le patient a suivi un traitement par Kymriah").
 */
export function hasSubject(
  text: string,
  at: number,
  hits: ReadonlyArray<Hit & { at: number; to: number }>,
): boolean {
  const named = hits.filter((h) => h.kind === 'product' || h.kind === 'regulator');
  return named.length === 0 || named.some((h) => h.to <= at && !/[.;:!?。；]/u.test(text.slice(h.to, at)));
}
