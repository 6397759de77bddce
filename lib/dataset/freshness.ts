// How old the reference data is, in words a reader acts on. Past six months the wording warns that
// recent approvals and label changes may be missing: the data is a snapshot, not a live feed.
// Pure: the caller passes `now` (lib/ never reads the clock).
import { partialDateRange } from './dates';

/** Beyond this many whole months the age is shown as a warning. */
export const STALE_AFTER_MONTHS = 6;

export interface DatasetAge {
  /** Whole calendar months from the as-of date to `now` (0 when `now` is earlier). */
  months: number;
  /** True when more than STALE_AFTER_MONTHS have passed. */
  stale: boolean;
  /** One sentence: "Reference data as of 2026-12-04 (3 months old)." or the warning. */
  text: string;
}

export function datasetAge(asOf: string, now: string): DatasetAge | undefined {
  const from = partialDateRange(asOf)?.last;
  const to = /^\d{4}-\d{2}-\d{2}/.exec(now)?.[0];
  if (!from || !to) return undefined;
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
  // "More than six months": six whole months and at least one more day.
  const stale = months > STALE_AFTER_MONTHS || (months === STALE_AFTER_MONTHS && td !== fd);
  const age = months === 0 ? 'less than a month old' : months === 1 ? '1 month old' : `${months} months old`;
  const text = stale
    ? `Warning: the reference data is ${age} (as of ${asOf}); approvals and label changes since then may be missing.`
    : `Reference data as of ${asOf} (${age}).`;
  return { months, stale, text };
}
