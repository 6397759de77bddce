// Leaves in reading order → headings, paragraphs and tables. Headings are guessed from font size:
// text clearly larger than the body text (the size most characters have) and short; each larger
// size is a higher level. Lines of a leaf are one paragraph until the font size changes or a line
// ends a sentence well short of the column's right edge. A paragraph cut by a column or page break
// (no closing punctuation, the next starts in lower case) is joined again.
import type { Leaf } from './regions';
import type { Fragment, LayoutBlock } from './types';

/** Text this much larger than the body is a heading candidate. */
const HEADING_RATIO = 1.12;
const HEADING_MAX_CHARS = 200;
/** Font sizes closer than this ratio are the same style. */
const SAME_SIZE = 1.08;
/** A line ending this far (as a share of the column width) before the right edge ends its paragraph. */
const SHORT_LINE = 0.12;

const round = (size: number): number => Math.round(size * 2) / 2;

export function bodySize(leaves: readonly Leaf[]): number {
  const weight = new Map<number, number>();
  for (const leaf of leaves)
    for (const f of leaf.kind === 'text' ? leaf.fragments : leaf.cells.flat())
      weight.set(round(f.size), (weight.get(round(f.size)) ?? 0) + f.text.length);
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight)
    if (w > bestWeight || (w === bestWeight && size < best)) [best, bestWeight] = [size, w];
  return best;
}

type Piece = { kind: 'text'; text: string; size: number } | { kind: 'row'; cells: string[] };

export function toBlocks(leaves: readonly Leaf[]): LayoutBlock[] {
  const body = bodySize(leaves);
  const pieces: Piece[] = [];
  for (const leaf of leaves) {
    if (leaf.kind === 'row')
      pieces.push({ kind: 'row', cells: leaf.cells.map((c) => joinLines(c.map((f) => f.text))) });
    else pieces.push(...textPieces(leaf.fragments));
  }
  const headingSizes = [
    ...new Set(pieces.flatMap((p) => (p.kind === 'text' && isHeading(p, body) ? [round(p.size)] : []))),
  ].sort((a, b) => b - a);

  const blocks: LayoutBlock[] = [];
  for (const piece of pieces) {
    const last = blocks[blocks.length - 1];
    if (piece.kind === 'row') {
      if (last?.kind === 'table') last.rows.push(piece.cells);
      else blocks.push({ kind: 'table', rows: [piece.cells], header: false });
    } else if (isHeading(piece, body)) {
      blocks.push({
        kind: 'heading',
        text: piece.text,
        level: Math.min(6, headingSizes.indexOf(round(piece.size)) + 1),
      });
    } else if (last?.kind === 'paragraph' && continues(last.text, piece.text)) {
      last.text = joinLines([last.text, piece.text]);
    } else {
      blocks.push({ kind: 'paragraph', text: piece.text });
    }
  }
  for (const block of blocks)
    if (block.kind === 'table')
      // A first row without any figure, above other rows, reads as the column headings.
      block.header = block.rows.length > 1 && block.rows[0]!.every((cell) => !/\d/.test(cell));
  return blocks;
}

function isHeading(piece: { text: string; size: number }, body: number): boolean {
  return (
    piece.size >= body * HEADING_RATIO && piece.text.length <= HEADING_MAX_CHARS && /\p{L}/u.test(piece.text)
  );
}

/** A paragraph cut by a column or page break: no closing punctuation, and the rest starts in lower case. */
function continues(before: string, after: string): boolean {
  return !/[.!?:;)\]"”]$/.test(before) && /^\p{Ll}/u.test(after);
}

/** Lines of one leaf → paragraphs (text) and rows (lines whose fragments stand apart like cells). */
function textPieces(fragments: Fragment[]): Piece[] {
  const lines: Fragment[][] = [];
  for (const f of fragments) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - f.y) < 0.35 * f.size) line.push(f);
    else lines.push([f]);
  }
  const left = Math.min(...fragments.map((f) => f.x0));
  const right = Math.max(...fragments.map((f) => f.x1));
  const pieces: Piece[] = [];
  let open: { lines: string[]; size: number } | undefined;
  const close = (): void => {
    if (open) pieces.push({ kind: 'text', text: joinLines(open.lines), size: open.size });
    open = undefined;
  };
  // Lines packed without paragraph gaps, some of them split like cells: a table whose cell spacing
  // was too narrow to see on other rows, so every line is a row.
  const tabular = lines.some((line) => line.length > 1);
  for (const line of lines) {
    if (tabular) {
      close();
      pieces.push({ kind: 'row', cells: line.map((f) => f.text) });
      continue;
    }
    const f = line[0]!;
    const size = f.size;
    if (open && Math.max(open.size, size) / Math.min(open.size, size) > SAME_SIZE) close();
    if (open) open.lines.push(f.text);
    else open = { lines: [f.text], size };
    if (/[.!?:]["”’)]?$/.test(f.text) && right - f.x1 > SHORT_LINE * (right - left)) close();
  }
  close();
  return pieces;
}

/** Lines → one string: a line ending in a hyphen after a letter joins the next without a space. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') text = line;
    else if (/\u00AD$/.test(text)) text = text.slice(0, -1) + line;
    else if (/[\p{L}\p{N}]-$/u.test(text)) text += line;
    else text += ' ' + line;
  }
  return text;
}
