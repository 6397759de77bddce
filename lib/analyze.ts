// The analysis pipeline, in the one order it runs:
//   extract → normalize → match → claims → verify → report
// Each stage is a pure function (data in, data out); this file only wires them and keeps the
// promise that a hostile page yields a (possibly partial) report instead of an exception.
import type { Dataset } from './dataset/schema';
import type { Extracted } from './extract/types';
import type { PageReport } from './schema';
import { extract } from './extract';
import { prepareBlocks } from './match/prepare';
import { matchBlocks } from './match';
import { detectClaims } from './claims';
import { verifyClaims } from './verify';
import { buildReport, emptyReport, MAX_CLAIMS } from './report';

export interface AnalyzeOptions {
  /** URL of the page (or a file path for CLI input); copied to PageReport.source. */
  url: string;
  dataset: Dataset;
  /** ISO timestamp of the analysis; lib/ never reads the clock. */
  now: string;
  /** Extraction budget: elements walked. */
  maxElements?: number;
  /** Extraction budget: characters collected. */
  maxChars?: number;
}

export type AnalyzeExtractedOptions = Omit<AnalyzeOptions, 'maxElements' | 'maxChars'>;

export function analyzePage(doc: Document, opts: AnalyzeOptions): PageReport {
  let extracted: Extracted;
  try {
    const budget: { maxElements?: number; maxChars?: number } = {};
    if (opts.maxElements !== undefined) budget.maxElements = opts.maxElements;
    if (opts.maxChars !== undefined) budget.maxChars = opts.maxChars;
    extracted = extract(doc, budget);
  } catch (err) {
    return emptyReport(opts, `Text extraction failed: ${describe(err)}`);
  }
  return analyzeExtracted(extracted, { url: opts.url, dataset: opts.dataset, now: opts.now });
}

export function analyzeExtracted(extracted: Extracted, opts: AnalyzeExtractedOptions): PageReport {
  try {
    const blocks = prepareBlocks(extracted.blocks);
    const matches = matchBlocks(blocks, opts.dataset);
    const claims = detectClaims(blocks, matches, opts.dataset);
    // Only the claims the report will show are verified (a very large page yields thousands).
    const shown = claims.length > MAX_CLAIMS ? claims.slice(0, MAX_CLAIMS) : claims;
    const verified = verifyClaims(shown, opts.dataset);
    return buildReport({ extracted, blocks, matches, claims: verified, claimsFound: claims.length }, opts);
  } catch (err) {
    return emptyReport(opts, `Analysis stopped: ${describe(err)}`, extracted.title);
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
