// Id lookups over a dataset's lists, indexed once per list: the verifier looks up the same products
// and conditions for every claim, where a linear search each time adds up. Same answer as
// lib/dataset/index.ts: the first entry with the id (hence the reversed entries, last set wins).
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = new Map(list.map((e) => [e.id, e] as const).reverse())));
  return index.get(id) as T | undefined;
}

/** A condition's name in the dataset's words, or its id when the dataset lacks it. */
export function conditionName(
  ds: { conditions: readonly { id: string; name: string }[] },
  id: string,
): string {
  return byId(ds.conditions, id)?.name ?? id;
}
