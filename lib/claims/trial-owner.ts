// Trials run for one product only ("KarMMa" is Abecma's, "ZUMA-2" Tecartus'): a figure credited to
// such a trial belongs to that product even where the page's sentence names none, or names another
// product in passing ("the same target as cilta-cel" just before "KarMMa: ORR 72%").
import type { Dataset } from '../dataset/schema';
import type { DatasetIndex } from '../match/dataset-index';
import { canonicalTrial } from '../match/lexicon';

/** Canonical trial name → its one product, or null when several report figures under it. Built by indexDataset. */
export function trialOwnersOf(dataset: Dataset): ReadonlyMap<string, string | null> {
  const map = new Map<string, string | null>();
  for (const p of dataset.products) {
    for (const f of p.figures) {
      const name = canonicalTrial(f.trial);
      if (!name) continue;
      const prev = map.get(name);
      // null: more than one product reports figures under this name (a shared basket trial).
      map.set(name, prev === undefined || prev === p.id ? p.id : null);
    }
  }
  return map;
}

/** The one product whose figures come from `trial` (a canonical trial name, as hits carry), if only one. */
export function trialOwner(
  index: Pick<DatasetIndex, 'trialOwners'>,
  trial: string | null | undefined,
): string | undefined {
  if (!trial) return undefined;
  return index.trialOwners.get(trial) ?? undefined;
}

/** Canonical trial name → the conditions its figures are recorded for. Built by indexDataset. */
export function trialConditionsOf(dataset: Dataset): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>();
  for (const p of dataset.products)
    for (const f of p.figures) {
      const name = canonicalTrial(f.trial);
      if (name) map.set(name, (map.get(name) ?? new Set()).add(f.conditionId));
    }
  return map;
}
