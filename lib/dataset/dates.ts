// Partial dates ("2017-08-30", "2021-08", "2003") as the calendar days they can mean.
/** Earliest and latest calendar day a partial date can mean, as YYYY-MM-DD; undefined if impossible. */
export function partialDateRange(date: string): { first: string; last: string } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const daysIn = (mo: number) => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(month))) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = String(year).padStart(4, '0');
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  if (day === undefined)
    return { first: `${y}-${pad(month)}-01`, last: `${y}-${pad(month)}-${pad(daysIn(month))}` };
  return { first: date, last: date };
}
