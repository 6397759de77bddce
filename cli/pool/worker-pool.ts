// Up to `size` worker threads analyzing pages in parallel, started as pages arrive (a one-page run
// starts one: each thread loads the engine, which costs about a second). run() resolves with the page's
// result whichever worker took it; a worker that dies (out of memory on a hostile page) fails only
// the page it held and is replaced.
//
// Each worker is sent up to `depth` pages ahead: when it finishes one, the next is already in its
// queue, instead of waiting a round trip through a main thread that may be busy writing output.
// A worker handles its pages one at a time in order, so when it dies the first page it was sent
// and has not answered is the one that killed it; the others go back to the front of the queue.
import { Worker } from 'node:worker_threads';
import type { JobMessage, JobResult, ResultMessage } from './messages';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);

/** Pages sent ahead to each worker: 2 hides the round trip; more only holds memory. */
export const DEFAULT_DEPTH = 2;

interface Job {
  message: JobMessage;
  done(result: JobResult): void;
}

interface Slot {
  worker: Worker;
  /** Sent and not answered yet, in the order sent: the first is the one being analyzed. */
  jobs: Job[];
}

export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  /** Workers lost in a row with no page finished: past a few, the workers cannot start at all. */
  private crashes = 0;
  private broken: string | undefined;

  /** `entry`: the worker's script (tests pass stand-ins that crash on purpose). */
  constructor(
    size: number,
    private readonly entry: URL = BOOT,
    private readonly depth: number = DEFAULT_DEPTH,
  ) {
    this.size = size;
  }

  run(job: Omit<JobMessage, 'id'>): Promise<JobResult> {
    return new Promise((done) => {
      if (this.broken) return done(this.failure(this.broken));
      this.queue.push({ message: { ...job, id: this.nextId++ }, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private failure(error: string): JobResult {
    return { ok: false, stage: 'analyze', error };
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.entry), jobs: [] };
    slot.worker.on('message', (reply: ResultMessage) => {
      const index = slot.jobs.findIndex((job) => job.message.id === reply.id);
      if (index < 0) return;
      const [job] = slot.jobs.splice(index, 1);
      this.crashes = 0;
      const { id: _, ...result } = reply;
      job!.done(result);
      this.dispatch();
    });
    slot.worker.on('error', (err) => this.replace(slot, `analysis failed (worker: ${err.message})`));
    slot.worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `analysis failed (worker exited with code ${code})`);
    });
    return slot;
  }

  private replace(slot: Slot, error: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    const [held, ...waiting] = slot.jobs.splice(0);
    void slot.worker.terminate();
    this.slots.splice(index, 1);
    // Pages sent ahead were not started: another worker takes them, in their order.
    this.queue.unshift(...waiting);
    held?.done(this.failure(error));
    if (++this.crashes > this.size * 3) {
      this.broken = error;
      for (const queued of this.queue.splice(0)) queued.done(this.failure(error));
      return;
    }
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      // The least busy worker, so pages spread over all of them before any gets a second.
      let slot: Slot | undefined;
      for (const s of this.slots) if (!slot || s.jobs.length < slot.jobs.length) slot = s;
      if (!slot || (slot.jobs.length > 0 && this.slots.length < this.size)) {
        slot = this.spawn();
        this.slots.push(slot);
      }
      if (slot.jobs.length >= this.depth) return;
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage(job.message);
    }
  }
}
