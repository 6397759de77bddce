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
  /** Original-text range for a normalized range. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** Normalized offset of an original offset (the first normalized char at or after it). */
  toNormalized(original: number): number;
}

/** `fold`: the Chinese pack's traditional-to-simplified pairs, applied to zh blocks (han-fold.ts). */
export function prepareBlocks(blocks: readonly TextBlock[], fold?: HanFold): PreparedBlock[] {
  return blocks.map((b) => prepareBlock(b, fold));
}

/**
 * What normalizeText would change: anything outside printable ASCII, runs of spaces, edge spaces,
 * "<=" / ">=". Text without any of these is its own normalized form, offset for offset.
 */
const CHANGED_BY_NORMALIZE = /[^\x20-\x7e]| {2}|^ | $|[<>]=/;

export function prepareBlock(block: TextBlock, fold?: HanFold): PreparedBlock {
  const original = block.text;
  const n = original.length;
  // Null when the text is its own normalized form (offsets map one to one).
  const normalized = CHANGED_BY_NORMALIZE.test(original) ? normalizeText(original) : null;
  const plain = normalized ? normalized.text : original;
  const lang = detectLanguage(plain, block.lang).lang;
  // Folding keeps the length, so the offset map stays the normalized text's.
  const text = fold && lang === 'zh' ? foldHan(plain, fold) : plain;
  return {
    index: block.index,
    block,
    original,
    text,
    lang,
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

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
