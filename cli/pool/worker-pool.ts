// Up to `size` worker threads analyzing pages in parallel, started as pages arrive (a one-page run
// starts one: each thread loads the engine, which costs about a second). run() resolves with the page's
// result whichever worker took it; a worker that dies (out of memory on a hostile page) fails only
// the page it held and is replaced.
import { Worker } from 'node:worker_threads';
import type { JobMessage, JobResult, ResultMessage } from './messages';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  job?: { id: number; done(result: JobResult): void };
}

export class WorkerPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: { message: JobMessage; done(result: JobResult): void }[] = [];
  private nextId = 0;
  private closed = false;
  /** Workers lost in a row with no page finished: past a few, the workers cannot start at all. */
  private crashes = 0;
  private broken: string | undefined;

  /** `entry`: the worker's script (tests pass stand-ins that crash on purpose). */
  constructor(
    size: number,
    private readonly entry: URL = BOOT,
  ) {
    this.size = size;
  }

  run(job: Omit<JobMessage, 'id'>): Promise<JobResult> {
    return new Promise((done) => {
      if (this.broken) return done({ ok: false, error: this.broken });
      this.queue.push({ message: { ...job, id: this.nextId++ }, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.entry) };
    slot.worker.on('message', (reply: ResultMessage) => {
      const job = slot.job;
      slot.job = undefined;
      this.crashes = 0;
      job?.done(reply.ok ? { ok: true, report: reply.report } : { ok: false, error: reply.error });
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
    const job = slot.job;
    slot.job = undefined;
    void slot.worker.terminate();
    this.slots.splice(index, 1);
    job?.done({ ok: false, error });
    if (++this.crashes > this.size * 3) {
      this.broken = error;
      for (const queued of this.queue.splice(0)) queued.done({ ok: false, error });
      return;
    }
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
        this.slots.push(slot);
      }
      const next = this.queue.shift()!;
      slot.job = { id: next.message.id, done: next.done };
      slot.worker.postMessage(next.message);
    }
  }
}
