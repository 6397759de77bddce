// A qualifier that names the complement of a subtype: the dataset has "non-muscle-invasive bladder
// cancer" (NMIBC) under "bladder cancer", so "muscle-invasive bladder cancer" is bladder cancer
// OUTSIDE that subtype. The matcher finds "bladder cancer" in it; this tells the rules which
// subtype the page's wording excludes. Read from the dataset's own names, once per analysis into the
// dataset index (indexDataset).
import type { Dataset } from '../dataset/schema';
import type { DatasetIndex } from './dataset-index';

export interface Complement {
  /** The ancestor condition the page's words still name. */
  parent: string;
  /** The subtype the qualifier excludes. */
  excludes: string;
  /** Lower-case qualifier without "non-" ("muscle-invasive"), matched just before the parent's name. */
  qualifier: RegExp;
  word: string;
}

export function complementsOf(ds: Dataset): readonly Complement[] {
  const list: Complement[] = [];
  const byId = new Map(ds.conditions.map((c) => [c.id, c] as const));
  for (const c of ds.conditions) {
    // Every ancestor's names: "non-muscle-invasive bladder cancer" ends with the parent's "bladder cancer".
    const ancestors: Array<{ id: string; names: string[] }> = [];
    for (
      let p = c.parent === undefined ? undefined : byId.get(c.parent);
      p && ancestors.length < 8;
      p = p.parent === undefined ? undefined : byId.get(p.parent)
    ) {
      ancestors.push({ id: p.id, names: [p.name, ...p.synonyms].map((n) => n.toLowerCase()) });
    }
    for (const synonym of c.synonyms.concat(c.name)) {
      const m = /^non[- ]?(.+)$/i.exec(synonym.trim());
      if (!m) continue;
      const rest = (m[1] ?? '').toLowerCase();
      for (const a of ancestors) {
        const tail = a.names.find((n) => rest.endsWith(` ${n}`));
        if (!tail) continue;
        const word = rest.slice(0, rest.length - tail.length).trim();
        // "non-Hodgkin lymphoma" → "Hodgkin lymphoma" is a condition of its own, found by name.
        if (word.length < 4 || list.some((x) => x.parent === a.id && x.word === word)) continue;
        const pattern = word
          .split(/[- ]/)
          .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
          .join('[- ]?');
        list.push({
          parent: a.id,
          excludes: c.id,
          word,
          qualifier: new RegExp(`(?<!non[- ]?)\\b${pattern}\\s*$`, 'iu'),
        });
      }
    }
  }
  return list;
}

/**
 * The subtype a qualifier written just before a condition's name excludes ("muscle-invasive" before
 * "bladder cancer" → NMIBC), with the qualifier as written; undefined for ordinary wording.
 */
export function excludedSubtype(
  index: Pick<DatasetIndex, 'complements'>,
  conditionId: string,
  textBefore: string,
): { excludes: string; qualifier: string } | undefined {
  for (const c of index.complements) {
    if (c.parent !== conditionId) continue;
    if (c.qualifier.test(textBefore)) return { excludes: c.excludes, qualifier: c.word };
  }
  return undefined;
}
