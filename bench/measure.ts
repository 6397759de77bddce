// Times the full analysis and a Readability-only parse of the same HTML, the same way:
// each iteration parses a fresh linkedom document (not timed), collects garbage (not timed), then
// times only the work on the already-parsed document. Readability's own clone is inside its timed
// section, as analyzePage clones too, so both numbers mean "work a content script does on a page
// the browser already parsed".
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzePage, type DatasetIndex } from '../lib/analyze';
import type { PageReport } from '../lib/schema';
import { isExtractionCutNote } from '../lib/extract';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export const BENCH_NOW = '2026-11-21T12:00:00.000Z';

export interface PageTiming {
  fullMs: number[];
  readabilityMs: number[];
  /** From the last full run: did the engine's budget cut the page short? */
  partial: boolean;
  claims: number;
  words: number;
  /** The report's notes, from the last full run (why a page came back partial). */
  notes: string[];
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  /** Stop early (after at least 3 iterations) once this much time went into the page. */
  maxSeconds: number;
  /** Built once for the whole run, as the CLI workers build it once per dataset. */
  index: DatasetIndex;
  url: string;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function timeFull(html: string, index: DatasetIndex, url: string): { ms: number; report: PageReport } {
  const doc = parse(html);
  gc();
  const t0 = performance.now();
  const report = analyzePage(doc, { url, index, now: BENCH_NOW });
  return { ms: performance.now() - t0, report };
}

export function timeReadability(html: string): number {
  const doc = parse(html);
  gc();
  const t0 = performance.now();
  new Readability(doc.cloneNode(true) as Document).parse();
  return performance.now() - t0;
}

export function measurePage(html: string, opts: MeasureOptions): PageTiming {
  for (let i = 0; i < opts.warmup; i++) {
    timeFull(html, opts.index, opts.url);
    timeReadability(html);
  }
  const out: PageTiming = { fullMs: [], readabilityMs: [], partial: false, claims: 0, words: 0, notes: [] };
  const started = performance.now();
  for (let i = 0; i < opts.iterations; i++) {
    // Alternate the order so neither side always runs on a heap the other just filled.
    const fullFirst = i % 2 === 0;
    if (!fullFirst) out.readabilityMs.push(timeReadability(html));
    const { ms, report } = timeFull(html, opts.index, opts.url);
    out.fullMs.push(ms);
    // Only the extraction budget (elements / characters) cuts the analyzed text; the report's claim
    // cap (lib/report.ts MAX_CLAIMS) also sets `partial` but the whole page was still analyzed.
    out.partial = report.partial && report.notes.some(isExtractionCutNote);
    out.claims = report.claims.length;
    out.words = report.wordCount;
    out.notes = report.notes;
    if (fullFirst) out.readabilityMs.push(timeReadability(html));
    if (i >= 2 && (performance.now() - started) / 1000 > opts.maxSeconds) break;
  }
  return out;
}
