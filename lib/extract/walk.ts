// One pass over a DOM subtree in document order, producing text blocks. Iterative (a pointer walk
// with an explicit frame stack), so a DOM nested 20,000 deep cannot overflow the call stack, and
// O(n): each node is entered once, text is gathered in arrays and joined once per block.
import { CONTENT_TAGS, shouldSkip } from './skip';
import type { BlockKind, TextBlock } from './types';

/** A block before it is placed inside or outside the main article. */
export type RawBlock = Omit<TextBlock, 'section'>;

export interface WalkLimits {
  maxElements: number;
  maxChars: number;
}

export interface WalkResult {
  blocks: RawBlock[];
  /** Why the walk stopped early, if it did. */
  stoppedBy: 'elements' | 'chars' | null;
  elements: number;
  /** Deepest element nesting seen (Readability slows down sharply on very deep DOMs). */
  maxDepth: number;
  firstH1: string;
}

/** A glyph that starts a list item written by hand. */
const BULLET = /^[•·▪◦●■►✓✔]\s/u;

const BLOCK_KIND: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph',
  div: 'paragraph',
  blockquote: 'paragraph',
  pre: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  main: 'paragraph',
  aside: 'paragraph',
  header: 'paragraph',
  body: 'paragraph',
  figure: 'paragraph',
  center: 'paragraph',
  details: 'paragraph',
  fieldset: 'paragraph',
  form: 'paragraph',
  dl: 'paragraph',
  dd: 'paragraph',
  ul: 'paragraph',
  ol: 'paragraph',
  menu: 'paragraph',
  hgroup: 'paragraph',
  dialog: 'paragraph',
  table: 'paragraph',
  thead: 'paragraph',
  tbody: 'paragraph',
  tfoot: 'paragraph',
  tr: 'paragraph',
  td: 'paragraph',
  th: 'paragraph',
  li: 'list-item',
  figcaption: 'caption',
  caption: 'caption',
  dt: 'other',
  summary: 'other',
  legend: 'other',
  address: 'other',
};

const HEADING_LEVEL: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

// Inline elements that usually sit between separate phrases ("<span>80%</span><span>Response…")
// rather than inside a word; where their text would glue to a neighbour's, a space is put back.
const PHRASE_INLINE = new Set(['span', 'a', 'label', 'output', 'data', 'time']);
// Superscripts and subscripts glued to a number would change it ("n=63<sup>1</sup>" → "631").
const SCRIPT_INLINE = new Set(['sup', 'sub']);
// Formatting usually sits inside running text ("<b>Kym</b>riah"); only where a new capitalised
// phrase starts after it ("<strong>Durable remissions</strong>Long-term…") is a space put back.
const FORMAT_INLINE = new Set(['b', 'strong', 'em', 'i', 'u', 'mark', 'small', 'font', 'cite', 'q']);

/** What may end a phrase that the next one must not be glued to. */
const PHRASE_END = /[\p{L}\p{N}%):.!?+\]"'\u2019\u201d]/u;
const ALNUM = /[\p{L}\p{N}]/u;
const CASE_END = /[\p{Ll}\p{N}%):.!?+\]"'\u2019\u201d]/u;
const UPPER = /\p{Lu}/u;
const HTML_SPACE = /[\t\n\f\r ]+/g;

function collapse(s: string): string {
  return s.replace(HTML_SPACE, ' ').trim();
}

function frameOf(
  mode: Mode,
  content: boolean,
  startChars: number,
  level = 0,
  boundary: Frame['boundary'] = 0,
): Frame {
  return { mode, level, content, boundary, startChars };
}

const enum Mode {
  /** A block container: flushes text before and after. */
  Block,
  Heading,
  Inline,
  DataTable,
  Row,
  Cell,
  TableCaption,
  /** Entered only to keep the frame stack aligned with the DOM (data-table sections). */
  Transparent,
  /** A block element inside a table cell: separates words on both sides instead of splitting. */
  CellBreak,
}

interface Frame {
  mode: Mode;
  /** Heading level; for a data table's <thead>, 1. */
  level: number;
  content: boolean;
  boundary: 0 | 1 | 2 | 3;
  /** Characters appended before this element, to tell one-letter drop caps from phrases. */
  startChars: number;
}

interface TableState {
  header: string[] | undefined;
  caption: string;
  row: { cells: string[]; allTh: boolean; inHead: boolean } | null;
  inHead: number;
}

/**
 * A table holds data (rows worth keeping as rows) unless it only lays out the page: nested tables
 * or role=presentation. Checked once per table, not per node.
 */
function isDataTable(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'presentation' || role === 'none') return false;
  return el.querySelector('table') === null;
}

export function walkBlocks(root: Element, limits: WalkLimits): WalkResult {
  const blocks: RawBlock[] = [];
  const frames: Frame[] = [];
  const headingStack: { level: number; text: string }[] = [];
  let pieces: string[] = [];
  let cellPieces: string[] = [];
  let table: TableState | null = null;
  /** Kinds of the open block containers; the innermost names text that is flushed. */
  const kinds: BlockKind[] = [];
  /** Open cells / captions of the current data table: their text goes to cellPieces. */
  let cellDepth = 0;
  let contentDepth = 0;
  let charsOut = 0;
  let charsIn = 0;
  let elements = 0;
  let maxDepth = 0;
  let stoppedBy: WalkResult['stoppedBy'] = null;
  let firstH1 = '';
  let lastChar = ' ';
  /** A phrase (1), superscript (2) or formatting (3) boundary is pending before the next text. */
  let boundary: 0 | 1 | 2 | 3 = 0;

  const headingTexts = (): string[] => headingStack.map((h) => h.text);

  const push = (block: Omit<RawBlock, 'index'>): void => {
    const room = limits.maxChars - charsOut;
    if (block.text.length > room) {
      stoppedBy = 'chars';
      // Keep the part of prose that fits; a cut table row would misalign its cells.
      if (block.cells !== undefined || room <= 0) return;
      block = { ...block, text: block.text.slice(0, room).trimEnd() };
      if (block.text === '') return;
    }
    charsOut += block.text.length;
    blocks.push({ index: blocks.length, ...block });
  };

  const flush = (): void => {
    if (pieces.length === 0) return;
    const text = collapse(pieces.join(''));
    pieces = [];
    lastChar = ' ';
    if (text === '') return;
    const kind = kinds[kinds.length - 1] ?? 'paragraph';
    // "• Diffuse large B-cell lymphoma …" typed as a paragraph is a list item all the same.
    push({
      kind: kind === 'paragraph' && BULLET.test(text) ? 'list-item' : kind,
      text,
      headings: headingTexts(),
    });
  };

  const append = (target: string[], text: string): void => {
    if (boundary !== 0 && text !== '') {
      const first = text[0]!;
      const glue =
        boundary === 3
          ? CASE_END.test(lastChar) && UPPER.test(first)
          : PHRASE_END.test(lastChar) && ALNUM.test(first);
      if (glue) target.push(' ');
      boundary = 0;
    }
    target.push(text);
    charsIn += text.length;
    if (text !== '') lastChar = text[text.length - 1]!;
  };

  const cellBreak = (): void => {
    boundary = 0;
    if (cellDepth > 0) {
      cellPieces.push(' ');
      lastChar = ' ';
    }
  };

  const closeRow = (): void => {
    if (!table?.row) return;
    const { cells, allTh, inHead } = table.row;
    table.row = null;
    if (cells.every((c) => c === '')) return;
    const isHeader = inHead || allTh;
    const text = cells.filter((c) => c !== '').join(' | ');
    const headings = table.caption === '' ? headingTexts() : [...headingTexts(), table.caption];
    if (isHeader) {
      table.header = cells;
      push({ kind: 'table-row', text, headings, cells, isHeader: true });
    } else {
      push({ kind: 'table-row', text, headings, cells, header: table.header });
    }
  };

  const enter = (el: Element): Frame | null => {
    const tag = el.localName;
    if (shouldSkip(el, tag, contentDepth > 0)) return null;
    const content = CONTENT_TAGS.has(tag);
    if (content) contentDepth++;
    const at = charsIn;
    const inlineBoundary = PHRASE_INLINE.has(tag)
      ? 1
      : SCRIPT_INLINE.has(tag)
        ? 2
        : FORMAT_INLINE.has(tag)
          ? 3
          : 0;

    if (table !== null) {
      // Inside a data table: rows and cells structure the text; other blocks only separate words.
      if (tag === 'tr') {
        closeRow();
        table.row = { cells: [], allTh: true, inHead: table.inHead > 0 };
        return frameOf(Mode.Row, content, at);
      }
      if (tag === 'td' || tag === 'th') {
        if (table.row === null) table.row = { cells: [], allTh: true, inHead: table.inHead > 0 };
        if (tag === 'td') table.row.allTh = false;
        if (cellDepth === 0) {
          cellPieces = [];
          lastChar = ' ';
        }
        cellDepth++;
        return frameOf(Mode.Cell, content, at);
      }
      if (tag === 'thead') {
        table.inHead++;
        return frameOf(Mode.Transparent, content, at, 1);
      }
      if (tag === 'caption' && cellDepth === 0) {
        cellPieces = [];
        lastChar = ' ';
        cellDepth++;
        return frameOf(Mode.TableCaption, content, at);
      }
      if (
        tag === 'br' ||
        BLOCK_KIND[tag] !== undefined ||
        HEADING_LEVEL[tag] !== undefined ||
        tag.includes('-')
      ) {
        cellBreak();
        return frameOf(Mode.CellBreak, content, at);
      }
      if (inlineBoundary !== 0) boundary = inlineBoundary;
      return frameOf(Mode.Inline, content, at, 0, inlineBoundary);
    }

    if (tag === 'br') {
      pieces.push(' ');
      lastChar = ' ';
      return frameOf(Mode.Inline, content, at);
    }
    if (tag === 'hr') {
      flush();
      return frameOf(Mode.Inline, content, at);
    }
    const level =
      HEADING_LEVEL[tag] ??
      (el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) || 2 : 0);
    if (level > 0) {
      flush();
      return frameOf(Mode.Heading, content, at, Math.min(Math.max(Math.trunc(level), 1), 6));
    }
    if (tag === 'table' && isDataTable(el)) {
      flush();
      table = { header: undefined, caption: '', row: null, inHead: 0 };
      return frameOf(Mode.DataTable, content, at);
    }
    const kind = BLOCK_KIND[tag] ?? (tag.includes('-') ? 'paragraph' : undefined);
    if (kind !== undefined) {
      flush();
      // A box inside a list item ("<li><div>…") is still part of that item.
      kinds.push(kind === 'paragraph' && kinds[kinds.length - 1] === 'list-item' ? 'list-item' : kind);
      return frameOf(Mode.Block, content, at);
    }
    if (inlineBoundary !== 0) boundary = inlineBoundary;
    return frameOf(Mode.Inline, content, at, 0, inlineBoundary);
  };

  const exit = (frame: Frame): void => {
    if (frame.content) contentDepth--;
    switch (frame.mode) {
      case Mode.Block:
        flush();
        kinds.pop();
        break;
      case Mode.Heading: {
        const text = collapse(pieces.join(''));
        pieces = [];
        lastChar = ' ';
        if (text === '') break;
        while (headingStack.length > 0 && headingStack[headingStack.length - 1]!.level >= frame.level)
          headingStack.pop();
        push({ kind: 'heading', text, level: frame.level, headings: headingTexts() });
        headingStack.push({ level: frame.level, text });
        if (frame.level === 1 && firstH1 === '') firstH1 = text;
        break;
      }
      case Mode.Cell:
        cellDepth--;
        if (cellDepth === 0) {
          table?.row?.cells.push(collapse(cellPieces.join('')));
          cellPieces = [];
        }
        break;
      case Mode.Row:
        closeRow();
        break;
      case Mode.TableCaption: {
        cellDepth--;
        const text = collapse(cellPieces.join(''));
        cellPieces = [];
        if (table && text !== '') {
          table.caption = text;
          push({ kind: 'caption', text, headings: headingTexts() });
        }
        break;
      }
      case Mode.Transparent:
        if (table && frame.level === 1) table.inHead--;
        break;
      case Mode.DataTable:
        closeRow();
        table = null;
        cellDepth = 0;
        break;
      case Mode.CellBreak:
        cellBreak();
        break;
      case Mode.Inline:
        // A one-letter span is a drop cap or a split word, not a separate phrase.
        if (frame.boundary >= 2 || (frame.boundary === 1 && charsIn - frame.startChars > 1))
          boundary = frame.boundary;
        break;
    }
  };

  const text = (value: string): void => {
    if (table !== null) {
      // Whitespace between rows and cells is markup, not text.
      if (cellDepth > 0) append(cellPieces, value);
      return;
    }
    append(pieces, value);
  };

  let node: Node | null = root.firstChild;
  walk: while (node !== null) {
    if (node.nodeType === 1) {
      elements++;
      if (elements > limits.maxElements) {
        stoppedBy = 'elements';
        break;
      }
      const frame = enter(node as Element);
      if (frame !== null) {
        if (node.firstChild !== null) {
          frames.push(frame);
          if (frames.length > maxDepth) maxDepth = frames.length;
          node = node.firstChild;
          continue;
        }
        exit(frame);
      }
    } else if (node.nodeType === 3) {
      text(node.nodeValue ?? '');
      if (charsIn > limits.maxChars) {
        stoppedBy = 'chars';
        break;
      }
    }
    if (stoppedBy !== null) break;
    while (node.nextSibling === null) {
      const parent: Node | null = node.parentNode;
      if (parent === null || parent === root || frames.length === 0) break walk;
      node = parent;
      exit(frames.pop()!);
      if (stoppedBy !== null) break walk;
    }
    node = node.nextSibling;
  }
  // Close whatever the budget cut off, innermost first, so partial text still becomes blocks.
  while (frames.length > 0) exit(frames.pop()!);
  flush();
  return { blocks, stoppedBy, elements, maxDepth, firstH1 };
}
