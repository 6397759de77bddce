// What must hold for every page, however hostile: analysis returns (never throws), the report
// validates, the live document is unchanged, highlights on then off leave it byte-identical, and
// nothing on the page ever ran.
import { bundledDataset } from '../../lib/dataset/bundled';
import { analyzePage, type AnalyzeOptions } from '../../lib/analyze';
import { applyHighlights, clearHighlights } from '../../lib/highlight';
import { PageReport } from '../../lib/schema';
import { prettifyError } from '../../lib/zod';
import { FIXED_NOW, parseDocument } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

export function serialize(doc: Document): string {
  // outerHTML of the root, plus the top-level node count so a stray node beside <html> shows too.
  return `${doc.childNodes.length}|${doc.documentElement?.outerHTML ?? ''}`;
}

function excerpt(html: string): string {
  return html.length > 400 ? `${html.slice(0, 400)}… (${html.length} chars)` : html;
}

/**
 * linkedom creates <head> and <body> the first time they are read (a browser's parser always
 * creates them). Read them once up front so "unchanged" compares the page, not linkedom's laziness.
 */
export function parseSettled(html: string): Document {
  const doc = parseDocument(html);
  try {
    void doc.head;
    void doc.body;
  } catch {
    // Documents without a root element make linkedom throw here; the engine must cope with them.
  }
  return doc;
}

export type Budget = Pick<AnalyzeOptions, 'maxElements' | 'maxChars'>;

/** Throws an Error naming the broken invariant; returns the report when all hold. */
export function checkInvariants(html: string, budget: Budget = {}): PageReport {
  const doc = parseSettled(html);
  const before = serialize(doc);
  const g = globalThis as { __pwned?: unknown };
  delete g.__pwned;

  let report: PageReport;
  try {
    report = analyzePage(doc, {
      url: 'https://fuzz.example/page',
      dataset: bundledDataset,
      languages: ALL_LANGUAGE_PACKS,
      now: FIXED_NOW,
      ...budget,
    });
  } catch (err) {
    throw new Error(`analyzePage threw ${String(err)} on: ${excerpt(html)}`, { cause: err });
  }
  const parsed = PageReport.safeParse(report);
  if (!parsed.success)
    throw new Error(`invalid PageReport: ${prettifyError(parsed.error)} on: ${excerpt(html)}`);
  // analyzePage turns its own exceptions into a partial report (the safety net); on fuzzed input
  // that net must stay unused, or a real bug hides behind it. (Readability's failures are third-party
  // and reported differently: "Readability failed (…)".)
  const caught = report.notes.find((n) => /^(?:Analysis stopped|Text extraction failed):/.test(n));
  if (caught) throw new Error(`analysis hit an internal error (${caught}) on: ${excerpt(html)}`);
  if (serialize(doc) !== before) throw new Error(`analyzePage changed the document: ${excerpt(html)}`);

  // Without a root element linkedom's doc.body getter throws where a browser returns null; a page
  // the user can open in a tab always has one, so highlights are only checked where they can run.
  if (doc.documentElement === null) return checkNothingRan(report, html);
  try {
    applyHighlights(doc, report);
    clearHighlights(doc);
  } catch (err) {
    throw new Error(`highlights threw ${String(err)} on: ${excerpt(html)}`, { cause: err });
  }
  const after = serialize(doc);
  if (after !== before) {
    let i = 0;
    while (i < before.length && before[i] === after[i]) i++;
    throw new Error(
      `highlights on then off changed the document at ${i}: ` +
        `before …${JSON.stringify(before.slice(Math.max(0, i - 60), i + 60))}… ` +
        `after …${JSON.stringify(after.slice(Math.max(0, i - 60), i + 60))}… on: ${excerpt(html)}`,
    );
  }
  return checkNothingRan(report, html);
}

function checkNothingRan(report: PageReport, html: string): PageReport {
  if ((globalThis as { __pwned?: unknown }).__pwned !== undefined)
    throw new Error(`a payload ran during analysis: ${excerpt(html)}`);
  return report;
}
