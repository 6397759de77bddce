// Normalize each extracted block once and keep the way back to the page's own text: every later
// stage works on normalized offsets and reports original ones.
import type { TextBlock } from '../extract/types';
import { normalizeText, toOriginalRange } from './index';
import { detectLanguage } from './language';
import { foldHan, type HanFold } from './han-fold';

export interface PreparedBlock {
  index: number;
  block: TextBlock;
  /** The block's text as on the page. */
  original: string;
  /** Normalized text (same length semantics as `toOriginal` expects). */
  text: string;
  /** The block's language (primary subtag: "en", "zh"), from its text, else the page's `lang`. */
  lang: string;
  /**
   * A table row's header cells as the rules read them: folded like the text in a zh block, so a
   * "首次獲批" column is the "首次获批" one. One array per table (rows share it, as they share
   * `block.header`), so what is read of a header can be kept per table.
   */
  header?: readonly string[];
  /** Original-text range for a normalized range. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** Normalized offset of an original offset (the first normalized char at or after it). */
  toNormalized(original: number): number;
}

/** `fold`: the Chinese pack's traditional-to-simplified pairs, applied to zh blocks (han-fold.ts). */
export function prepareBlocks(blocks: readonly TextBlock[], fold?: HanFold): PreparedBlock[] {
  const folded = new Map<readonly string[], readonly string[]>();
  return blocks.map((b) => prepareBlock(b, fold, folded));
}

/**
 * What normalizeText would change: anything outside printable ASCII, runs of spaces, edge spaces,
 * "<=" / ">=". Text without any of these is its own normalized form, offset for offset.
 */
const CHANGED_BY_NORMALIZE = /[^\x20-\x7e]| {2}|^ | $|[<>]=/;

/** `headers`: each table's folded header, for the rows that share it (prepareBlocks passes one). */
export function prepareBlock(
  block: TextBlock,
  fold?: HanFold,
  headers: Map<readonly string[], readonly string[]> = new Map(),
): PreparedBlock {
  const original = block.text;
  const n = original.length;
  // Null when the text is its own normalized form (offsets map one to one).
  const normalized = CHANGED_BY_NORMALIZE.test(original) ? normalizeText(original) : null;
  const plain = normalized ? normalized.text : original;
  const lang = detectLanguage(plain, block.lang).lang;
  // Folding keeps the length, so the offset map stays the normalized text's.
  const folding = fold && lang === 'zh' ? fold : undefined;
  const text = folding ? foldHan(plain, folding) : plain;
  return {
    index: block.index,
    block,
    original,
    text,
    lang,
    header: block.header && folding ? foldedHeader(block.header, folding, headers) : block.header,
    toOriginal(start, end) {
      const r = normalized ? toOriginalRange(normalized, start, end) : { start, end };
      const s = clamp(r.start, 0, n);
      return { start: s, end: clamp(r.end, s, n) };
    },
    toNormalized(at) {
      if (!normalized) return at > 0 ? Math.min(at, n) : 0;
      // map is non-decreasing: binary search for the first normalized index whose source is ≥ at.
      const map = normalized.map;
      let lo = 0;
      let hi = map.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((map[mid] ?? Infinity) < at) lo = mid + 1;
        else hi = mid;
      }
      return Math.min(lo, normalized.text.length);
    },
  };
}

function foldedHeader(
  header: readonly string[],
  fold: HanFold,
  headers: Map<readonly string[], readonly string[]>,
): readonly string[] {
  let out = headers.get(header);
  if (!out) headers.set(header, (out = header.map((h) => foldHan(h, fold))));
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
