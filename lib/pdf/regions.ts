// Reading order by recursive XY-cut: a page region is split at the whitespace that crosses it
// entirely. A vertical gutter between columns of prose is read column by column; otherwise the
// region is cut at the horizontal gaps between paragraphs (and between table rows), top to bottom.
// What cannot be cut further is a leaf: lines of text, or one table row whose cells stand apart.
import { FRAGMENT_GAP } from './lines';
import type { Fragment } from './types';

export type Leaf = { kind: 'text'; fragments: Fragment[] } | { kind: 'row'; cells: Fragment[][] };

/** Vertical whitespace, in font sizes, that separates paragraphs or table rows. */
const PARAGRAPH_GAP = 0.45;
/** A column of prose: at least this many lines, averaging at least this many words. */
const PROSE_MIN_LINES = 3;
const PROSE_MIN_WORDS = 4;
/** Recursion guard for pathological layouts (thousands of tiny fragments). */
const MAX_DEPTH = 40;

interface Gap {
  start: number;
  end: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Uncovered stretches between the intervals, at least `min` wide. */
function gaps(intervals: [number, number][], min: number): Gap[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const found: Gap[] = [];
  let reach = sorted[0]?.[1] ?? 0;
  for (const [start, end] of sorted.slice(1)) {
    if (start - reach >= min) found.push({ start: reach, end: start });
    reach = Math.max(reach, end);
  }
  return found;
}

function splitAt<T>(items: T[], cuts: Gap[], pos: (item: T) => number): T[][] {
  const parts: T[][] = Array.from({ length: cuts.length + 1 }, () => []);
  for (const item of items) {
    const p = pos(item);
    let i = 0;
    while (i < cuts.length && p >= cuts[i]!.end) i++;
    parts[i]!.push(item);
  }
  return parts.filter((part) => part.length > 0);
}

function lineCount(fragments: Fragment[]): number {
  return new Set(fragments.map((f) => Math.round(f.y))).size;
}

function isProse(column: Fragment[]): boolean {
  const lines = lineCount(column);
  const words = column.reduce((n, f) => n + f.text.split(' ').length, 0);
  return lines >= PROSE_MIN_LINES && words / lines >= PROSE_MIN_WORDS;
}

export function readingOrder(fragments: Fragment[]): Leaf[] {
  const leaves: Leaf[] = [];
  cut(fragments, 0, true, leaves);
  return leaves;
}

function columnGapsOf(region: Fragment[], size: number): Gap[] {
  return gaps(
    region.map((f) => [f.x0, f.x1]),
    FRAGMENT_GAP * size,
  );
}

function cut(region: Fragment[], depth: number, regroup: boolean, out: Leaf[]): void {
  if (region.length === 0) return;
  const size = median(region.map((f) => f.size));
  const columnGaps = columnGapsOf(region, size);
  const columns = columnGaps.length > 0 ? splitAt(region, columnGaps, (f) => f.x0) : [region];
  if (depth < MAX_DEPTH && columns.length > 1 && columns.every(isProse)) {
    for (const column of columns) cut(column, depth + 1, true, out);
    return;
  }
  const rowGaps = gaps(
    region.map((f) => [f.top, f.bottom]),
    PARAGRAPH_GAP * size,
  );
  if (depth < MAX_DEPTH && rowGaps.length > 0) {
    const bands = splitAt(region, rowGaps, (f) => f.top);
    // Paragraph gaps of two columns can line up; bands that share a gutter are put back together
    // so that the columns are found (and read one after the other) one level down.
    for (const group of regroup ? groupByGutter(bands, size) : bands.map((b) => [b]))
      cut(group.flat(), depth + 1, group.length === 1, out);
    return;
  }
  if (columns.length > 1) out.push({ kind: 'row', cells: columns.map(byLine) });
  else out.push({ kind: 'text', fragments: byLine(region) });
}

/**
 * Consecutive bands that share a vertical gutter (each has whitespace there, or nothing crossing it:
 * one column may run longer than the other).
 */
function groupByGutter(bands: Fragment[][], size: number): Fragment[][][] {
  const groups: Fragment[][][] = [];
  let gutter: Gap | undefined;
  for (const band of bands) {
    const group = groups[groups.length - 1];
    const own = columnGapsOf(band, size);
    const shared = gutter && own.find((g) => g.start < gutter!.end && g.end > gutter!.start);
    if (group && gutter && shared) {
      group.push(band);
      gutter = { start: Math.max(gutter.start, shared.start), end: Math.min(gutter.end, shared.end) };
    } else if (
      group &&
      gutter &&
      own.length === 0 &&
      !band.some((f) => f.x0 < gutter!.start && f.x1 > gutter!.end)
    ) {
      group.push(band);
    } else {
      groups.push([band]);
      gutter = own.length === 1 ? own[0] : undefined;
    }
  }
  return groups;
}

/** Top to bottom, then left to right. */
function byLine(fragments: Fragment[]): Fragment[] {
  return [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0);
}
