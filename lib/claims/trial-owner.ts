// Trials run for one product only ("KarMMa" is Abecma's, "ZUMA-2" Tecartus'): a figure credited to
// such a trial belongs to that product even where the page's sentence names none, or names another
// product in passing ("the same target as cilta-cel" just before "KarMMa: ORR 72%").
import type { Dataset } from '../dataset/schema';
import { canonicalTrial } from '../match/lexicon';

const owners = new WeakMap<Dataset, Map<string, string | null>>();

function ownersOf(dataset: Dataset): Map<string, string | null> {
  let map = owners.get(dataset);
  if (!map) {
    map = new Map();
    for (const p of dataset.products) {
      for (const f of p.figures) {
        const name = canonicalTrial(f.trial);
        if (!name) continue;
        const prev = map.get(name);
        // null: more than one product reports figures under this name (a shared basket trial).
        map.set(name, prev === undefined || prev === p.id ? p.id : null);
      }
    }
    owners.set(dataset, map);
  }
  return map;
}

/** The one product whose figures come from `trial` (a canonical trial name, as hits carry), if only one. */
export function trialOwner(dataset: Dataset, trial: string | null | undefined): string | undefined {
  if (!trial) return undefined;
  return ownersOf(dataset).get(trial) ?? undefined;
}
