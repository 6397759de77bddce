// Child process for one extreme page: prints one JSON line with the outcome.
// node --import tsx tests/fuzz/run-extreme.ts "<case name>"
import { performance } from 'node:perf_hooks';
import { EXTREME_CASES } from './extreme-pages';
import { checkInvariants } from './invariants';

export interface ExtremeOutcome {
  ok: boolean;
  error?: string;
  partial?: boolean;
  notes?: string[];
  wordCount?: number;
  claims?: number;
  htmlChars?: number;
  /** Informational only: tests never assert on time. */
  ms?: number;
}

function run(name: string): ExtremeOutcome {
  const c = EXTREME_CASES[name];
  if (!c) return { ok: false, error: `no extreme case named ${name}` };
  const html = c.html();
  const t0 = performance.now();
  try {
    const report = checkInvariants(html, c.budget);
    return {
      ok: true,
      partial: report.partial,
      notes: report.notes,
      wordCount: report.wordCount,
      claims: report.claims.length,
      htmlChars: html.length,
      ms: Math.round(performance.now() - t0),
    };
  } catch (err) {
    return {
      ok: false,
      error: err instanceof Error ? err.message.slice(0, 2000) : String(err),
      ms: Math.round(performance.now() - t0),
    };
  }
}

process.stdout.write(`${JSON.stringify(run(process.argv[2] ?? ''))}\n`);
