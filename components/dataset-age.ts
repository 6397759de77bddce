// How old the reference data are when the reader looks, from the dataset's as-of date and the
// `now` the view is given (components never read the clock).

/** Past this many months the data may miss approvals and the views say so. */
export const STALE_AFTER_MONTHS = 6;

/** Whole months from `asOf` ("2026-08-11", "2026-08" or "2026") to `now` (ISO); null if unreadable. */
export function monthsOld(asOf: string, now: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(asOf);
  const n = /^(\d{4})-(\d{2})-(\d{2})/.exec(now);
  if (!m || !n) return null;
  const [y1, m1, d1] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const [y2, m2, d2] = [Number(n[1]), Number(n[2]), Number(n[3])];
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1) months--;
  return months;
}

/**
 * More than six months: six whole months and at least one day more (the same rule as the CLI's
 * lib/dataset/freshness.ts on main, which this can be replaced by once merged).
 */
export function isStale(asOf: string, now: string): boolean {
  const months = monthsOld(asOf, now);
  if (months === null) return false;
  const sameDay = asOf.slice(8, 10) === now.slice(8, 10) || asOf.length < 10;
  return months > STALE_AFTER_MONTHS || (months === STALE_AFTER_MONTHS && !sameDay);
}
