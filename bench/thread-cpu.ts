// CPU time by kind of thread, for the throughput benchmark: this (main) thread, the pool's worker
// threads, and the rest: V8's platform threads (concurrent TurboFan compiles, the garbage
// collector's helpers) and libuv's pool. With one worker the rest run free on another core; with
// as many workers as cores they compete with the workers, so a pool still compiling scales worse
// than it will once warm. Linux only (/proc/self/task/*/schedstat); elsewhere undefined.
import { BroadcastChannel } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';

/** The channel bench/worker-boot.mjs names each worker's kernel thread id on. */
export const THREAD_CHANNEL = 'therapylens-bench-threads';

const workerTids = new Set<string>();
let listening: BroadcastChannel | undefined;

/** Starts collecting the workers' thread ids (call before the pools start their workers). */
export function watchWorkerThreads(): void {
  if (listening) return;
  listening = new BroadcastChannel(THREAD_CHANNEL);
  listening.onmessage = (event) => {
    const tid = (event as { data?: unknown }).data;
    if (typeof tid === 'string') workerTids.add(tid);
  };
  // Never the reason the benchmark's process stays up.
  listening.unref();
}

export function stopWatchingWorkerThreads(): void {
  listening?.close();
  listening = undefined;
}

/** Nanoseconds on a CPU of each thread of this process, by thread id; undefined off Linux. */
type Snapshot = Map<string, number> | undefined;

export function threadCpu(): Snapshot {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  const out = new Map<string, number>();
  for (const tid of tids) {
    try {
      out.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // The thread ended between the listing and the read: its time is lost either way.
    }
  }
  return out;
}

export interface CpuByThread {
  /** Seconds of CPU. */
  main: number;
  workers: number;
  /** V8's platform threads (JIT, GC helpers) and libuv's pool. */
  helpers: number;
}

/** CPU used between two snapshots, by kind of thread; undefined off Linux. */
export function cpuBetween(before: Snapshot, after: Snapshot): CpuByThread | undefined {
  if (!before || !after) return undefined;
  const main = String(process.pid);
  const used: CpuByThread = { main: 0, workers: 0, helpers: 0 };
  for (const [tid, ns] of after) {
    const seconds = (ns - (before.get(tid) ?? 0)) / 1e9;
    if (tid === main) used.main += seconds;
    else if (workerTids.has(tid)) used.workers += seconds;
    else used.helpers += seconds;
  }
  return used;
}
