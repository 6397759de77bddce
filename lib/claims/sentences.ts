// Sentence ranges over a block's normalized text, by the block's language. English goes through
// compromise/one (the tokenizer-only build, to keep the content script small), whose abbreviation and
// initial handling suits English; we re-join splits it makes after abbreviations common on medical
// pages ("vs.", "approx.", "e.g."), which it does not know. Every other language goes through
// Intl.Segmenter (built into browsers and Node: no bundle cost), which knows "。", "！" and 「」 without
// spaces and does not end a sentence before a lower-case word ("в 2021 г. в России"); it knows no
// abbreviations, so splits after the common ones of each language ("z. B.", "ca.", "EE. UU.", "2. März")
// are re-joined the same way.
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

/**
 * Sentence ranges of `text` (trimmed, in order, offsets into `text`). `lang` is the block's primary
 * language subtag; English, and any language when Intl.Segmenter is missing, use compromise.
 */
export function splitSentences(text: string, lang = 'en'): Range[] {
  if (lang !== 'en') {
    const segmenter = sentenceSegmenter(lang);
    if (segmenter !== null) return splitIntl(text, lang, segmenter);
  }
  return splitCompromise(text);
}

function splitCompromise(text: string): Range[] {
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

// --- Intl.Segmenter, for every language but English -------------------------------------------

/** Segmenters by language, made once each; null where Intl.Segmenter is missing or rejects the tag. */
const segmenters = new Map<string, Intl.Segmenter | null>();

function sentenceSegmenter(lang: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter =
        typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'sentence' }) : null;
    } catch {
      segmenter = null;
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Characters that can end a sentence (UAX #29 ATerm/STerm, the ones pages use): none means one sentence. */
const MAYBE_ENDS = /[.!?。！？｡…؟۔।॥‼⁇⁈⁉]/;

function splitIntl(text: string, lang: string, segmenter: Intl.Segmenter): Range[] {
  const whole = trim(text, 0, text.length);
  if (whole.end <= whole.start) return [];
  if (!MAYBE_ENDS.test(text)) return [whole];
  const out: Range[] = [];
  const abbreviation = abbreviationEnd(lang);
  const ordinals = ORDINAL_LANGS.has(lang);
  /** Start of openers left over from the previous segment, or -1. */
  let carry = -1;
  /** Straight quotes before the segment: an odd count at its end means the last one opens. */
  let quotes = 0;
  for (const [index, end] of segmentsOf(text, segmenter)) {
    const start = carry >= 0 ? carry : index;
    // UAX #29 counts opening brackets as closing punctuation: "。「キムリア」" would leave "「" behind.
    const open = openerEnd(text, quotes, index, end);
    quotes += countQuotes(text, index, end);
    carry = open < end ? (open === index ? start : open) : -1;
    const range = trim(text, start, open);
    if (range.end <= range.start || open === index) continue;
    const prev = out[out.length - 1];
    if (prev && continues(text, prev, range, abbreviation, ordinals)) prev.end = range.end;
    else out.push(range);
  }
  if (carry >= 0) {
    const rest = trim(text, carry, text.length);
    const prev = out[out.length - 1];
    if (prev && rest.end > rest.start) prev.end = rest.end;
  }
  LOWER_START.lastIndex = 0;
  return LOWER_START.test(text) ? out.flatMap((r) => splitBeforeLower(text, r, abbreviation, ordinals)) : out;
}

/**
 * Characters Intl.Segmenter reads at once: in V8 its time grows with the square of the string's
 * length (a 500 KB block takes seconds), so long text is read in windows cut where a sentence ends.
 */
const WINDOW = 2000;
/** A sentence end Intl would split at too: "." before a space and no lower-case letter, or "。". */
const WINDOW_CUT = /[.!?。！？]["')\]」』]*\s+(?=[^\p{Ll}\s])|[。！？]["')\]」』]*(?=\S)/gu;

/** [start, end) of each sentence Intl.Segmenter finds, window by window. */
function* segmentsOf(text: string, segmenter: Intl.Segmenter): Generator<[number, number]> {
  for (let start = 0; start < text.length;) {
    const end = text.length - start <= WINDOW ? text.length : windowEnd(text, start);
    for (const { index, segment } of segmenter.segment(text.slice(start, end)))
      yield [start + index, start + index + segment.length];
    start = end;
  }
}

/** Where the window from `start` ends: the last sentence end in its second half, else a space. */
function windowEnd(text: string, start: number): number {
  const from = start + WINDOW / 2;
  const half = text.slice(from, start + WINDOW);
  let cut = -1;
  WINDOW_CUT.lastIndex = 0;
  for (let m = WINDOW_CUT.exec(half); m; m = WINDOW_CUT.exec(half)) cut = m.index + m[0].length;
  if (cut < 0) cut = half.lastIndexOf(' ') + 1;
  if (cut <= 0) {
    // No space either (run-on CJK or Thai): a hard cut, not inside a surrogate pair.
    cut = half.length;
    const c = text.charCodeAt(from + cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }
  return from + cut;
}

/** A sentence end before a lower-case Latin letter, which UAX #29 never splits at. */
const LOWER_START = /[.!?]+["')\]]*\s+(?=[a-zß-öø-ÿ])/g;
const SHORT_WORD = /(?<![\p{L}\p{N}])\p{L}{1,2}\.$/u;

/**
 * Forum posts are often written in lower case ("hola a todos. mi padre tiene linfoma."); as
 * compromise does for English, end a sentence there unless an abbreviation, an ordinal or a one- or
 * two-letter word ("p. ej.", "ca.", "2.", "no.") comes before the full stop.
 */
function splitBeforeLower(text: string, r: Range, abbreviation: RegExp, ordinals: boolean): Range[] {
  const part = text.slice(r.start, r.end);
  const out: Range[] = [];
  let start = r.start;
  LOWER_START.lastIndex = 0;
  for (let m = LOWER_START.exec(part); m; m = LOWER_START.exec(part)) {
    const end = r.start + m.index + m[0].trimEnd().length;
    const tail = text.slice(Math.max(start, end - TAIL_CHARS), end);
    if (
      abbreviation.test(tail) ||
      DOTTED.test(tail) ||
      SHORT_WORD.test(tail) ||
      ELLIPSIS.test(tail) ||
      (ordinals && ORDINAL.test(tail))
    )
      continue;
    out.push(trim(text, start, end));
    start = r.start + m.index + m[0].length;
  }
  out.push(trim(text, start, r.end));
  return out.filter((x) => x.end > x.start);
}

/** Opening brackets; a straight quote opens when the segment holds an odd number of them. */
const OPENERS = /[「『([{【〔〈《〖〘〚]/;

/**
 * Where the segment [start, end) stops once the openers (and spaces) it ends with are left to the
 * next; `quotesBefore` straight quotes come before the segment in the block.
 */
function openerEnd(text: string, quotesBefore: number, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  let k = e;
  for (;;) {
    const c = text[k - 1];
    if (k > start && c !== undefined && OPENERS.test(c)) k--;
    else if (c === '"' && k > start && (quotesBefore + countQuotes(text, start, k)) % 2 === 1) k--;
    else break;
  }
  return k < e ? k : end;
}

function countQuotes(text: string, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 34) n++;
  return n;
}

/** Enough of a sentence's end to read the abbreviation it may end with. */
const TAIL_CHARS = 24;

/**
 * True when the split between `prev` and `next` is after an abbreviation, not a sentence: UAX #29
 * ends a sentence at ". " before a capital ("z. B. Fieber", "ca. 5 Mio. Euro", "Dr. Müller").
 */
function continues(text: string, prev: Range, next: Range, abbreviation: RegExp, ordinals: boolean): boolean {
  const tail = text.slice(Math.max(prev.start, prev.end - TAIL_CHARS), prev.end);
  if (abbreviation.test(tail) || DOTTED.test(tail)) return true;
  // Punctuation alone ("。" after a window cut, a stray quote) belongs to the sentence before it.
  if (!WORDISH.test(text.slice(next.start, next.end))) return true;
  // "Q. …", "A. …", "1. …": a list or FAQ marker, not a sentence.
  if (prev.end - prev.start <= 4 && MARKER.test(text.slice(prev.start, prev.end))) return true;
  // An ellipsis glued to the next word is a pause ("허가...림프종"), not an end.
  if (next.start === prev.end && ELLIPSIS.test(tail)) return true;
  // "EE. UU.", "U. S.": a one- or two-letter capital abbreviation followed by another.
  if (CAPITAL_PART.test(tail) && NEXT_CAPITAL_PART.test(text.slice(next.start, next.start + 4))) return true;
  // "С марта 2024 г. Карвикти …": a date alone, with at most a preposition and a month, is no
  // sentence; its "г." (year) abbreviates, though after a longer sentence it often ends one.
  if (DATE_ONLY.test(text.slice(prev.start, prev.end))) return true;
  // A date written with dots ("킴리아주(2021. 3. 5.), 카빅티주(2023. 3. 16.)"): a full stop between its
  // numbers, or after its last one before a bracket, a comma or a word glued to it ("…29.)가 식약처"),
  // ends no sentence.
  const head = text.slice(next.start, next.start + 4);
  if (DOTTED_DATE_PART.test(tail) && /^\d{1,2}\./u.test(head)) return true;
  if (DOTTED_DATE_END.test(tail) && (next.start === prev.end || /^[)）,，]/u.test(head))) return true;
  return ordinals && ORDINAL.test(tail);
}

const DOTTED_DATE_PART = /(?<!\p{N})(?:(?:19|20)\d{2}|\d{1,2})\.$/u;
const DOTTED_DATE_END = /(?:19|20)\d{2}\.\s?\d{1,2}\.(?:\s?\d{1,2}\.)?[)）]?$/u;
const DATE_ONLY = /^(?:\p{L}{1,2}\s+)?(?:\d{1,2}\s+)?(?:\p{L}+\s+)?(?:19|20)\d{2}\s*г\.$/u;

/** Abbreviations common to the languages read here (Latin words and titles). */
const COMMON_ABBREVIATIONS =
  'vs|approx|e\\.\\s?g|i\\.\\s?e|etc|ca|cf|dr|prof|fig|ref|al|inc|vol|nr|tel|tél|fax';

// Abbreviations that are followed by a capital or a number more often than they end a sentence.
// Those that often end one ("usw.", "и т. д.", "г." after a year) are left out: a sentence glued to
// the next would pair the wrong product and figure.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  de: 'z|d|u|s|bzw|evtl|ggf|inkl|max|min|mind|mio|mrd|tab|abb|vgl|sog|bspw|zzgl|st|jan|feb|apr|aug|sept?|okt|nov|dez',
  es: 'p|aprox|dra|sra?|sres|núm|pág|ej|máx|mín|ud|uds|lic|ene|feb|abr|ago|sept?|oct|nov|dic',
  pt: 'p|aprox|dra|sra?|n\\.?º|pág|ex|máx|mín|jan|fev|abr|ago|set|out|nov|dez',
  fr: 'p|env|ex|mme|mlle|pr|janv|févr|avr|juil|sept|oct|nov|déc|max|min',
  it: 'ecc|dott|dott\\.ssa|sig|sig\\.ra|pag|gen|feb|apr|mag|giu|lug|ago|sett?|ott|nov|dic',
  nl: 'bijv|blz|dhr|mevr|mln|mld|jan|feb|apr|aug|sept?|okt|nov|dec',
  ru: 'т\\.\\s?е|т\\.\\s?к|напр|проф|им|ок|млн|млрд|тыс',
};

const abbreviationRes = new Map<string, RegExp>();

function abbreviationEnd(lang: string): RegExp {
  let re = abbreviationRes.get(lang);
  if (re === undefined) {
    const own = ABBREVIATIONS[lang];
    const words = own === undefined ? COMMON_ABBREVIATIONS : `${COMMON_ABBREVIATIONS}|${own}`;
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})\\.$`, 'iu');
    abbreviationRes.set(lang, re);
  }
  return re;
}

const WORDISH = /[\p{L}\p{N}]/u;
const MARKER = /^(?:\p{Lu}|\d{1,3})[.)]$/u;
const ELLIPSIS = /(?:\.\.\.|…)$/;

/** Letters with dots inside: "U.S.", "EE.UU.", "z.B.", "d. h.", "u.a.", "p. ej.". */
const DOTTED = /(?<![\p{L}\p{N}])\p{L}{1,2}\.\s?(?:\p{L}{1,2}\.\s?)*\p{L}{1,2}\.$/u;
const CAPITAL_PART = /(?<![\p{L}\p{N}])\p{Lu}{1,2}\.$/u;
const NEXT_CAPITAL_PART = /^\p{Lu}{1,2}\./u;

/** Languages that write ordinals as a number and a dot ("am 2. März", "2. linje"). */
const ORDINAL_LANGS = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'fi',
  'cs',
  'sk',
  'pl',
  'hu',
  'sl',
  'hr',
  'sr',
  'bs',
  'et',
  'lv',
  'is',
  'tr',
]);
const ORDINAL = /(?<![\p{L}\p{N}.,])\d{1,2}\.$/u;
