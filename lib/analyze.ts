// The analysis pipeline, in the one order it runs:
//   extract → normalize → match → claims → verify → report
// Each stage is a pure function (data in, data out); this file only wires them and keeps the
// promise that a hostile page yields a (possibly partial) report instead of an exception. The
// dataset is indexed once per analysis (or once by the caller, for many pages) and passed down:
// no stage keeps a cache of its own.
import type { Dataset } from './dataset/schema';
import type { Extracted } from './extract/types';
import type { PageReport } from './schema';
import { extract } from './extract';
import { prepareBlocks } from './normalize/prepare';
import { matchBlocks } from './match';
import { detectClaims } from './claims';
import { verifyClaims } from './verify';
import { buildReport, emptyReport, MAX_CLAIMS } from './report';
import { indexDataset, type DatasetIndex, type LanguagePack } from './index-dataset';

export { indexDataset, type DatasetIndex, type IndexOptions, type LanguagePack } from './index-dataset';

/**
 * What claims are checked against: an index the caller built once (indexDataset) and reuses for
 * every page it analyzes, or the dataset itself with the language packs to read, then indexed for
 * this one analysis.
 */
export type DatasetSource =
  | { index: DatasetIndex; dataset?: undefined; languages?: undefined }
  | { dataset: Dataset; languages: readonly LanguagePack[]; index?: undefined };

export type AnalyzeOptions = {
  /** URL of the page (or a file path for CLI input); copied to PageReport.source. */
  url: string;
  /** ISO timestamp of the analysis; lib/ never reads the clock. */
  now: string;
  /** Extraction budget: elements walked. */
  maxElements?: number;
  /** Extraction budget: characters collected. */
  maxChars?: number;
} & DatasetSource;

export type AnalyzeExtractedOptions = { url: string; now: string } & DatasetSource;

export function analyzePage(doc: Document, opts: AnalyzeOptions): PageReport {
  let extracted: Extracted;
  try {
    const budget: { maxElements?: number; maxChars?: number } = {};
    if (opts.maxElements !== undefined) budget.maxElements = opts.maxElements;
    if (opts.maxChars !== undefined) budget.maxChars = opts.maxChars;
    extracted = extract(doc, budget);
  } catch (err) {
    return emptyReport(reportOptions(opts), `Text extraction failed: ${describe(err)}`);
  }
  return analyzeExtracted(extracted, opts);
}

export function analyzeExtracted(extracted: Extracted, opts: AnalyzeExtractedOptions): PageReport {
  try {
    const index = opts.index ?? indexDataset(opts.dataset, { languages: opts.languages });
    const blocks = prepareBlocks(extracted.blocks, index.lexicon.hanFold);
    const matches = matchBlocks(blocks, index);
    const claims = detectClaims(blocks, matches, index);
    // Only the claims the report will show are verified (a very large page yields thousands).
    const shown = claims.length > MAX_CLAIMS ? claims.slice(0, MAX_CLAIMS) : claims;
    const verified = verifyClaims(shown, index);
    return buildReport(
      { extracted, blocks, matches, claims: verified, claimsFound: claims.length },
      { url: opts.url, now: opts.now, dataset: index },
    );
  } catch (err) {
    return emptyReport(reportOptions(opts), `Analysis stopped: ${describe(err)}`, extracted.title);
  }
}

function reportOptions(opts: AnalyzeExtractedOptions): { url: string; now: string; dataset: Dataset } {
  return { url: opts.url, now: opts.now, dataset: opts.index ?? opts.dataset };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
