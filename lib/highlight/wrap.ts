// Wraps pieces of text nodes in <mark> elements built with createElement, and unwraps them again.
// Text nodes are split by hand (linkedom has no Text.splitText) and the original node always keeps
// the text before the mark, so later pieces of the same node stay valid when processed from the end.
import type { TextPiece } from './text-index';

export const MARK_ATTR = 'data-therapylens';

export interface MarkSpec {
  piece: TextPiece;
  attrs: Record<string, string>;
}

export function wrapPieces(doc: Document, specs: MarkSpec[]): Element[] {
  const byNode = new Map<Text, MarkSpec[]>();
  for (const spec of specs) {
    const list = byNode.get(spec.piece.node);
    if (list) list.push(spec);
    else byNode.set(spec.piece.node, [spec]);
  }
  const marks: Element[] = [];
  for (const [node, list] of byNode) {
    list.sort((a, b) => b.piece.start - a.piece.start);
    for (const spec of list) {
      const mark = wrapOne(doc, node, spec);
      if (mark) marks.push(mark);
    }
  }
  return marks;
}

function wrapOne(doc: Document, node: Text, spec: MarkSpec): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const { start, end } = spec.piece;
  const data = node.data;
  const mark = doc.createElement('mark');
  for (const [name, value] of Object.entries(spec.attrs)) mark.setAttribute(name, value);
  mark.appendChild(doc.createTextNode(data.slice(start, end)));
  const next = node.nextSibling;
  parent.insertBefore(mark, next);
  if (end < data.length) parent.insertBefore(doc.createTextNode(data.slice(end)), next);
  node.data = data.slice(0, start);
  return mark;
}

/** Replaces each mark by its children and merges the text nodes the wrap split apart. */
export function unwrapAll(doc: Document): number {
  const marks = Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`));
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isConnected !== false) parent.normalize();
  return marks.length;
}
