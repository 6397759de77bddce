// What the pool and its worker threads say to each other (structured clone, same process). The
// worker is sent where the page is (a path, bytes or text) and answers with its rendered output and
// the few facts the summary counts: never a whole report object, whose copy between threads cost
// the main thread as much as the rest of its work.
import type { Format } from '../analyze-args';
import type { Capture, PageBody } from '../inputs/types';
import type { RenderedLine } from '../output';
import type { Verdict } from '../../lib/schema';

export interface JobMessage {
  id: number;
  /** PageReport.source. */
  source: string;
  body: PageBody;
  /** Kept in the output line beside the report (archived pages). */
  capture?: Capture;
  /** Analysis time, read by the main thread (lib/ never reads the clock). */
  now: string;
  /** The output format the worker renders the report in (cli/output.ts renderLine). */
  format: Format;
}

/** What the summary line counts of one page (cli/progress.ts addToTally). */
export interface PageTally {
  products: { id: string }[];
  claims: { verdict: Verdict }[];
}

export type JobResult =
  | { ok: true; line: RenderedLine; tally: PageTally }
  /**
   * `read`: the body could not be read or decoded, reported as a reader's error is (the input is
   * not a page); `analyze`: the analysis failed or its worker died.
   */
  | { ok: false; stage: 'read' | 'analyze'; error: string };

export type ResultMessage = JobResult & { id: number };
