// Running heads and feet (a label's "Reference ID: 4567890 · Page 3 of 40", a journal's name at the
// top of every page) are not part of the text, and left in they split the paragraph that runs on
// across the page break. A one-line leaf at the top or foot of a page is dropped when, with its
// numbers masked, it recurs on at least half of the pages (three at least), or when it is a bare
// page number.
import type { Leaf } from './regions';

const MIN_PAGES = 3;
const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

function singleLine(leaf: Leaf | undefined): string | null {
  if (!leaf || leaf.kind !== 'text') return null;
  const ys = new Set(leaf.fragments.map((f) => Math.round(f.y)));
  return ys.size === 1 ? leaf.fragments.map((f) => f.text).join(' ') : null;
}

const key = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/** Each page's leaves without its running head and foot. */
export function dropRunningLines(pages: Leaf[][]): Leaf[][] {
  if (pages.length < 2) return pages;
  const edges = (leaves: Leaf[]): Leaf[] =>
    [leaves[0], leaves[leaves.length - 1]].filter((l): l is Leaf => !!l);
  const seen = new Map<string, number>();
  for (const leaves of pages) {
    const keys = new Set(
      edges(leaves)
        .flatMap((leaf) => singleLine(leaf) ?? [])
        .map(key),
    );
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(MIN_PAGES, Math.ceil(pages.length / 2));
  const running = (leaf: Leaf): boolean => {
    const line = singleLine(leaf);
    return line !== null && (PAGE_NUMBER.test(line.trim()) || (seen.get(key(line)) ?? 0) >= threshold);
  };
  return pages.map((leaves) => {
    const edge = new Set(edges(leaves).filter(running));
    return leaves.filter((leaf) => !edge.has(leaf));
  });
}
