// The page's visible text as blocks (paragraphs, list items, table cells, headings…), used to check
// that every hand-written quote really is on the page and does not straddle two blocks, so the
// label can only lie inside one sentence or table row of the engine's output.
import { normalizeForMatch } from './normalize';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BUTTON',
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
  'OPTION',
  'P',
  'PRE',
  'SECTION',
  'SELECT',
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

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function visibleBlocks(doc: Document): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = normalizeForMatch(current);
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIPPED.has(tag) || el.hasAttribute('hidden')) continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) flush();
        walk(el);
        if (block) flush();
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return blocks;
}
