// Quick rejection for the claims stage's multilingual patterns. Many begin alternatives with a
// letter-boundary lookbehind, `(?<![\p{L}])`, because \b is ASCII-only; a lookbehind at the start
// keeps the regex engine from skipping ahead to a possible first character, so it tries every
// alternative at every position. The same pattern without its letter-boundary assertions matches
// wherever the original does (dropping a zero-width condition only widens it) and is many times
// faster to run: when it finds nothing, the original would have found nothing either.
const LETTER_BOUNDARY = ['(?<![\\p{L}])', '(?![\\p{L}])'];

/**
 * The pattern's source without its letter-boundary assertions. One inside a negative lookaround
 * would narrow the pattern instead of widening it: that is refused, not silently mis-filtered.
 */
function loosen(source: string): string {
  let out = '';
  // For each open group: is it a negative lookaround?
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    const boundary = LETTER_BOUNDARY.find((b) => source.startsWith(b, i));
    if (boundary !== undefined) {
      if (groups.includes(true))
        throw new Error(`looseUnion: letter boundary inside a negative lookaround: ${source}`);
      i += boundary.length - 1;
      continue;
    }
    if (c === '(') groups.push(source.startsWith('(?!', i) || source.startsWith('(?<!', i));
    else if (c === ')') groups.pop();
    out += c;
  }
  return out;
}

/** A wider, faster pattern that matches wherever any of `patterns` does (same flags, no `g`/`y`). */
export function looseUnion(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags.replace(/[gy]/g, '') ?? '';
  if (patterns.some((re) => re.flags.replace(/[gy]/g, '') !== flags))
    throw new Error('looseUnion: patterns must share their flags');
  return new RegExp(patterns.map((re) => `(?:${loosen(re.source)})`).join('|'), flags);
}
