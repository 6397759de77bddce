// Id lookups and condition ancestry, derived once per dataset when the analysis indexes it
// (DatasetIndex, lib/match/dataset-index.ts): the matcher, the rules and the verifier look up the
// same products and conditions for every claim, where a linear search each time adds up.
import type { Condition, Dataset, Product, Target } from './schema';
import { conditionAncestors } from './index';

export interface DatasetLookups {
  readonly productsById: ReadonlyMap<string, Product>;
  readonly conditionsById: ReadonlyMap<string, Condition>;
  readonly targetsById: ReadonlyMap<string, Target>;
  /** Each condition's id → the condition and every one above it ("dlbcl" → dlbcl, lbcl, b-nhl, …). */
  readonly conditionAncestry: ReadonlyMap<string, ReadonlySet<string>>;
}

export function datasetLookups(ds: Dataset): DatasetLookups {
  const conditionAncestry = new Map<string, ReadonlySet<string>>();
  for (const c of ds.conditions) conditionAncestry.set(c.id, new Set(conditionAncestors(ds, c.id)));
  return {
    productsById: firstById(ds.products),
    conditionsById: firstById(ds.conditions),
    targetsById: firstById(ds.targets),
    conditionAncestry,
  };
}

/** Same answer as lib/dataset/index.ts: the first entry with the id. */
function firstById<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const e of list) if (!map.has(e.id)) map.set(e.id, e);
  return map;
}
