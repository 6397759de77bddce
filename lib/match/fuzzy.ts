// Typo tolerance for long product names only ("Tisagenlecleucal", "Inaticabtagene Autoleuce").
// Bounded so ordinary words never reach a name: the word must be ≥ 9 letters, share the first
// four letters, and differ by at most one edit per eight letters (adjacent swaps count as one).
import type { FuzzyWord, Lexicon } from './lexicon';
import { FUZZY_MIN_LENGTH } from './lexicon';

export function allowedEdits(length: number): number {
  return Math.floor(length / 8);
}

export function fuzzyLookup(lex: Lexicon, word: string): FuzzyWord | undefined {
  if (word.length < FUZZY_MIN_LENGTH - 1) return undefined;
  const candidates = lex.fuzzy.get(word.slice(0, 4));
  if (!candidates || !/^\p{L}+$/u.test(word)) return undefined;
  let best: FuzzyWord | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const limit = allowedEdits(c.key.length);
    if (Math.abs(c.key.length - word.length) > limit) continue;
    const d = editDistance(word, c.key, limit);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Does `word` stand for `target`: exact, a small typo, or cut short ("autoleuce")? */
export function continues(word: string, target: string): boolean {
  if (word === target) return true;
  if (word.length >= 6 && target.startsWith(word)) return true;
  return closeTo(word, target);
}

/** Within one edit per eight letters of `target` (a word shorter than eight letters must equal it). */
export function closeTo(word: string, target: string): boolean {
  const limit = allowedEdits(target.length);
  return Math.abs(word.length - target.length) <= limit && editDistance(word, target, limit) <= limit;
}

/** Optimal-string-alignment distance, abandoning once every cell in a row exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? limit + 1;
}
