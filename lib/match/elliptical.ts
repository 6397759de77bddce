// Disease names a page shortens once it has named the family: in a lymphoma table, "folicular tras
// dos líneas", "Breyanzi – zone marginale", "manto tras inhibidor de BTK" are follicular, marginal
// zone and mantle cell lymphoma. Such a word alone says nothing ("follicular" thyroid cells, "manto"
// a cloak), so it is read only on a page where the matcher has already found a disease of the same
// family (the same root in conditions.json's parent tree), and never where a full name covers it.
// English words are here; each language's come with its pack (LanguagePack.elliptical).
import type { Dataset } from '../dataset/schema';
import { conditionAncestors } from '../dataset';
import type { ConditionNames } from './multilingual/types';
import type { PreparedBlock } from '../normalize/prepare';
import type { Hit } from './types';

const ENGLISH: ConditionNames = {
  fl: ['follicular'],
  mcl: ['mantle cell', 'mantle-cell'],
  mzl: ['marginal zone', 'marginal-zone'],
};

export interface EllipticalName {
  /** The condition the shortened name stands for. */
  readonly id: string;
  /** The root of its family: a page must name a disease with this root first. */
  readonly root: string;
  readonly pattern: RegExp;
}

/** The root of each condition in conditions.json's parent tree: the last of its ancestors. */
function rootsOf(dataset: Dataset): Map<string, string> {
  return new Map(dataset.conditions.map((c) => [c.id, conditionAncestors(dataset, c.id).at(-1) ?? c.id]));
}

const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Letters bound a Latin or Cyrillic name; a Chinese, Japanese or Korean one stands bare. */
function patternOf(names: readonly string[]): RegExp {
  const bounded = names.filter((n) => /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(n)).map(escape);
  const bare = names.filter((n) => !/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(n)).map(escape);
  const parts = [];
  if (bounded.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${bounded.join('|')})(?![\\p{L}\\p{N}])`);
  if (bare.length > 0) parts.push(`(?:${bare.join('|')})`);
  return new RegExp(parts.join('|'), 'giu');
}

/** The shortened names, and the root of every condition (to tell which families a page names). */
export interface EllipticalNames {
  readonly names: readonly EllipticalName[];
  readonly roots: ReadonlyMap<string, string>;
}

/** English and the packs' shortened names, compiled once per analysis (lib/index-dataset.ts). */
export function ellipticalNamesOf(dataset: Dataset, packs: readonly ConditionNames[]): EllipticalNames {
  const roots = rootsOf(dataset);
  const out: EllipticalName[] = [];
  for (const list of [ENGLISH, ...packs]) {
    for (const [id, names] of Object.entries(list)) {
      const root = roots.get(id);
      if (root === undefined || names.length === 0) continue;
      out.push({ id, root, pattern: patternOf(names) });
    }
  }
  return { names: out, roots };
}

export type ConditionHitMaker = (block: PreparedBlock, id: string, nStart: number, nEnd: number) => Hit;

/**
 * Adds a condition hit for each shortened name whose family the page names (`found`: the hits in its
 * blocks and headings), where no other name covers it.
 */
export function addEllipticalConditions(
  blocks: readonly PreparedBlock[],
  elliptical: EllipticalNames,
  found: readonly Hit[],
  byBlock: Map<number, Hit[]>,
  hits: Hit[],
  makeHit: ConditionHitMaker,
): void {
  const named = new Set(
    found.flatMap((h) => (h.kind === 'condition' ? (elliptical.roots.get(h.id) ?? []) : [])),
  );
  const wanted = elliptical.names.filter((n) => named.has(n.root));
  if (wanted.length === 0) return;
  let added = false;
  for (const block of blocks) {
    const existing = byBlock.get(block.index) ?? [];
    const more: Hit[] = [];
    for (const name of wanted) {
      name.pattern.lastIndex = 0;
      for (let m = name.pattern.exec(block.text); m; m = name.pattern.exec(block.text)) {
        const end = m.index + m[0].length;
        if ([...existing, ...more].some((h) => h.nStart < end && m!.index < h.nEnd)) continue;
        more.push(makeHit(block, name.id, m.index, end));
      }
    }
    if (more.length === 0) continue;
    byBlock.set(
      block.index,
      [...existing, ...more].sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd),
    );
    added = true;
  }
  if (!added) return;
  hits.length = 0;
  for (const block of blocks) for (const h of byBlock.get(block.index) ?? []) hits.push(h);
}
