// What the pool and its worker threads say to each other (structured clone, same process).
import type { PageReport } from '../../lib/schema';

export interface JobMessage {
  id: number;
  source: string;
  html: string;
  /** Analysis time, read by the main thread (lib/ never reads the clock). */
  now: string;
}

export type ResultMessage =
  { id: number; ok: true; report: PageReport } | { id: number; ok: false; error: string };

export type JobResult = { ok: true; report: PageReport } | { ok: false; error: string };
