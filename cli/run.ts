// The analysis run behind `npm run analyze`: inputs → pages (cli/inputs/, read ahead a little) →
// the worker pool (pages read, analyzed and rendered in parallel) → output, written in input order
// as soon as the next page in order is ready. At most `maxInFlight` pages are held at once, so
// memory stays flat for an archive of any size.
import type { Format } from './analyze-args';
import type { ReadContext } from './inputs/types';
import type { OutputWriter } from './output';
import { pageStream } from './page-stream';
import type { JobMessage, JobResult, PageTally } from './pool/messages';
import { WorkerPool } from './pool/worker-pool';
import { inShard, type Shard } from './shard';

export interface RunOptions {
  inputs: readonly string[];
  workers: number;
  /** The output format, rendered by the workers (the writer puts the pages' parts together). */
  format: Format;
  /** Inputs open at once (URL downloads in flight). */
  lookahead: number;
  timeoutMs: number;
  shard?: Shard;
  /** Keys already in the output (--resume). */
  done?: ReadonlySet<string>;
  /** Fixed analysis time; otherwise the clock when each page is handed to a worker. */
  now?: string;
  /** A pool to use and leave open (the benchmark warms one up); otherwise one is made and closed. */
  pool?: AnalysisPool;
}

export interface RunEvents {
  /** A page analyzed: what the summary line counts of it. */
  report(tally: PageTally): void;
  /** A page or input that failed, as "<input>: <reason>". */
  error(line: string): void;
  /** A page finished, ok or not. */
  page(source: string): void;
  inputDone(): void;
}

export interface RunCounts {
  analyzed: number;
  errors: number;
  /** Archive records that are not HTML responses. */
  skipped: number;
  /** Pages another shard owns, or an earlier run (--resume) already wrote. */
  notInRun: number;
}

/** What the run needs of a pool (WorkerPool; tests pass a stand-in that finishes out of order). */
export interface AnalysisPool {
  readonly size: number;
  run(job: Omit<JobMessage, 'id'>): Promise<JobResult>;
  close(): Promise<void>;
}

interface InFlight {
  input: string;
  source: string;
  /** Where in the input the page is (archive records), for a body that cannot be read. */
  at: string | undefined;
  result: Promise<JobResult>;
  value?: JobResult;
}

export async function runAnalysis(
  opts: RunOptions,
  output: OutputWriter,
  events: RunEvents,
): Promise<RunCounts> {
  const counts: RunCounts = { analyzed: 0, errors: 0, skipped: 0, notInRun: 0 };
  const ctx: ReadContext = {
    timeoutMs: opts.timeoutMs,
    wants(key) {
      const wanted = (!opts.shard || inShard(key, opts.shard)) && !opts.done?.has(key);
      if (!wanted) counts.notInRun++;
      return wanted;
    },
  };
  const pool: AnalysisPool = opts.pool ?? new WorkerPool(opts.workers);
  const maxInFlight = pool.size * 4;
  const inFlight: InFlight[] = [];

  /** Writes the results at the front of the queue that are ready, in input order. */
  const flushReady = async () => {
    for (let value = inFlight[0]?.value; value; value = inFlight[0]?.value) {
      const { input, source, at } = inFlight.shift()!;
      if (!value.ok && value.stage === 'read') {
        // Not a page (a missing file, an archived body that is not HTML): the one line a reader
        // gives for it, and no page on the progress line.
        counts.errors++;
        events.error(`${input}: ${at ? `${at}: ` : ''}${value.error}`);
        continue;
      }
      events.page(source);
      if (value.ok) {
        counts.analyzed++;
        events.report(value.tally);
        await output.write(value.line);
      } else {
        counts.errors++;
        events.error(`${input}: ${source === input ? '' : `${source}: `}${value.error}`);
      }
    }
  };
  const waitForFront = async () => {
    await inFlight[0]!.result;
    await flushReady();
  };

  try {
    for await (const { input, item } of pageStream(opts.inputs, ctx, opts.lookahead, events.inputDone)) {
      if (item.kind === 'skipped') {
        counts.skipped++;
        continue;
      }
      if (item.kind === 'error') {
        counts.errors++;
        events.error(`${input}: ${item.message}`);
        continue;
      }
      const { source, body, capture, at } = item.page;
      const now = opts.now ?? new Date().toISOString();
      const job = { source, body, now, format: opts.format, ...(capture ? { capture } : {}) };
      const entry: InFlight = { input, source, at, result: pool.run(job) };
      // Registered before anyone awaits `result`, so `value` is set by the time an await returns.
      void entry.result.then((value) => (entry.value = value));
      inFlight.push(entry);
      await flushReady();
      while (inFlight.length >= maxInFlight) await waitForFront();
    }
    while (inFlight.length > 0) await waitForFront();
  } finally {
    if (!opts.pool) await pool.close();
  }
  return counts;
}
