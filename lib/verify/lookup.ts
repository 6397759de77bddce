// Names for ids, from the dataset index's lookups (lib/dataset/lookups.ts).
import type { DatasetLookups } from '../dataset/lookups';

/** A condition's name in the dataset's words, or its id when the dataset lacks it. */
export function conditionName(ds: Pick<DatasetLookups, 'conditionsById'>, id: string): string {
  return ds.conditionsById.get(id)?.name ?? id;
}
