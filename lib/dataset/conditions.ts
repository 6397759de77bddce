// Condition ancestry, computed once per dataset: the verifier asks "does A cover B?" for every
// candidate figure and indication, and a linear scan of the condition list each time adds up.
import type { Dataset } from './schema';
import { conditionAncestors } from './index';

const cache = new WeakMap<Dataset, Map<string, ReadonlySet<string>>>();

function ancestorsOf(ds: Dataset, id: string): ReadonlySet<string> {
  let byId = cache.get(ds);
  if (!byId) {
    byId = new Map();
    cache.set(ds, byId);
  }
  let set = byId.get(id);
  if (!set) {
    set = new Set(conditionAncestors(ds, id));
    byId.set(id, set);
  }
  return set;
}

/** True when `narrower` is `broader` or lies below it ("lbcl" covers "dlbcl"). */
export function covers(ds: Dataset, broader: string, narrower: string): boolean {
  return ancestorsOf(ds, narrower).has(broader);
}
