// Sentence ranges over a block's normalized text. compromise/one (the tokenizer-only build, to keep
// the content script small) does the splitting; we re-join splits it makes after abbreviations
// common on medical pages ("vs.", "approx.", "e.g."), which it does not know.
import nlp from 'compromise/one';

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATION_END =
  /(?:\b(?:vs|approx|e\.g|i\.e|etc|mo|mos|yrs?|pts|no|nos|fig|ref|al|inc|ca|cf|dr|prof|st|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)$/i;
/** Without "., !, ?" followed by more text there is one sentence, and compromise need not run. */
const MAYBE_SEVERAL = /[.!?。！？]["'”’)\]]*\s+\S/;

type Splitter = (text: string) => string[];

/**
 * compromise's own sentence splitter, without building terms (the part of nlp() that costs ~13×
 * more and that we do not use). Falls back to nlp() if a future compromise moves the method.
 */
const splitter: Splitter = (() => {
  try {
    const world = (
      nlp as unknown as {
        world(): { methods: { one: { tokenize: { splitSentences?: (t: string, w: unknown) => string[] } } } };
      }
    ).world();
    const fn = world.methods.one.tokenize.splitSentences;
    if (typeof fn === 'function') return (text: string) => fn(text, world);
  } catch {
    // fall through to the slower public API
  }
  const options = { offset: true, terms: false } as unknown as object;
  return (text: string) => (nlp(text).json(options) as Array<{ text: string }>).map((s) => s.text);
})();

export function splitSentences(text: string): Range[] {
  if (text.trim().length === 0) return [];
  if (!MAYBE_SEVERAL.test(text)) {
    const whole = trim(text, 0, text.length);
    return CJK_STOP.test(text) ? splitCjk(text, whole) : [whole];
  }
  let pieces: string[] = [];
  try {
    pieces = splitter(text);
  } catch {
    pieces = [];
  }
  const out: Range[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    // The pieces are consecutive slices of the text; find each from where the last one ended.
    const at = text.indexOf(piece.trim(), cursor);
    if (at < 0) continue;
    const end = at + piece.trim().length;
    const range = trim(text, cursor, end);
    cursor = end;
    if (range.end <= range.start) continue;
    const prev = out[out.length - 1];
    if (prev && ABBREVIATION_END.test(text.slice(prev.start, prev.end))) prev.end = range.end;
    else out.push(range);
  }
  const last = out[out.length - 1];
  if (last && cursor < text.length) {
    const rest = trim(text, cursor, text.length);
    if (rest.end > rest.start) out.push(rest);
  }
  if (out.length === 0) {
    const whole = trim(text, 0, text.length);
    if (whole.end > whole.start) out.push(whole);
  }
  // A split inside a range needs its context in the range, so none in the whole text means none at all.
  LETTER_END.lastIndex = 0;
  const split = LETTER_END.test(text) ? out.flatMap((r) => splitAfterLetter(text, r)) : out;
  return CJK_STOP.test(text) ? split.flatMap((r) => splitCjk(text, r)) : split;
}

/** compromise reads "células B. Yescarta…" as an initial; after a lower-case word it ends a sentence. */
const LETTER_END = /(?<=\s\p{Ll}[\p{L}-]*\s\p{Lu}\.)\s+(?=\p{Lu}\p{Ll})/gu;

function splitAfterLetter(text: string, r: Range): Range[] {
  const part = text.slice(r.start, r.end);
  LETTER_END.lastIndex = 0;
  const out: Range[] = [];
  let start = r.start;
  for (let m = LETTER_END.exec(part); m; m = LETTER_END.exec(part)) {
    out.push(trim(text, start, r.start + m.index));
    start = r.start + m.index + m[0].length;
  }
  out.push(trim(text, start, r.end));
  return out.filter((x) => x.end > x.start);
}

function trim(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

const CJK_STOP = /[。！？]/;

/** compromise does not split at "。". */
function splitCjk(text: string, r: Range): Range[] {
  const out: Range[] = [];
  let start = r.start;
  for (let k = r.start; k < r.end; k++) {
    if (CJK_STOP.test(text[k]!)) {
      const piece = trim(text, start, k + 1);
      if (piece.end > piece.start) out.push(piece);
      start = k + 1;
    }
  }
  const rest = trim(text, start, r.end);
  if (rest.end > rest.start) out.push(rest);
  return out;
}
