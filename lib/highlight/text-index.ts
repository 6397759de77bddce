// A searchable view of a live document's visible text, mapped back to (text node, offset) so a
// match can be wrapped in place. Whitespace is collapsed and a few look-alike characters folded,
// because the report quotes text after extraction, not the DOM's exact characters.

/** Never search or touch these: page scripts and form state must stay exactly as they are. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new line of text: their boundaries count as whitespace. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT; NodeFilter is not a global in every DOM we run in

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface TextIndex {
  /** Folded text; one entry in `nodes`/`offsets` per character. Block boundaries appear as ' '. */
  text: string;
  /** Source node of each character, or null for a space standing for a block boundary. */
  nodes: (Text | null)[];
  offsets: number[];
}

/** Folds one character the way needles are folded; '' drops it (soft hyphen, zero-width). */
function foldChar(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  switch (ch) {
    case '\u00ad':
    case '\u200b':
    case '\u200c':
    case '\u200d':
    case '\u2060':
    case '\ufeff':
      return '';
    case '\u2018':
    case '\u2019':
    case '\u201a':
    case '\u2032':
      return "'";
    case '\u201c':
    case '\u201d':
    case '\u201e':
    case '\u2033':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2015':
    case '\u2212':
      return '-';
  }
  const lower = ch.toLowerCase();
  // A few letters lower-case to two characters; keep one character per source character.
  return lower.length === 1 ? lower : ch;
}

/** The needle folded exactly like the index, whitespace collapsed and trimmed. */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

function isSkipped(el: Element | null, cache: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let cur = el;
  let skipped = false;
  while (cur) {
    const known = cache.get(cur);
    if (known !== undefined) {
      skipped = known;
      break;
    }
    seen.push(cur);
    if (SKIP_TAGS.has(cur.tagName.toUpperCase())) {
      skipped = true;
      break;
    }
    cur = cur.parentElement;
  }
  for (const e of seen) cache.set(e, skipped);
  return skipped;
}

function blockOf(node: Node): Element | null {
  let cur = node.parentElement;
  while (cur && !BLOCK_TAGS.has(cur.tagName.toUpperCase())) cur = cur.parentElement;
  return cur;
}

export function buildTextIndex(doc: Document): TextIndex {
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const root = doc.body ?? doc.documentElement;
  if (!root) return index;
  const parts: string[] = [];
  const skipCache = new Map<Element, boolean>();
  let lastBlock: Element | null | undefined;
  let lastWasSpace = true;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (isSkipped(node.parentElement, skipCache)) continue;
    const block = blockOf(node);
    if (lastBlock !== undefined && block !== lastBlock && !lastWasSpace) {
      parts.push(' ');
      index.nodes.push(null);
      index.offsets.push(0);
      lastWasSpace = true;
    }
    lastBlock = block;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const f = foldChar(data.charAt(i));
      if (f === '' || (f === ' ' && lastWasSpace)) continue;
      parts.push(f);
      index.nodes.push(node);
      index.offsets.push(i);
      lastWasSpace = f === ' ';
    }
  }
  index.text = parts.join('');
  return index;
}

const WORDISH = /[\p{L}\p{N}]/u;
const NO_SPACES_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Word edges matter for Latin names ("CAR-T" not inside "CAR-TCR"); CJK text has no spaces. */
function needsBoundary(ch: string | undefined): boolean {
  return ch !== undefined && WORDISH.test(ch) && !NO_SPACES_SCRIPT.test(ch);
}

export interface FindOptions {
  /** Require non-word characters around the match (product names); sentences don't need it. */
  wholeWord?: boolean;
  /** Stop after this many matches. */
  limit?: number;
}

/** Start/end positions (into index.text) of every occurrence of the folded needle. */
export function findAll(index: TextIndex, needle: string, opts: FindOptions = {}): [number, number][] {
  const folded = foldText(needle);
  if (folded === '') return [];
  const limit = opts.limit ?? Number.POSITIVE_INFINITY;
  const checkStart = opts.wholeWord === true && needsBoundary(folded.charAt(0));
  const checkEnd = opts.wholeWord === true && needsBoundary(folded.charAt(folded.length - 1));
  const found: [number, number][] = [];
  let from = 0;
  while (found.length < limit) {
    const at = index.text.indexOf(folded, from);
    if (at < 0) break;
    const end = at + folded.length;
    const before = index.text.charAt(at - 1);
    const after = index.text.charAt(end);
    const okStart = !checkStart || at === 0 || !WORDISH.test(before);
    const okEnd = !checkEnd || end >= index.text.length || !WORDISH.test(after);
    if (okStart && okEnd) {
      found.push([at, end]);
      from = end;
    } else {
      from = at + 1;
    }
  }
  return found;
}

/** The text-node pieces covering index.text[start, end), one per node, in document order. */
export function piecesOf(index: TextIndex, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (let i = start; i < end; i++) {
    const node = index.nodes[i];
    const offset = index.offsets[i];
    if (!node || offset === undefined) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === node) last.end = offset + 1;
    else pieces.push({ node, start: offset, end: offset + 1 });
  }
  // A piece that is only collapsed whitespace would wrap nothing visible.
  return pieces.filter((p) => p.node.data.slice(p.start, p.end).trim() !== '');
}
