// Normalize each extracted block once and keep the way back to the page's own text: every later
// stage works on normalized offsets and reports original ones.
import type { TextBlock } from '../extract/types';
import { normalizeText, toOriginalRange } from '../normalize';

export interface PreparedBlock {
  index: number;
  block: TextBlock;
  /** The block's text as on the page. */
  original: string;
  /** Normalized text (same length semantics as `toOriginal` expects). */
  text: string;
  /** Original-text range for a normalized range. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** Normalized offset of an original offset (the first normalized char at or after it). */
  toNormalized(original: number): number;
}

export function prepareBlocks(blocks: readonly TextBlock[]): PreparedBlock[] {
  return blocks.map(prepareBlock);
}

export function prepareBlock(block: TextBlock): PreparedBlock {
  const normalized = normalizeText(block.text);
  const original = block.text;
  return {
    index: block.index,
    block,
    original,
    text: normalized.text,
    toOriginal(start, end) {
      const r = toOriginalRange(normalized, start, end);
      const s = clamp(r.start, 0, original.length);
      return { start: s, end: clamp(r.end, s, original.length) };
    },
    toNormalized(at) {
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
