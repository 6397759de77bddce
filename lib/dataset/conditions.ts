// "Does condition A cover condition B?", asked for every candidate figure and indication: answered
// from the ancestry the dataset index holds (lib/dataset/lookups.ts), never by walking the list.
import type { DatasetLookups } from './lookups';

/** True when `narrower` is `broader` or lies below it ("lbcl" covers "dlbcl"). Unknown ids cover nothing. */
export function covers(
  ds: Pick<DatasetLookups, 'conditionAncestry'>,
  broader: string,
  narrower: string,
): boolean {
  return ds.conditionAncestry.get(narrower)?.has(broader) === true;
}
