// normalize: the text claim rules read, with a map back to the page's own text so every finding
// can quote and highlight the original. Order: mojibake repair (repeated, so text encoded wrongly
// twice is repaired too) → NFKC → one form per symbol → whitespace collapsed and trimmed.
import { foldCluster } from './fold';
import { repairMojibake } from './mojibake';

export interface Normalized {
  text: string;
  /** map[i] = index in the original of normalized char i; length text.length + 1 (last = original.length) */
  map: number[];
}

const COMBINING = /\p{M}/u;

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Printable ASCII copied as is ("=" excluded: it may join a preceding "<" or ">"). */
function isPlainAscii(c: number): boolean {
  return c > 32 && c < 127 && c !== 61;
}

/** Double-encoded text needs two passes; a third catches nothing real and bounds the work. */
const MAX_REPAIR_PASSES = 3;

export function normalizeText(original: string): Normalized {
  const first = normalizeOnce(original);
  // Folding can bring the halves of a sequence together ("Ã\u200b©" → "Ã©"); one more round
  // makes the result stable (normalizing it again changes nothing).
  if (repairMojibake(first.text) === null) return first;
  const second = normalizeOnce(first.text);
  return { text: second.text, map: second.map.map((j) => first.map[j]!) };
}

function normalizeOnce(original: string): Normalized {
  // After repair, `source` is what the fold pass reads and repairMap takes its indices home.
  let source = original;
  let repairMap: number[] | null = null;
  for (let pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
    const repaired = repairMojibake(source);
    if (repaired === null) break;
    const previous: number[] | null = repairMap;
    repairMap = previous === null ? repaired.map : repaired.map.map((j) => previous[j]!);
    source = repaired.text;
  }

  // Output is built from chunks (runs of plain ASCII are copied whole); `outLength` and `lastOut`
  // stand in for the joined string, which only exists at the end.
  const parts: string[] = [];
  const map: number[] = [];
  let outLength = 0;
  let lastOut = '';
  let pendingSpace = -1;
  const home = (at: number): number => (repairMap === null ? at : repairMap[at]!);

  const flushSpace = (): void => {
    if (outLength > 0) {
      parts.push(' ');
      map.push(pendingSpace);
      outLength++;
    }
    pendingSpace = -1;
  };

  const emit = (folded: string, at: number): void => {
    const src = home(at);
    for (let k = 0; k < folded.length; k++) {
      const ch = folded[k]!;
      if (ch === ' ') {
        if (pendingSpace < 0) pendingSpace = src;
        continue;
      }
      if (pendingSpace >= 0) {
        flushSpace();
      } else if (ch === '=' && (lastOut === '<' || lastOut === '>')) {
        // "<=" / ">=" become "≤" / "≥", keeping the position of "<".
        const last = parts.length - 1;
        lastOut = lastOut === '<' ? '\u2264' : '\u2265';
        parts[last] = parts[last]!.slice(0, -1) + lastOut;
        continue;
      }
      parts.push(ch);
      map.push(src);
      outLength++;
      lastOut = ch;
    }
  };

  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c < 0x80) {
      if (isPlainAscii(c)) {
        let j = i + 1;
        while (j < n && isPlainAscii(source.charCodeAt(j))) j++;
        if (pendingSpace >= 0) flushSpace();
        parts.push(source.slice(i, j));
        for (let k = i; k < j; k++) map.push(home(k));
        outLength += j - i;
        lastOut = source[j - 1]!;
        i = j;
        continue;
      }
      if (isAsciiSpace(c)) {
        if (pendingSpace < 0) pendingSpace = home(i);
      } else if (c >= 32 && c !== 127) {
        emit(source[i]!, i);
      }
      i++;
      continue;
    }
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && source.charCodeAt(j) >= 0x300 && COMBINING.test(source[j]!)) j++;
    emit(foldCluster(source.slice(i, j)), i);
    i = j;
  }
  map.push(original.length);
  return { text: parts.join(''), map };
}

/**
 * The original range behind normalized [start, end): from the source of the first character to
 * just before the source of the next character that comes from later text (so a collapsed run of
 * spaces, a removed zero-width character or a whole mojibake sequence is covered in full).
 */
export function toOriginalRange(n: Normalized, start: number, end: number): { start: number; end: number } {
  const len = n.text.length;
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  const from = n.map[s]!;
  if (e === s) return { start: from, end: from };
  const last = n.map[e - 1]!;
  let k = e;
  while (k < len && n.map[k]! <= last) k++;
  return { start: from, end: n.map[k]! };
}

/** Lowercased, diacritics stripped: for comparing names, not for quoting (no offset map). */
export function normalizeForMatch(s: string): string {
  return normalizeText(s)
    .text.toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}
