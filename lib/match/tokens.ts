// Word tokens over normalized text. A token is a run of letters/digits, further split where
// glued text changes case ("ALLResponse" → "ALL" + "Response"), so names stuck to the next word
// in key-number boxes still sit on token boundaries. Names are matched on concatenations of
// tokens joined by spaces, hyphens or line-break hyphenation, so "Tisagen-\nlecleucel",
// "axicabtagene  ciloleucel" and "B cell" / "B-cell" all reach the same key.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Han, kana and hangul: scripts whose names are found by substring search, so a Latin name glued
// to them ("のBCMA標的", "CD19를") is cut free as its own token.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+/;
/** Where glued text may change case (see isCaseBreak); a text without it has no run to split. */
const CASE_STEP = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;

// Per word: one native regex step and a few builtin calls, no per-character JavaScript: the
// analysis often runs before the engine has optimized it (a fresh page), where loops cost most.
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const cjk = CJK.test(text);
  const steps = CASE_STEP.test(text);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    // Chinese is found by substring search; Latin runs glued to it ("靶向CD19") are still tokens.
    const run = m[0];
    if (!cjk || !CJK.test(run)) {
      splitRun(out, run, m.index, steps);
      continue;
    }
    let cursor = 0;
    for (const part of run.split(CJK_RUN)) {
      const at = run.indexOf(part, cursor);
      cursor = at + part.length;
      if (part.length > 0) splitRun(out, part, m.index + at, steps);
    }
  }
  return out;
}

function splitRun(out: Token[], run: string, at: number, steps: boolean): void {
  if (!steps || run.length < 4 || !CASE_STEP.test(run)) {
    push(out, run, at);
    return;
  }
  let from = 0;
  for (let j = 1; j < run.length; j++) {
    if (isCaseBreak(run, j)) {
      push(out, run.slice(from, j), at + from);
      from = j;
    }
  }
  push(out, run.slice(from), at + from);
}

function push(out: Token[], text: string, start: number): void {
  out.push({ start, end: start + text.length, text, lower: foldCase(text.toLowerCase()) });
}

/** Russian case endings: "лимфомой", "лимфомы", "лимфоме" and "лимфома" are one word to the matcher; "Кимраю" and "Кимрая" too. */
const CYRILLIC = /[а-яё]/;
const RUSSIAN_ENDING =
  /(?:ыми|ими|ами|ями|ого|его|ому|ему|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ом|ем|ую|юю|ах|ях|ов|ев|а|я|ы|и|е|у|ю|о)$/;

/**
 * A word's matching form: Cyrillic words of six letters or more without their case ending (short
 * words keep theirs, so "Кимры", a town, never meets "Кимрая", a product).
 */
function foldCase(lower: string): string {
  if (lower.length < 6 || !CYRILLIC.test(lower)) return lower;
  // A stem's own last vowel goes too: "Кимраю" loses "ю" where "Кимрая" loses "ая", and both are "кимр".
  const stem = lower.replace(RUSSIAN_ENDING, '').replace(STEM_VOWEL, '');
  return stem.length >= 4 ? stem : lower;
}
const STEM_VOWEL = /[аяыиеёуюо]$/;

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLower(c: string | undefined): boolean {
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

/** "tsR|esponse" or "ALL|Response": a lower→Upper step, or the last capital of a capital run
 * followed by lower case — but only when the run before has ≥ 3 letters of the same shape, so
 * "KarMMa", "iNHL", "pCAR", "tFL" and "McLean" stay whole. */
function isCaseBreak(run: string, j: number): boolean {
  const prev = run[j - 1];
  const cur = run[j];
  if (isLower(prev) && isUpper(cur)) return lowerRunBefore(run, j) >= 3;
  if (isUpper(prev) && isUpper(cur) && isLower(run[j + 1]))
    return upperRunBefore(run, j) >= 2 && isLower(run[j + 2]);
  return false;
}

function lowerRunBefore(run: string, j: number): number {
  let n = 0;
  for (let k = j - 1; k >= 0 && isLower(run[k]); k--) n++;
  return n;
}
function upperRunBefore(run: string, j: number): number {
  let n = 0;
  for (let k = j - 1; k >= 0 && isUpper(run[k]); k--) n++;
  return n;
}

const SPACE = /^\s+$/u;
const HYPHEN = /^\s*[-\u2010\u2011\u2012\u2013\u00ad]\s*$/u;
const TIGHT = new Set(['', '.', '. ', ',', ', ', "'", '\u2019', '/', '\u00ad']);

/** May the two tokens around `sep` be read as parts of one name? */
export function joinable(sep: string): boolean {
  if (TIGHT.has(sep)) return true;
  if (sep.length > 6) return false;
  return SPACE.test(sep) || HYPHEN.test(sep);
}

/** Lower-case letters and digits only: the key a name is indexed and looked up by. */
export function keyOf(name: string): string {
  // Per word, so a Cyrillic name is keyed as the page's words are (without case endings).
  if (!CYRILLIC.test(name.toLowerCase())) return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return tokenize(name)
    .map((t) => t.lower)
    .join('');
}

/** Letters and digits in their original case (for case-sensitive names). */
export function shapeOf(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '');
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
