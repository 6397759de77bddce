// Character folding for claim rules: one form per symbol, so a rule matches "≤", "<=" and "⩽" alike.
// Works on one grapheme-ish cluster at a time so the caller can keep an exact offset map.

/**
 * Kept as they are: NFKC would glue footnote and unit superscripts to numbers ("63¹" → "631"),
 * and would split the Thai and Lao vowel AM ("ำ" → "ํา"), changing real Thai text.
 */
const KEEP = /^[\u00aa\u00b2\u00b3\u00b9\u00ba\u2070-\u209f\u2120\u2122\u0e33\u0eb3]/;

const CHAR_MAP: Readonly<Record<string, string>> = {
  // Every dash and minus becomes "-" so rules see one form ("3–4", "3—4", "3−4").
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2e3a': '-',
  '\u2e3b': '-',
  '\ufe58': '-',
  '\u2043': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u00b4': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2248': '~',
  '\u223c': '~',
  '\u301c': '~',
  '\u2266': '\u2264',
  '\u2267': '\u2265',
  '\u2a7d': '\u2264',
  '\u2a7e': '\u2265',
  '\u0085': ' ',
  '\u1680': ' ',
  '\u2028': ' ',
  '\u2029': ' ',
  '\u3000': ' ',
  '\u205f': ' ',
};

/** Zero-width and formatting characters, soft hyphen, C0/C1 controls: dropped entirely. */
function isRemoved(c: number): boolean {
  return (
    c <= 0x08 ||
    (c >= 0x0e && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f && c !== 0x85) ||
    c === 0x00ad ||
    c === 0x034f ||
    c === 0x061c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

/** Whitespace that folds to one plain space (U+0085 and the others are in CHAR_MAP). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

function foldChar(ch: string): string {
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  const c = ch.charCodeAt(0);
  if (isSpace(c)) return ' ';
  if (isRemoved(c)) return '';
  return ch;
}

const cache = new Map<string, string>();

/** The folded form of one cluster (a code point and the combining marks after it). */
export function foldCluster(cluster: string): string {
  const hit = cache.get(cluster);
  if (hit !== undefined) return hit;
  let out = '';
  if (KEEP.test(cluster)) {
    out = cluster;
  } else {
    const premapped = CHAR_MAP[cluster] ?? cluster;
    for (const ch of premapped.normalize('NFKC')) out += foldChar(ch);
  }
  if (cache.size < 10_000) cache.set(cluster, out);
  return out;
}
