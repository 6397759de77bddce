// npm run bench -- --throughput [--json] [--quick] [--pages DIR]...
// Pages per second of the CLI's pipeline (cli/run.ts: readers → worker pool → ordered output) with
// 1, 2 and all worker threads, and the speed-up over one. Page sets: the fixture pages as HTML
// files, the same pages as one .warc.gz archive, the fixture PDFs, and any directory of saved pages given with
// --pages (for example a checkout of Readability's test pages: test/test-pages/*/source.html).
// Workers are started and warmed until V8 has stopped compiling (see warmUp), and each set is
// repeated to a run of a few seconds, so the figures are steady-state throughput. Each round times
// every worker count back to back, each beside the control (bench/cpu-control.ts), and the
// speed-up is the median of the rounds' ratios, so both sides of a ratio saw the same machine.
// Goal (reported, not asserted): ≥ 0.8 × linear speed-up per added core, up to the machine's
// cores. The load average is printed: on a shared machine, other work takes cores from the run.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputWriter } from '../cli/output';
import { WorkerPool } from '../cli/pool/worker-pool';
import { runAnalysis } from '../cli/run';
import { buildWarc, pagesFromFiles } from '../scripts/make-warc';
import { cpuParallelCapacity } from './cpu-control';
import {
  cpuBetween,
  stopWatchingWorkerThreads,
  threadCpu,
  watchWorkerThreads,
  type CpuByThread,
} from './thread-cpu';
import { markdownTable, median, round } from './stats';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = '2026-01-01T00:00:00.000Z';
/** The CLI's workers, each naming its thread first (bench/thread-cpu.ts). */
const BOOT = new URL('./worker-boot.mjs', import.meta.url);

interface PageSet {
  name: string;
  /** Inputs of one pass (files or archives). */
  inputs: string[];
  /** Pages in one pass. */
  pages: number;
}

export interface ThroughputRow {
  set: string;
  workers: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  speedup: number;
  /** (speed-up − 1) / (workers − 1): 1 is linear; the goal is ≥ 0.8. */
  perCoreEfficiency: number | null;
  /**
   * The control measured beside each run: a pure CPU loop in `workers` threads against one, so the
   * parallel CPU the machine gave at the time (`workers` on an idle machine).
   */
  controlSpeedup: number | null;
  /** speed-up ÷ control: the share of the parallelism the machine gave that the pipeline used. */
  speedupOfControl: number | null;
  /**
   * CPU time of the whole process (all threads) per page. Unlike pages/s it does not depend on how
   * many cores other work left free: equal figures for 1 and N workers mean no parallel overhead.
   */
  cpuMsPerPage: number;
  /**
   * Of which V8's helper threads (concurrent compiles, the garbage collector's helpers) and libuv's
   * pool; null off Linux. With one worker they run beside it on another core.
   */
  helperCpuMsPerPage: number | null;
  /** Pages each worker analyzed before timing (see warmUp). */
  warmPagesPerWorker: number;
  /** Whether the warm-up ended because the helper threads' CPU per page had settled. */
  warmSettled: boolean | null;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (/\.html?$/i.test(entry)) out.push(path);
  }
  return out.sort();
}

async function pageSets(extraDirs: string[], tmp: string): Promise<PageSet[]> {
  const fixtures = htmlFiles(join(ROOT, 'tests', 'fixtures', 'pages'));
  const archive = join(tmp, 'fixtures.warc.gz');
  writeFileSync(archive, await buildWarc(pagesFromFiles(fixtures), { gzip: true }));
  // The PDFs with a text layer (tests/fixtures/pdf: printed fixture pages, two columns, a table).
  const pdfDir = join(ROOT, 'tests', 'fixtures', 'pdf');
  const pdfs = readdirSync(pdfDir)
    .filter((f) => f.endsWith('.pdf') && !/^(encrypted|image-only)\.pdf$/.test(f))
    .sort()
    .map((f) => join(pdfDir, f));
  const sets: PageSet[] = [
    { name: 'fixture pages (HTML files)', inputs: fixtures, pages: fixtures.length },
    { name: 'fixture pages (.warc.gz)', inputs: [archive], pages: fixtures.length },
    { name: 'fixture PDFs', inputs: pdfs, pages: pdfs.length },
  ];
  for (const dir of extraDirs) {
    const files = htmlFiles(dir);
    if (files.length > 0) sets.push({ name: `${dir} (HTML files)`, inputs: files, pages: files.length });
  }
  return sets;
}

function repeat<T>(items: T[], times: number): T[] {
  return Array.from({ length: times }, () => items).flat();
}

const discard: OutputWriter = { write: async () => undefined, end: async () => undefined };

interface Timed {
  pages: number;
  seconds: number;
  cpuSeconds: number;
  threads: CpuByThread | undefined;
}

async function timeRun(pool: WorkerPool, inputs: string[]): Promise<Timed> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const threadsBefore = threadCpu();
  const counts = await runAnalysis(
    { inputs, workers: pool.size, format: 'jsonl', lookahead: 4, timeoutMs: 15_000, now: NOW, pool },
    discard,
    { report: () => undefined, error: () => undefined, page: () => undefined, inputDone: () => undefined },
  );
  const used = process.cpuUsage(cpu);
  return {
    pages: counts.analyzed,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    threads: cpuBetween(threadsBefore, threadCpu()),
  };
}

interface Warm {
  /** The last warm-up pass: its rate sizes the timed runs. */
  last: Timed;
  pagesPerWorker: number;
  /** null: no per-thread CPU here, or a --quick run (one fixed pass). */
  settled: boolean | null;
}

/** Helper threads' CPU per page of a run, in ms. */
const helperMs = (run: Timed) => (run.threads ? (run.threads.helpers * 1000) / run.pages : Number.NaN);

/** CPU seconds of analysis each worker gets before timing (or wall seconds where threads can't be told apart). */
const WARM_WORKER_SECONDS = 20;
/** A warm-up that has not settled by then is timed anyway (and says so). */
const WARM_MAX_SECONDS = 90;

/**
 * Warms a pool until V8 has stopped compiling. Each worker is a V8 isolate that compiles the engine
 * with TurboFan on its own, on the helper threads, and on the fixture pages that goes on for some
 * 2,000–2,500 pages per worker (about 15 s of one worker's CPU: large functions are deoptimized and
 * compiled again as new pages bring new object shapes), not the few hundred pages the JIT takes to
 * tier up. Timed before then, the two-worker run competed with its own workers' compiles for the
 * second core while the one-worker run had it free, and the speed-up measured the warm-up. So each
 * worker first gets WARM_WORKER_SECONDS of CPU, in passes of about 2 s; then (Linux) passes go on
 * until the helper threads' CPU per page has stayed near the lowest earlier pass twice in a row, what
 * is left being the garbage collector's share, which large pages keep. At most
 * WARM_MAX_SECONDS in all.
 */
async function warmUp(pool: WorkerPool, set: PageSet, quick: boolean): Promise<Warm> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  let last = await timeRun(
    pool,
    repeat(set.inputs, Math.max(1, Math.round((quick ? 40 : 100 * pool.size) / set.pages))),
  );
  let pages = last.pages;
  const perWorker = () => Math.round(pages / pool.size);
  if (quick) return { last, pagesPerWorker: perWorker(), settled: null };
  // Analysis time each worker has had: its own CPU where threads can be told apart.
  let workerSeconds = last.threads ? last.threads.workers / pool.size : last.seconds;
  let lowest = Number.POSITIVE_INFINITY;
  let steady = 0;
  const settled = () => workerSeconds >= WARM_WORKER_SECONDS && (!last.threads || steady >= 2);
  while (!settled() && elapsed() < WARM_MAX_SECONDS) {
    // Sized from the pass before: the rate climbs as the engine is compiled.
    const passes = Math.max(1, Math.round((2 * last.pages) / last.seconds / set.pages));
    last = await timeRun(pool, repeat(set.inputs, passes));
    pages += last.pages;
    workerSeconds += last.threads ? last.threads.workers / pool.size : last.seconds;
    if (workerSeconds < WARM_WORKER_SECONDS) continue;
    // Steady: within 5 % of a worker's CPU per page of the lowest pass so far, so what is left to
    // settle could move the speed-up by a few % at most (small figures are noisy on their own).
    const helpers = helperMs(last);
    const margin = (0.05 * 1000 * last.threads!.workers) / last.pages;
    steady = Math.abs(helpers - lowest) <= margin ? steady + 1 : 0;
    lowest = Math.min(lowest, helpers);
  }
  return { last, pagesPerWorker: perWorker(), settled: last.threads ? settled() : null };
}

export async function runThroughput(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  const extraDirs = argv.flatMap((arg, i) => (argv[i - 1] === '--pages' ? [arg] : []));
  const cores = availableParallelism();
  const counts = [...new Set([1, 2, cores])].filter((n) => n <= Math.max(cores, 2)).sort((a, b) => a - b);
  const log = (line: string) => {
    if (!json) process.stderr.write(line + '\n');
  };
  const tmp = mkdtempSync(join(tmpdir(), 'tl-throughput-'));
  const loadBefore = loadavg()[0]!;
  const capacityBefore = await cpuParallelCapacity(cores);
  const rows: ThroughputRow[] = [];
  watchWorkerThreads();
  try {
    const sets = await pageSets(extraDirs, tmp);
    const repeats = quick ? 1 : 5;
    // A timed run lasts about this long with one worker: long enough that a major garbage
    // collection (up to a few hundred ms) or a scheduling hiccup is a small part of it.
    const runSeconds = quick ? 1 : 4;
    for (const set of sets) {
      const pools = counts.map((workers) => new WorkerPool(workers, BOOT));
      try {
        let inputs: string[] | undefined;
        const warms: Warm[] = [];
        for (const pool of pools) {
          // Warm every worker before anything is timed: engine loaded and the JIT settled.
          const warm = await warmUp(pool, set, quick);
          warms.push(warm);
          log(
            `    warm-up, ${pool.size} worker(s): ${warm.pagesPerWorker} pages per worker, helper threads ` +
              `${round(helperMs(warm.last), 2)} ms per page at the end` +
              (warm.settled === false ? ' (had not settled in time)' : ''),
          );
          // The same pages for every worker count, sized from the one-worker warm-up rate.
          inputs ??= repeat(
            set.inputs,
            Math.max(
              1,
              Math.ceil((runSeconds * warm.last.pages) / warm.last.seconds / Math.max(set.pages, 1)),
            ),
          );
        }
        const runs = pools.map(() => [] as Timed[]);
        const controls = pools.map(() => [] as number[]);
        const speedups = pools.map(() => [] as number[]);
        for (let r = 0; r < repeats; r++) {
          // Each round times every worker count back to back, each beside its control, so all
          // see the same machine: on a shared machine the load changes from minute to minute.
          for (const [i, pool] of pools.entries()) {
            if (pool.size > 1) controls[i]!.push(await cpuParallelCapacity(pool.size));
            runs[i]!.push(await timeRun(pool, inputs!));
          }
          const rate = (run: Timed) => run.pages / run.seconds;
          for (const i of pools.keys()) speedups[i]!.push(rate(runs[i]![r]!) / rate(runs[0]![r]!));
          log(
            `    round ${r + 1}: ` +
              pools
                .map((pool, i) =>
                  i === 0
                    ? `1 worker ${round(rate(runs[0]![r]!), 1)} pages/s`
                    : `${pool.size} workers ${round(speedups[i]![r]!, 2)}× (control ${round(controls[i]![r]!, 2)}×)`,
                )
                .join(', '),
          );
        }
        for (const [i, pool] of pools.entries()) {
          const workers = pool.size;
          const seconds = median(runs[i]!.map((run) => run.seconds));
          const pages = runs[i]![0]!.pages;
          const speedup = median(speedups[i]!);
          const control = workers > 1 ? median(controls[i]!) : null;
          rows.push({
            set: set.name,
            workers,
            pages,
            seconds: round(seconds, 2),
            pagesPerSecond: round(pages / seconds, 1),
            speedup: round(speedup, 2),
            perCoreEfficiency: workers > 1 ? round((speedup - 1) / (workers - 1), 2) : null,
            controlSpeedup: control === null ? null : round(control, 2),
            speedupOfControl: control === null ? null : round(speedup / control, 2),
            cpuMsPerPage: round((median(runs[i]!.map((run) => run.cpuSeconds)) * 1000) / pages, 1),
            helperCpuMsPerPage: runs[i]![0]!.threads ? round(median(runs[i]!.map(helperMs)), 1) : null,
            warmPagesPerWorker: warms[i]!.pagesPerWorker,
            warmSettled: warms[i]!.settled,
          });
          log(`  ${set.name}: ${workers} worker(s) ${round(pages / seconds, 1)} pages/s (${pages} pages)`);
        }
      } finally {
        await Promise.all(pools.map((pool) => pool.close()));
      }
    }
  } finally {
    stopWatchingWorkerThreads();
    rmSync(tmp, { recursive: true, force: true });
  }
  const loadAfter = loadavg()[0]!;
  const capacityAfter = await cpuParallelCapacity(cores);
  const multi = rows.filter((r) => r.perCoreEfficiency !== null && r.workers <= cores);
  const worst = multi.length ? Math.min(...multi.map((r) => r.perCoreEfficiency!)) : Number.NaN;
  const summary = {
    method:
      "pages per second through cli/run.ts (files read, parsed, analyzed and rendered as jsonl in worker threads; ordered output discarded); workers warmed until the helper threads' CPU per page settles (V8 done compiling); worker counts timed in turn in each round, each beside a control CPU loop; medians of rounds (speed-up: median of the per-round ratios)",
    node: process.version,
    cores,
    loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
    /** Speed-up of a pure CPU loop in `cores` threads over one: what the machine gave at the time. */
    cpuControlSpeedup: { before: round(capacityBefore, 2), after: round(capacityAfter, 2) },
    goal: { perCoreEfficiencyMin: 0.8, worst, met: worst >= 0.8 },
    rows,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  console.log('');
  console.log(
    markdownTable(
      [
        'pages',
        'workers',
        'pages/s',
        'speed-up',
        'per added core',
        'control',
        'speed-up ÷ control',
        'CPU ms per page (all threads)',
        'of which helper threads',
      ],
      rows.map((r) => [
        r.set,
        r.workers,
        r.pagesPerSecond,
        `${r.speedup}×`,
        r.perCoreEfficiency === null ? '—' : r.perCoreEfficiency,
        r.controlSpeedup === null ? '—' : `${r.controlSpeedup}×`,
        r.speedupOfControl === null ? '—' : r.speedupOfControl,
        r.cpuMsPerPage,
        r.helperCpuMsPerPage ?? '—',
      ]),
    ),
  );
  console.log('');
  console.log(
    `goal ≥ 0.8 × linear per added core up to ${cores} cores: worst ${worst} (${worst >= 0.8 ? 'met' : 'MISSED'}); ` +
      `load average ${summary.loadAverage.before} before, ${summary.loadAverage.after} after, on ${cores} cores`,
  );
  console.log(
    `control: a pure CPU loop in ${cores} threads ran ${summary.cpuControlSpeedup.before}× (before) and ` +
      `${summary.cpuControlSpeedup.after}× (after) as fast as in one, and the "control" column beside each ` +
      'run: the most any speed-up could be then',
  );
}
