// Names a page itself ties to a product: "'림카토주'(성분명 안발카프타진 오토류셀, 개발명 안발셀)",
// "「カービクティ」(シルタカブタゲン…)", "„Rimkato®“ (anbal-cel)". A brand the dataset does not hold yet,
// quoted and followed at once by brackets that name exactly one known product, is that product's
// name on this page; its other mentions ("림카토주는 …") are found as that product too.
import type { PreparedBlock } from '../normalize/prepare';
import type { Hit } from './types';

/** A quoted name (2–16 characters) right before an opening bracket. */
const QUOTED_BEFORE_BRACKET =
  /['‘’"“”„«「『《〈]([^'‘’"“”„«»「」『』《》〈〉()（）\s][^'‘’"“”„«»「」『』《》〈〉()（）]{1,15})['‘’"“”»」』》〉]\s*[(（]/gu;
/** A one-word name whose quotation closes after its bracket: "'사트리셀(satricabtagene autoleucel)'". */
const QUOTE_OPENS_BEFORE_BRACKET = /['‘"“„«「『《〈]([^\s'‘’"“”„«»「」『』《》〈〉()（）]{2,16})[(（]/gu;
/** A Latin name with a trademark sign right before an opening bracket: "Rimkato® (anbal-cel)". */
const MARKED_BEFORE_BRACKET = /(?<![\p{L}])(\p{Lu}[\p{L}-]{2,15})\s?[®™]\s*[(（]/gu;
/**
 * A table cell or line that is only a Korean, Japanese or Russian word and a bracket holding nothing but
 * one known name: "사트리셀(satri-cel) | CAR-T | …" (the whole bracket must be that name, see findAliases).
 */
const NATIVE_BEFORE_BRACKET =
  /(?:^|\|\s*)([\p{Script=Hangul}\p{Script=Katakana}\p{Script=Cyrillic}ー]{2,12})[(（](?=[^()（）|]*[)）]\s*(?:\||$))/gu;
const CLOSE = /[)）]/;

interface Alias {
  name: string;
  id: string;
}

export type HitMaker = (block: PreparedBlock, id: string, nStart: number, nEnd: number) => Hit;

/** Adds a hit for every mention of a page-defined alias that no name already covers. */
export function addPageAliases(
  blocks: readonly PreparedBlock[],
  byBlock: Map<number, Hit[]>,
  hits: Hit[],
  makeHit: HitMaker,
): void {
  const aliases = findAliases(blocks, byBlock);
  if (aliases.length === 0) return;
  let added = false;
  for (const block of blocks) {
    const existing = byBlock.get(block.index) ?? [];
    for (const { name, id } of aliases) {
      for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (existing.some((h) => h.nStart < end && at < h.nEnd)) continue;
        // A Latin alias is a whole word; a Korean or Japanese one may carry a particle ("림카토주는").
        if (
          /\p{Script=Latin}/u.test(name) &&
          (/\p{L}/u.test(block.text[at - 1] ?? '') || /\p{L}/u.test(block.text[end] ?? ''))
        )
          continue;
        existing.push(makeHit(block, id, at, end));
        added = true;
      }
    }
    if (existing.length > 0) {
      existing.sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd);
      byBlock.set(block.index, existing);
    }
  }
  if (!added) return;
  hits.length = 0;
  for (const block of blocks) for (const h of byBlock.get(block.index) ?? []) hits.push(h);
}

function findAliases(blocks: readonly PreparedBlock[], byBlock: Map<number, Hit[]>): Alias[] {
  const out: Alias[] = [];
  for (const block of blocks) {
    const blockHits = byBlock.get(block.index);
    if (!blockHits?.some((h) => h.kind === 'product')) continue;
    for (const re of [
      QUOTED_BEFORE_BRACKET,
      QUOTE_OPENS_BEFORE_BRACKET,
      MARKED_BEFORE_BRACKET,
      NATIVE_BEFORE_BRACKET,
    ]) {
      re.lastIndex = 0;
      for (let m = re.exec(block.text); m; m = re.exec(block.text)) {
        const name = m[1]!.trim();
        const nameAt = m.index + m[0].indexOf(m[1]!);
        const open = m.index + m[0].length;
        const close = block.text.slice(open).search(CLOSE);
        if (close < 0) continue;
        // The name is new: no name of any kind lies on it.
        if (blockHits.some((h) => h.nStart < nameAt + name.length && nameAt < h.nEnd)) continue;
        const inside = distinctIds(
          blockHits.filter((h) => h.kind === 'product' && h.nStart >= open && h.nEnd <= open + close),
        );
        if (inside.length !== 1) continue;
        // An unquoted word is a name only where its bracket is that one name and nothing more.
        if (re === NATIVE_BEFORE_BRACKET && !wholeBracket(block.text, blockHits, open, open + close))
          continue;
        if (!out.some((a) => a.name === name)) out.push({ name, id: inside[0]! });
      }
    }
  }
  // One name for two products is no alias at all.
  return out.filter((a) => out.every((b) => b.name !== a.name || b.id === a.id));
}

function distinctIds(hits: readonly Hit[]): string[] {
  return [...new Set(hits.map((h) => h.id))];
}

/** Whether one product name fills the bracket from `open` to `close` (spaces aside). */
function wholeBracket(text: string, hits: readonly Hit[], open: number, close: number): boolean {
  const from = open + (text.slice(open, close).length - text.slice(open, close).trimStart().length);
  const to = open + text.slice(open, close).trimEnd().length;
  return hits.some((h) => h.kind === 'product' && h.nStart === from && h.nEnd === to);
}
