// Repairs UTF-8 text that was decoded with a single-byte code page: Windows-1252 ("â€™" for "’",
// "Ã©" for "é") or Windows-874 / TIS-620 ("โ€”" for "—"), including the forms where bytes with no
// character in that code page were dropped on the way ("โค" for "≤": E2 89 A4 → โ, 0x89 lost, ค).
// The table is derived, not hand-written: every likely target character is encoded as UTF-8 and its
// bytes decoded each way a broken pipeline decodes them. Real Thai text is never touched: sequences
// made only of Thai letters ("โค", "ยท") are repaired only when no Thai letter stands on either side
// and the text has no Thai vowel or tone mark anywhere (real Thai always has them).
import { decodeCp1252, decodeCp874, utf8Bytes } from './codepages';

export interface Repair {
  /** The character the sequence stood for. */
  replacement: string;
  /** How many UTF-16 units of the input the sequence spans. */
  length: number;
}

interface Entry {
  target: string;
  /** The sequence is only Thai letters and spaces, so it needs non-Thai neighbours to count. */
  thaiOnly: boolean;
  /** Lost bytes left it ambiguous between quotes; the neighbours decide. */
  quoteByContext: boolean;
}

// Characters web pages actually carry. Where lost bytes make one sequence stand for several
// characters, the earliest here wins; lost-byte forms of anything not listed are left alone.
const PRIORITY = [
  '\u2014',
  '\u2013',
  '\u2019',
  '\u2018',
  '\u201c',
  '\u201d',
  '\u2022',
  '\u2026',
  '\u2264',
  '\u2265',
  '\u2248',
  '\u00b1',
  '\u00d7',
  '\u2212',
  '\u00b0',
  '\u00b7',
  '\u2122',
  '\u00ae',
  '\u00a9',
  '\u20ac',
  '\u00a3',
  '\u00a5',
  '\u00b5',
  '\u03bc',
  '\u03b1',
  '\u03b2',
  '\u03b3',
  '\u03b4',
  '\u03ba',
  '\u03bb',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2015',
  '\u2032',
  '\u2033',
  '\u2192',
  '\u2190',
  '\u2191',
  '\u2193',
  '\u2713',
  '\u2714',
  '\u2717',
  '\u2260',
  '\u223c',
  '\u2030',
  '\u00a7',
  '\u00b6',
  '\u00bd',
  '\u00bc',
  '\u00be',
  '\u00b2',
  '\u00b3',
  '\u00b9',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u200b',
  '\ufeff',
  '\u00ad',
  ...'éèêëáàâäãåçíìîïñóòôöõøúùûüýÿßæœÉÈÊËÁÀÂÄÃÅÇÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝŒÆ',
];

/** Target characters: Latin-1, Latin Extended-A, Greek, punctuation, currency, letterlike symbols,
 * fractions, arrows, mathematical operators, and the few shapes and check marks pages use as bullets. */
const TARGET_RANGES: readonly [number, number][] = [
  [0x00a0, 0x017f],
  [0x0391, 0x03c9],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2100, 0x215f],
  [0x2190, 0x2199],
  [0x2200, 0x22ff],
  [0x25a0, 0x25a1],
  [0x25b6, 0x25b6],
  [0x25ba, 0x25ba],
  [0x25cf, 0x25cf],
  [0x2605, 0x2606],
  [0x2713, 0x2718],
  [0xfeff, 0xfeff],
];

const QUOTES = new Set(['\u2018', '\u2019', '\u201c', '\u201d']);

function isThai(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x0e01 && c <= 0x0e5b;
}

function isThaiConsonant(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x0e01 && c <= 0x0e2e;
}

// Thai vowels and tone marks (except "โ"): real Thai text is full of them, while the mojibake
// this module repairs never produces them, since trail bytes 0x80–0xBF decode to consonants.
const REAL_THAI = /[\u0e30-\u0e41\u0e43-\u0e4e]/;

let lastScanned: string | undefined;
let lastHasRealThai = false;

/** Scans each input once, however many Thai-only candidates it holds. */
function hasRealThai(text: string): boolean {
  if (text !== lastScanned) {
    lastScanned = text;
    lastHasRealThai = REAL_THAI.test(text);
  }
  return lastHasRealThai;
}

type Decoder = (byte: number) => string | undefined;

/** Every way one byte of a UTF-8 sequence may have come out: [text, drops]. */
function byteForms(byte: number, decode: Decoder, isLead: boolean, leadByte: number): [string, number][] {
  if (isLead) {
    const ch = decode(byte);
    return ch === undefined ? [] : [[ch, 0]];
  }
  const forms: [string, number][] = [];
  const own = decode(byte);
  if (own !== undefined) forms.push([own, 0]);
  if (byte < 0xa0) {
    // Latin-1 / ISO-8859-11 decoders turn these into C1 controls, which later steps often strip.
    forms.push([String.fromCharCode(byte), 0], ['', 1]);
    const fallback = decodeCp1252(byte);
    if (own === undefined && fallback !== undefined) forms.push([fallback, 0]);
  } else if (byte === 0xa0 && leadByte === 0xc2) {
    // A mis-decoded no-break space is often turned into a plain one ("Â " for U+00A0).
    forms.push([' ', 1]);
  } else if (own === undefined) {
    forms.push(['', 1], ['\ufffd', 0]);
  }
  return forms;
}

function variants(bytes: number[], decode: Decoder): [string, number][] {
  const lead = bytes[0] ?? 0;
  let acc: [string, number][] = [['', 0]];
  for (let i = 0; i < bytes.length; i++) {
    const forms = byteForms(bytes[i]!, decode, i === 0, lead);
    const next: [string, number][] = [];
    for (const [text, drops] of acc) for (const [t, d] of forms) next.push([text + t, drops + d]);
    acc = next;
  }
  return acc;
}

interface Table {
  entries: Map<string, Entry>;
  maxLength: number;
}

const RANKS = new Map(PRIORITY.map((t, i) => [t, i]));
const rank = (t: string): number => RANKS.get(t) ?? PRIORITY.length + t.codePointAt(0)!;

/** The sequences starting with one lead character (built on first sight of that character). */
function buildTable(lead: string): Table {
  // Per key: the fewest drops seen, the best-ranked target at that count, and the quote
  // characters that tie with it (when lost bytes leave a sequence ambiguous between quotes).
  const best = new Map<string, { target: string; drops: number; quotes: Set<string> }>();
  for (const decode of [decodeCp1252, decodeCp874]) {
    for (const [from, to] of TARGET_RANGES) {
      for (let cp = from; cp <= to; cp++) {
        const bytes = utf8Bytes(cp);
        if (decode(bytes[0]!) !== lead) continue;
        const target = String.fromCodePoint(cp);
        for (const [key, drops] of variants(bytes, decode)) {
          if (key.length < 2) continue;
          const seen = best.get(key);
          if (seen === undefined || drops < seen.drops) {
            best.set(key, { target, drops, quotes: new Set(QUOTES.has(target) ? [target] : []) });
          } else if (drops === seen.drops) {
            if (QUOTES.has(target)) seen.quotes.add(target);
            if (rank(target) < rank(seen.target)) seen.target = target;
          }
        }
      }
    }
  }
  const entries = new Map<string, Entry>();
  let maxLength = 0;
  for (const [key, { target, drops, quotes }] of best) {
    if (drops > 0 && !RANKS.has(target)) continue;
    let evidence = false;
    for (let k = 1; k < key.length; k++) {
      const ch = key[k]!;
      if (!isThai(ch) && ch !== ' ' && ch !== '\u00a0') evidence = true;
    }
    entries.set(key, {
      target,
      thaiOnly: isThai(lead) && !evidence,
      quoteByContext: drops > 0 && quotes.size > 1,
    });
    maxLength = Math.max(maxLength, key.length);
  }
  return { entries, maxLength };
}

const tables = new Map<string, Table>();

function tableFor(lead: string): Table {
  let table = tables.get(lead);
  if (table === undefined) {
    table = buildTable(lead);
    tables.set(lead, table);
  }
  return table;
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;
// Lowercase only: "CARโT" is a hyphen, "donโt" an apostrophe.
const CONTRACTION = /^(?:s|re|ll|ve|d|m)(?!\p{L})/u;

/**
 * A mis-decoded dash or quote whose identifying bytes were lost ("โ" alone, "โ€"): read it from
 * its neighbours. Between digits it is a range ("Grade 3โ4"), inside a word an apostrophe when an
 * English contraction follows ("patientโs") or else a hyphen, otherwise a dash ("remissions โ years").
 */
function byContext(text: string, start: number, end: number, allowDash: boolean): string {
  const prev = text[start - 1] ?? ' ';
  const next = text[end] ?? ' ';
  if (allowDash && DIGIT.test(prev) && DIGIT.test(next)) return '\u2013';
  if (LETTER.test(prev) && LETTER.test(next)) {
    const after = text.slice(end, end + 3);
    if (CONTRACTION.test(after) || (prev === 'n' && /^t(?!\p{L})/u.test(after))) return '\u2019';
    return allowDash ? '\u2010' : '\u2019';
  }
  if (allowDash) return '\u2014';
  return /[\s([{]/.test(prev) ? '\u201c' : '\u201d';
}

// First characters of every sequence: the UTF-8 lead bytes of the target ranges, decoded both ways.
const LEADS: ReadonlySet<string> = (() => {
  const leads = new Set<string>();
  for (const [from, to] of TARGET_RANGES) {
    for (let b = utf8Bytes(from)[0]!; b <= utf8Bytes(to)[0]!; b++) {
      for (const ch of [decodeCp1252(b), decodeCp874(b)]) if (ch !== undefined) leads.add(ch);
    }
  }
  return leads;
})();

const LEAD_PATTERN = new RegExp(`[${[...LEADS].join('')}]`);

/**
 * One repair pass: the text with every clear mojibake sequence replaced, and map[i] = index in
 * `text` of output char i (plus the end). Null when nothing was repaired.
 */
export function repairMojibake(text: string): { text: string; map: number[] } | null {
  if (!LEAD_PATTERN.test(text)) return null;
  const parts: string[] = [];
  const map: number[] = [];
  let copied = 0;
  let changed = false;
  for (let i = 0; i < text.length;) {
    const repair = LEADS.has(text[i]!) ? repairAt(text, i) : null;
    if (repair === null) {
      i++;
      continue;
    }
    changed = true;
    parts.push(text.slice(copied, i));
    for (let k = copied; k < i; k++) map.push(k);
    parts.push(repair.replacement);
    for (let k = 0; k < repair.replacement.length; k++) map.push(i);
    i += repair.length;
    copied = i;
  }
  if (!changed) return null;
  parts.push(text.slice(copied));
  for (let k = copied; k <= text.length; k++) map.push(k);
  return { text: parts.join(''), map };
}

/** The mojibake sequence starting at text[i], if there clearly is one. */
function repairAt(text: string, i: number): Repair | null {
  const lead = text[i];
  if (lead === undefined) return null;
  if (LEADS.has(lead)) {
    const { entries, maxLength } = tableFor(lead);
    for (let len = Math.min(maxLength, text.length - i); len >= 2; len--) {
      let key = text.slice(i, i + len);
      // A no-break space turned plain ("Â " for U+00A0) may since have become any whitespace.
      if (len === 2 && key[1] !== '\u00a0' && /\s/.test(key[1]!)) key = `${lead} `;
      const entry = entries.get(key);
      if (!entry) continue;
      if (entry.thaiOnly && (isThai(text[i - 1]) || isThai(text[i + len]) || hasRealThai(text))) continue;
      const replacement = entry.quoteByContext ? byContext(text, i, i + len, false) : entry.target;
      return { replacement, length: len };
    }
  }
  // "โ" (Thai SARA E) must precede a Thai consonant; alone it is E2 80 xx with both trail bytes lost.
  if (lead === '\u0e42' && !isThaiConsonant(text[i + 1])) {
    return { replacement: byContext(text, i, i + 1, true), length: 1 };
  }
  return null;
}
