// Progress and the end-of-run summary, both on stderr so stdout carries only the requested output.
// A redrawn bar when stderr is a terminal; otherwise nothing, or one plain line per page with
// --progress (for logs and CI). Both show pages per second: archives hold an unknown number of
// pages, so the bar counts inputs and the rate counts pages.
import type { Verdict } from '../lib/schema';

export interface ProgressSink {
  /** A page finished (analyzed or failed). */
  page(source: string): void;
  /** Every page of an input has been read. */
  inputDone(): void;
  /** A one-line error, printed right away. */
  error(line: string): void;
  done(): void;
}

export function createProgress(
  totalInputs: number,
  opts: {
    tty: boolean;
    plain: boolean;
    write(text: string): void;
    /** Milliseconds, for the rate (injected so tests do not read the clock). */
    clock?: () => number;
  },
): ProgressSink {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const bar = opts.tty;
  let pages = 0;
  let inputs = 0;
  let drawn = false;
  const width = 24;
  const rate = () => {
    const seconds = (clock() - started) / 1000;
    return seconds > 0 ? (pages / seconds).toFixed(1) : '0.0';
  };
  const draw = (label: string) => {
    const filled = Math.round((Math.min(inputs, totalInputs) / Math.max(totalInputs, 1)) * width);
    const shown = label.length > 40 ? `…${label.slice(-39)}` : label;
    opts.write(
      `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${inputs}/${totalInputs} inputs read · ${pages} pages · ${rate()} pages/s ${shown}`,
    );
    drawn = true;
  };
  return {
    page(source) {
      pages++;
      if (bar) draw(source);
      else if (opts.plain) opts.write(`[${pages} pages, ${rate()} pages/s] ${source}\n`);
    },
    inputDone() {
      inputs++;
      if (bar && drawn) draw('');
    },
    error(line) {
      if (bar && drawn) opts.write('\r\x1b[2K');
      opts.write(line + '\n');
      if (bar && drawn) draw('');
    },
    done() {
      if (bar && drawn) opts.write('\r\x1b[2K');
    },
  };
}

const VERDICTS: Verdict[] = ['consistent', 'differs', 'not-approved', 'unverified'];

/** Running totals for the summary line, so a run never has to keep its reports. */
export interface Tally {
  pages: number;
  products: number;
  distinct: Set<string>;
  claims: number;
  byVerdict: Record<Verdict, number>;
}

export function createTally(): Tally {
  return {
    pages: 0,
    products: 0,
    distinct: new Set(),
    claims: 0,
    byVerdict: { consistent: 0, differs: 0, 'not-approved': 0, unverified: 0 },
  };
}

/** A PageReport, or the part of it an analysis worker sends back (cli/pool/messages.ts PageTally). */
export function addToTally(
  tally: Tally,
  report: { products: readonly { id: string }[]; claims: readonly { verdict: Verdict }[] },
): void {
  tally.pages++;
  tally.products += report.products.length;
  for (const p of report.products) tally.distinct.add(p.id);
  tally.claims += report.claims.length;
  for (const c of report.claims) tally.byVerdict[c.verdict]++;
}

export function summaryLine(
  tally: Tally,
  counts: { pages: number; errors: number; skipped?: number; notInRun?: number },
): string {
  const byVerdict = VERDICTS.map((v) => `${v} ${tally.byVerdict[v]}`);
  const extra = [
    counts.skipped ? `; archive records skipped ${counts.skipped} (not HTML responses)` : '',
    counts.notInRun ? `; pages left to other shards or done before ${counts.notInRun}` : '',
  ].join('');
  return (
    `summary: ${tally.pages} of ${counts.pages} page${counts.pages === 1 ? '' : 's'} analyzed; ` +
    `products ${tally.products} (${tally.distinct.size} distinct); claims ${tally.claims} (${byVerdict.join(', ')}); ` +
    `errors ${counts.errors}${extra}`
  );
}
