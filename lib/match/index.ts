// match: find products, targets, conditions, regulators and trials in each block's normalized
// text. One left-to-right pass per block: at each token, the longest known name starting there
// wins, so "B-cell precursor acute lymphoblastic leukemia" is one mention, not three.
import { prepareBlock, type PreparedBlock } from '../normalize/prepare';
import type { DatasetIndex } from './dataset-index';
import type { Hit, MatchResult } from './types';
import type { Lexicon, NameEntry } from './lexicon';
import { hasLocalScript, localBoundaryOk, SHORT_FORM_MIN_LENGTH, SOUND_MIN_LENGTH } from './lexicon';
import { closeTo, continues, editDistance, fuzzyLookup } from './fuzzy';
import {
  cyrillicSoundKey,
  HANGUL_RUN,
  hangulKeys,
  HAS_CYRILLIC,
  HAS_HANGUL,
  HAS_KATAKANA,
  kanaKey,
  KATAKANA_RUN,
  katakanaKey,
} from './transliterate';
import { joinable, keyOf, tokenize, type Token } from './tokens';
import { addPageAliases } from './page-aliases';
import { addEllipticalConditions } from './elliptical';

export type { Hit, MatchResult, EntityKind } from './types';
export type { PreparedBlock } from '../normalize/prepare';
export type { DatasetIndex } from './dataset-index';

/** Names longer than this many tokens are not looked for (keeps the scan linear). */
const MAX_NAME_TOKENS = 10;
const NCT = /\bNCT\s?(\d{8})\b/g;

const KIND_PRIORITY: Record<Hit['kind'], number> = {
  product: 0,
  trial: 1,
  target: 2,
  condition: 3,
  regulator: 4,
};

/** A stat card's figure, and the words that read on from it in the next block. */
const STAT_CARD = /^\s*[~≈<>≥≤]?\s*\d[\d.,]*\s*(?:%|months?)\s*$/;
const CONTINUATION = /^\s*(?:of|in|had|were|achieved|responded|reached|with)\b/;

export function matchBlocks(blocks: readonly PreparedBlock[], index: DatasetIndex): MatchResult {
  const lex = index.lexicon;
  const hits: Hit[] = [];
  const byBlock = new Map<number, Hit[]>();
  const headings = new Map<string, Hit[]>();
  const readOn = new Map<number, { block: PreparedBlock; hits: Hit[] }>();
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    const found = matchBlock(block, lex);
    if (found.length > 0) {
      byBlock.set(block.index, found);
      for (const h of found) hits.push(h);
    }
    // The texts the block sits under (headings, a table's caption and header cells), each matched
    // once, on its own, as a heading: the claims stage reads a section's or a column's product here.
    for (const text of block.block.headings) addHeading(headings, text, lex);
    for (const text of block.block.header ?? []) addHeading(headings, text, lex);
    // A stat card: "73%" in one element, "of patients … had a complete response" in the next, read
    // as one (same index, the TextBlock's; the joined text as its own).
    const next = blocks[b + 1];
    if (next && STAT_CARD.test(block.text) && CONTINUATION.test(next.text)) {
      const joined = prepareBlock(
        { ...block.block, text: `${block.original} ${next.original}` },
        lex.hanFold,
      );
      readOn.set(block.index, { block: joined, hits: matchBlock(joined, lex) });
    }
  }
  const confirmed = new Set(hits.filter((h) => h.kind === 'product').map((h) => h.id));
  if (confirmed.size > 0) addConfirmedMisspellings(blocks, index, confirmed, byBlock, hits);
  if (confirmed.size > 0)
    addPageAliases(blocks, byBlock, hits, (block, id, nStart, nEnd) =>
      makeHit(
        block,
        { kind: 'product', id, via: 'page-alias', shape: '', caseSensitive: false },
        nStart,
        nEnd,
        'page-alias',
      ),
    );
  // "folicular tras dos líneas" in a lymphoma table: a shortened name, once the page names its family.
  addEllipticalConditions(
    blocks,
    index.ellipticalConditions,
    [...hits, ...[...headings.values()].flat()],
    byBlock,
    hits,
    (block, id, nStart, nEnd) =>
      makeHit(
        block,
        { kind: 'condition', id, via: 'elliptical', shape: '', caseSensitive: false },
        nStart,
        nEnd,
        'elliptical',
      ),
  );
  return { hits, byBlock, headings, readOn };
}

function addHeading(headings: Map<string, Hit[]>, text: string, lex: Lexicon): void {
  if (!headings.has(text))
    headings.set(
      text,
      matchBlock(
        prepareBlock({ index: -1, kind: 'heading', text, section: 'main', headings: [] }, lex.hanFold),
        lex,
      ),
    );
}

/**
 * Short brand names get no typo tolerance on their own ("Kymria" could be anything), but once the
 * page names the product correctly elsewhere, a one-letter slip of that brand is the same product.
 */
function addConfirmedMisspellings(
  blocks: readonly PreparedBlock[],
  dataset: DatasetIndex,
  confirmed: ReadonlySet<string>,
  byBlock: Map<number, Hit[]>,
  hits: Hit[],
): void {
  const names: Array<{ key: string; id: string }> = [];
  for (const p of dataset.products) {
    if (!confirmed.has(p.id)) continue;
    for (const b of p.names.brands) {
      const key = keyOf(b.name);
      if (key.length >= 6 && key.length < 9 && /^\p{L}+$/u.test(key)) names.push({ key, id: p.id });
    }
  }
  if (names.length === 0) return;
  let added = false;
  for (const block of blocks) {
    const lower = block.text.toLowerCase();
    const maybe = names.filter((n) => lower.includes(n.key.slice(0, 3)));
    if (maybe.length === 0) continue;
    const existing = byBlock.get(block.index) ?? [];
    for (const tok of tokenize(block.text)) {
      if (tok.lower.length < 5 || existing.some((h) => h.nStart < tok.end && tok.start < h.nEnd)) continue;
      const near = maybe.find(
        (n) =>
          n.key !== tok.lower &&
          tok.lower.startsWith(n.key.slice(0, 3)) &&
          Math.abs(n.key.length - tok.lower.length) <= 1 &&
          editDistance(tok.lower, n.key, 1) <= 1,
      );
      if (!near) continue;
      const hit = makeHit(
        block,
        { kind: 'product', id: near.id, via: 'fuzzy', shape: near.key, caseSensitive: false },
        tok.start,
        tok.end,
        'fuzzy',
      );
      existing.push(hit);
      byBlock.set(block.index, existing);
      hits.push(hit);
      added = true;
    }
    existing.sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd);
  }
  if (added) hits.sort((a, b) => a.block - b.block || a.nStart - b.nStart);
}

export function matchBlock(block: PreparedBlock, lex: Lexicon): Hit[] {
  const text = block.text;
  const tokens = tokenize(text);
  const out: Hit[] = [];
  // Computed only if a short capitalized abbreviation needs it.
  let shoutingMemo: boolean | undefined;
  const shouting = (): boolean => (shoutingMemo ??= isShouting(tokens));
  for (let i = 0; i < tokens.length;) {
    // Most words start no name and no typo of one: two set lookups, before any slicing or joining.
    const lower = tokens[i]!.lower;
    const found =
      (lex.prefixes.has(lower) ? longestAt(text, tokens, i, lex, shouting) : undefined) ??
      ((lower.length > 4 ? lex.fuzzyHead.test(unaccented(lower)) : lex.fuzzyPrefixes.has(lower))
        ? fuzzyAt(text, tokens, i, lex)
        : undefined);
    if (!found) {
      i++;
      continue;
    }
    const first = tokens[i];
    const last = tokens[found.last];
    if (first && last)
      out.push(makeHit(block, found.entry, first.start, last.end, found.fuzzy ? 'fuzzy' : found.entry.via));
    i = found.last + 1;
  }
  if (hasLocalScript(text)) {
    const taken: Array<[number, number]> = out.map((h) => [h.nStart, h.nEnd]);
    for (const { text: name, entry } of lex.chinese) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (taken.some(([s, e]) => at < e && s < end)) continue;
        if (!localBoundaryOk(text, at, end, name)) continue;
        taken.push([at, end]);
        out.push(makeHit(block, entry, at, end, entry.via));
      }
    }
  }
  if (HAS_CYRILLIC.test(text)) addCyrillicNames(block, tokens, lex, out);
  if (INN_TAIL_GATE.test(text)) extendInnTails(block, out);
  if (HAS_KATAKANA.test(text)) addKatakanaBrands(block, lex, out);
  if (HAS_HANGUL.test(text)) addHangulNames(block, lex, out);
  NCT.lastIndex = 0;
  for (let m = NCT.exec(text); m; m = NCT.exec(text)) {
    const nct = `NCT${m[1] ?? ''}`;
    if (out.some((h) => h.nStart <= m!.index && h.nEnd > m!.index)) continue;
    const trial = lex.nct.get(nct) ?? nct;
    out.push(
      makeHit(
        block,
        { kind: 'trial', id: trial, via: 'nct', shape: nct, caseSensitive: false },
        m.index,
        m.index + m[0].length,
        'nct',
      ),
    );
  }
  out.sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd);
  return out;
}

/**
 * Products written in Cyrillic by transliteration ("Текартус", "лизокабтаген маралейцел"): a word
 * whose sound key is a brand's or an INN's first word, within one edit per eight letters; the
 * INN's second word is taken with it when it follows.
 */
function addCyrillicNames(block: PreparedBlock, tokens: Token[], lex: Lexicon, out: Hit[]): void {
  const text = block.text;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!HAS_CYRILLIC.test(tok.lower)) continue;
    const next = tokens[i + 1];
    // "Тиса-цел", "Лете-цел": a short stem is read only as a short form, "-цел" right after it.
    const shortForm =
      tok.lower.length >= SHORT_FORM_MIN_LENGTH &&
      next !== undefined &&
      /^[-‐]$/u.test(text.slice(tok.end, next.start)) &&
      /^(?:цел|сел)$/u.test(next.lower);
    if (tok.lower.length < SOUND_MIN_LENGTH && !shortForm) continue;
    if (out.some((h) => h.nStart < tok.end && tok.start < h.nEnd)) continue;
    const key = cyrillicSoundKey(tok.lower);
    const follows = (second: string | undefined): boolean =>
      second !== undefined &&
      next !== undefined &&
      joinable(text.slice(tok.end, next.start)) &&
      closeTo(cyrillicSoundKey(next.lower), second);
    const found = lex.sounds.find(
      (s) =>
        closeTo(key, s.key) &&
        (!s.needsSecond || follows(s.second)) &&
        (tok.lower.length >= SOUND_MIN_LENGTH || s.needsSecond === true),
    );
    if (!found) continue;
    const last = follows(found.second) ? i + 1 : i;
    out.push(makeHit(block, found.entry, tok.start, tokens[last]!.end, 'transliteration'));
    i = last;
  }
}

/**
 * A product named by the first word of its INN, the second word after it in a spelling the names
 * do not hold ("аксикабтаген цилолейцел", "лизокабтаген маралейцел"): the second word is the name's
 * too, so a list of INNs reads as a list ("Анти-CD19: тисагенлеклейцел, аксикабтаген цилолейцел, …").
 */
function extendInnTails(block: PreparedBlock, out: Hit[]): void {
  const text = block.text;
  out.forEach((h, k) => {
    if (h.kind !== 'product') return;
    const m = INN_TAIL.exec(text.slice(h.nEnd, h.nEnd + 40));
    if (!m) return;
    const nEnd = h.nEnd + m[0].length;
    if (out.some((o) => o !== h && o.nStart < nEnd && h.nEnd <= o.nStart)) return;
    const { start, end } = block.toOriginal(h.nStart, nEnd);
    out[k] = { ...h, nEnd, start, end, text: block.original.slice(start, end) };
  });
}
/** The second word of a cell or gene therapy's INN: "-leucel", "-repvec", "-adenovec", "-лейцел". */
const INN_TAIL = /^ [\p{L}-]{2,20}?(?:leucel|repvec|adenovec|лейцел|лейсел|репвек|деновек)(?![\p{L}])/iu;
const INN_TAIL_GATE = /leucel|repvec|adenovec|лейцел|лейсел|репвек|деновек/iu;

/** Brands written in katakana by transliteration ("カービクティ", "ブレヤンジ"), as addCyrillicNames. */
function addKatakanaBrands(block: PreparedBlock, lex: Lexicon, out: Hit[]): void {
  const text = block.text;
  KATAKANA_RUN.lastIndex = 0;
  for (let m = KATAKANA_RUN.exec(text); m; m = KATAKANA_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((h) => h.nStart < end && start < h.nEnd)) continue;
    const key = katakanaKey(m[0]);
    if (key.length < SOUND_MIN_LENGTH) continue;
    const found = lex.sounds.find((s) => s.kana?.some((k) => closeTo(key, k)));
    if (found) out.push(makeHit(block, found.entry, start, end, 'transliteration'));
  }
}

/** Particles a hangul word may carry after a name: "사트리캅타젠이", "킴리아는", "카빅티에서". */
const HANGUL_PARTICLE = /(?:은|는|이|가|을|를|의|와|과|도|에|에서|로|으로|만)$/u;
/** The second word of a Korean INN: "오토류셀" (autoleucel), "마라류셀" (maraleucel). */
const HANGUL_INN_TAIL = /^ ?[\uac00-\ud7a3]{0,6}(?:류셀|루셀)/u;

/**
 * Products written in hangul by transliteration ("사트리캅타젠 오토류셀"), as addKatakanaBrands: the first
 * word of an INN or a brand, a particle after it left out, the INN's second word taken with it.
 */
function addHangulNames(block: PreparedBlock, lex: Lexicon, out: Hit[]): void {
  const text = block.text;
  HANGUL_RUN.lastIndex = 0;
  for (let m = HANGUL_RUN.exec(text); m; m = HANGUL_RUN.exec(text)) {
    const start = m.index;
    const word = m[0].replace(HANGUL_PARTICLE, '');
    const end = start + word.length;
    if (out.some((h) => h.nStart < end && start < h.nEnd)) continue;
    const keys = hangulKeys(word);
    if (keys[0]!.length < SOUND_MIN_LENGTH + 3) continue;
    // A short form is its stem and "-cel" together ("아니토셀" for anito-cel), never the stem alone.
    const found = lex.sounds.find((s) =>
      s.kana?.some((k) => {
        const name = (s.needsSecond ? k + kanaKey(s.second ?? '') : k).replace(/f/g, 'p').replace(/w/g, 'b');
        return keys.some((key) => closeTo(key, name));
      }),
    );
    if (!found) continue;
    const tail = HANGUL_INN_TAIL.exec(text.slice(end, end + 12));
    out.push(makeHit(block, found.entry, start, end + (tail?.[0].length ?? 0), 'transliteration'));
  }
}

interface Found {
  entry: NameEntry;
  last: number;
  fuzzy?: boolean;
}

function longestAt(
  text: string,
  tokens: Token[],
  i: number,
  lex: Lexicon,
  shouting: () => boolean,
): Found | undefined {
  // A possessive's "s" starts no name: "Kymriah's FDA approval" names the FDA, not China's former SFDA.
  if (i > 0 && tokens[i]!.lower === 's' && /^['’]$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)))
    return undefined;
  let key = '';
  let shape = '';
  let best: Found | undefined;
  for (let j = i; j < tokens.length && j < i + MAX_NAME_TOKENS; j++) {
    const tok = tokens[j]!;
    if (j > i && !joinable(text.slice(tokens[j - 1]!.end, tok.start))) break;
    key += tok.lower;
    shape += tok.text;
    if (!lex.prefixes.has(key)) break;
    const entries = lex.byKey.get(key);
    if (!entries) continue;
    const entry = pick(entries, shape, tokens, i, j, text, shouting, lex);
    if (entry) best = { entry, last: j };
  }
  if (best?.entry.continuation)
    best.last = extendContinuation(text, tokens, best.last, best.entry.continuation);
  return best;
}

/**
 * A Latin word without its accents: French and Spanish pages accent the INNs the dataset writes in
 * ASCII ("idécabtagène vicleucel", "axicabtagène ciloleucel"), which the typo tolerance would count
 * as one edit per accent.
 */
function unaccented(word: string): string {
  return LATIN_ACCENTED.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '') : word;
}
const LATIN_ACCENTED = /[\u00c0-\u024f]/;

function fuzzyAt(text: string, tokens: Token[], i: number, lex: Lexicon): Found | undefined {
  const tok = tokens[i];
  if (!tok) return undefined;
  let word = fuzzyLookup(lex, unaccented(tok.lower));
  let last = i;
  const next = tokens[i + 1];
  if (!word && next && joinable(text.slice(tok.end, next.start))) {
    // A name split by hyphenation and misspelt: "Tisagen-\nlecleucal".
    word = fuzzyLookup(lex, unaccented(tok.lower + next.lower));
    last = i + 1;
  }
  if (!word) return undefined;
  if (word.entry.continuation) last = extendContinuation(text, tokens, last, word.entry.continuation);
  return { entry: word.entry, last, fuzzy: true };
}

/** After the first word of a two-word INN, take the second word too, even misspelt or cut short. */
function extendContinuation(text: string, tokens: Token[], last: number, second: string): number {
  const next = tokens[last + 1];
  const prev = tokens[last];
  if (!next || !prev || !/^\s+$|^\s*-\s*$/.test(text.slice(prev.end, next.start))) return last;
  if (continues(unaccented(next.lower), second)) return last + 1;
  const after = tokens[last + 2];
  if (after && joinable(text.slice(next.end, after.start)) && continues(next.lower + after.lower, second))
    return last + 2;
  return last;
}

function pick(
  entries: readonly NameEntry[],
  shape: string,
  tokens: Token[],
  i: number,
  j: number,
  text: string,
  shouting: () => boolean,
  lex: Lexicon,
): NameEntry | undefined {
  let best: NameEntry | undefined;
  for (const e of entries) {
    if (e.caseSensitive && !sameCase(shape, e.shape)) continue;
    if (e.caseSensitive && e.shape.length <= 3 && ambiguousShortForm(tokens, i, j, text, shouting, lex))
      continue;
    if (!best || KIND_PRIORITY[e.kind] < KIND_PRIORITY[best.kind]) best = e;
  }
  return best;
}

/** Capitals in the name must be capitals on the page; the page may capitalize more ("KARMMA"). */
function sameCase(text: string, name: string): boolean {
  if (text.length !== name.length) return false;
  for (let k = 0; k < name.length; k++) {
    const n = name[k]!;
    const t = text[k]!;
    if (t === n) continue;
    if (n === n.toLowerCase() && t === n.toUpperCase()) continue;
    return false;
  }
  return true;
}

/** "ALL", "MM", "FL" are disease abbreviations in prose, but not in a shouted heading
 * ("TREATMENT FOR ALL AGES") or a postal address ("Tampa, FL 33601"). */
function ambiguousShortForm(
  tokens: Token[],
  i: number,
  j: number,
  text: string,
  shouting: () => boolean,
  lex: Lexicon,
): boolean {
  const prev = tokens[i - 1];
  const next = tokens[j + 1];
  const capsWord = (t: Token | undefined): boolean =>
    t !== undefined && t.text.length >= 3 && /^\p{Lu}+$/u.test(t.text) && !lex.byKey.has(t.lower);
  if ((capsWord(prev) || capsWord(next)) && shouting()) return true;
  const before = prev ? text.slice(prev.end, tokens[i]!.start) : '';
  const after = text.slice(tokens[j]!.end, tokens[j]!.end + 7);
  if (prev && /^,\s?$/.test(before) && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !lex.byKey.has(prev.lower)) {
    if (/^\s*\d{5}\b/.test(after) || /^\s*$/.test(after) || /^\s*[,;.)]\s*$/.test(after.slice(0, 2)))
      return true;
  }
  return false;
}

/** A block written mostly in capitals (a banner or shouted heading). */
function isShouting(tokens: Token[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!/^\p{L}{2,}$/u.test(t.text)) continue;
    letters++;
    if (/^\p{Lu}+$/u.test(t.text)) caps++;
  }
  return letters >= 3 && caps / letters > 0.6;
}

function makeHit(block: PreparedBlock, entry: NameEntry, nStart: number, nEnd: number, via: string): Hit {
  const { start, end } = block.toOriginal(nStart, nEnd);
  return {
    kind: entry.kind,
    id: entry.id,
    via,
    block: block.index,
    nStart,
    nEnd,
    start,
    end,
    text: block.original.slice(start, end),
    section: block.block.section,
  };
}
