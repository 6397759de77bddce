// Progress and the end-of-run summary, both on stderr so stdout carries only the requested output.
// A redrawn bar when stderr is a terminal and there are several inputs; otherwise nothing, or one
// plain line per input with --progress (for logs and CI).
import type { PageReport, Verdict } from '../lib/schema';

export interface ProgressSink {
  /** An input finished (ok or not). */
  tick(input: string): void;
  /** A one-line error for an input, printed right away. */
  error(line: string): void;
  done(): void;
}

export function createProgress(
  total: number,
  opts: { tty: boolean; plain: boolean; write(text: string): void },
): ProgressSink {
  const bar = opts.tty && total >= 3;
  let finished = 0;
  const width = 24;
  const draw = (label: string) => {
    const filled = Math.round((finished / total) * width);
    const shown = label.length > 40 ? `…${label.slice(-39)}` : label;
    opts.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${finished}/${total} ${shown}`);
  };
  return {
    tick(input) {
      finished++;
      if (bar) draw(input);
      else if (opts.plain) opts.write(`[${finished}/${total}] ${input}\n`);
    },
    error(line) {
      if (bar) opts.write('\r\x1b[2K');
      opts.write(line + '\n');
      if (bar && finished < total) draw('');
    },
    done() {
      if (bar) opts.write('\r\x1b[2K');
    },
  };
}

const VERDICTS: Verdict[] = ['consistent', 'differs', 'not-approved', 'unverified'];

export function summaryLine(reports: readonly PageReport[], inputs: number, errors: number): string {
  const products = reports.reduce((n, r) => n + r.products.length, 0);
  const distinct = new Set(reports.flatMap((r) => r.products.map((p) => p.id))).size;
  const claims = reports.reduce((n, r) => n + r.claims.length, 0);
  const byVerdict = VERDICTS.map(
    (v) => `${v} ${reports.reduce((n, r) => n + r.claims.filter((c) => c.verdict === v).length, 0)}`,
  );
  return (
    `summary: ${reports.length} of ${inputs} page${inputs === 1 ? '' : 's'} analyzed; ` +
    `products ${products} (${distinct} distinct); claims ${claims} (${byVerdict.join(', ')}); ` +
    `errors ${errors}`
  );
}
