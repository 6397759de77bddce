// Small pure lookups over a Dataset, shared by the matcher, the verifier and the CLI.
import type { Condition, Dataset, Product, Target } from './schema';

export function productById(ds: Dataset, id: string): Product | undefined {
  return ds.products.find((p) => p.id === id);
}

export function conditionById(ds: Dataset, id: string): Condition | undefined {
  return ds.conditions.find((c) => c.id === id);
}

export function targetById(ds: Dataset, id: string): Target | undefined {
  return ds.targets.find((t) => t.id === id);
}

/**
 * The condition and its ancestors, narrowest first: "dlbcl" → ["dlbcl", "lbcl", "b-nhl", "nhl",
 * "lymphoma"]. Unknown ids give []. Stops on a cycle rather than looping (the invariant tests
 * forbid cycles, but a user-supplied dataset could contain one).
 */
export function conditionAncestors(ds: Dataset, id: string): string[] {
  const chain: string[] = [];
  let current = conditionById(ds, id);
  while (current && !chain.includes(current.id)) {
    chain.push(current.id);
    current = current.parent === undefined ? undefined : conditionById(ds, current.parent);
  }
  return chain;
}

/** True when `narrowerId` is `broaderId` or lies below it ("lbcl" covers "dlbcl", not the reverse). */
export function conditionCovers(ds: Dataset, broaderId: string, narrowerId: string): boolean {
  return conditionAncestors(ds, narrowerId).includes(broaderId);
}

export type { Condition, Dataset, Figure, Indication, Product, Source, Target } from './schema';
