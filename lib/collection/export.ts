// Collection exports: two CSVs for spreadsheets and statistics tools, and a lossless JSON file the
// import reads back. The CLI's --format csv uses the same claims CSV.
//
// Spreadsheet safety: page text is hostile, and a cell such as `=HYPERLINK(…)` would run as a
// formula when the CSV is opened in Excel, LibreOffice or Sheets. Every cell that starts with
// = + - @ TAB or CR is therefore prefixed with a single quote ('), the OWASP-recommended guard;
// the quote is visible in the cell, and the JSON export keeps the exact text.
//
// Byte order mark: the browser download starts with a UTF-8 BOM so Excel opens accents and "≤"
// correctly instead of guessing a legacy code page; pandas, R and papaparse skip it. The CLI writes
// no BOM (pipes and diff tools expect plain UTF-8) unless asked with --bom.
import Papa from 'papaparse';
import type { PageReport } from '../schema';
import { compareRecords, type CollectionRecord } from './record';
import { siteOf } from './site';

export const EXPORT_FORMAT = 'therapylens-collection' as const;
export const EXPORT_VERSION = 1 as const;
const BOM = '\uFEFF';

/** A report with, when it came from the collection, the time it was saved. */
export interface ExportItem {
  report: PageReport;
  savedAt?: string;
}

export interface CsvOptions {
  /** Prefix a UTF-8 byte order mark (for Excel). */
  bom?: boolean;
}

export const CLAIM_COLUMNS = [
  'page_url',
  'site',
  'title',
  'analyzed_at',
  'saved_at',
  'product_id',
  'product_name',
  'claim_kind',
  'verdict',
  'text',
  'explanation',
  'reference_label',
  'reference_source_url',
  'attribution',
  'dataset_version',
] as const;

export const MENTION_COLUMNS = [
  'page_url',
  'site',
  'title',
  'analyzed_at',
  'product_id',
  'product_name',
  'status',
  'mention_text',
  'section',
] as const;

/** Leading characters a spreadsheet may read as a formula (anchored; works on multi-line cells). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One row per claim, in page order then claim order. */
export function claimsCsv(items: readonly ExportItem[], options: CsvOptions = {}): string {
  const rows: string[][] = [];
  for (const { report, savedAt } of items) {
    const names = productNames(report);
    const site = siteOf(report.source);
    for (const claim of report.claims) {
      rows.push([
        report.source,
        site,
        report.title,
        report.analyzedAt,
        savedAt ?? '',
        claim.productId ?? '',
        claim.productId ? (names.get(claim.productId) ?? '') : '',
        claim.kind,
        claim.verdict,
        claim.text,
        claim.explanation,
        claim.reference?.label ?? '',
        claim.reference?.source?.url ?? '',
        claim.attribution,
        report.datasetVersion,
      ]);
    }
  }
  return toCsv(CLAIM_COLUMNS, rows, options);
}

/** One row per product mention (each place a product's name appears). */
export function mentionsCsv(items: readonly ExportItem[], options: CsvOptions = {}): string {
  const rows: string[][] = [];
  for (const { report } of items) {
    const site = siteOf(report.source);
    for (const product of report.products) {
      for (const mention of product.mentions) {
        rows.push([
          report.source,
          site,
          report.title,
          report.analyzedAt,
          product.id,
          product.name,
          product.status,
          mention.text,
          mention.section,
        ]);
      }
    }
  }
  return toCsv(MENTION_COLUMNS, rows, options);
}

function toCsv(columns: readonly string[], rows: string[][], options: CsvOptions): string {
  const csv = Papa.unparse(
    { fields: [...columns], data: rows },
    // papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses multi-line
    // cells ("." stops at the newline), so the anchored pattern is passed instead.
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
  return (options.bom ? BOM : '') + csv + '\r\n';
}

function productNames(report: PageReport): Map<string, string> {
  return new Map(report.products.map((p) => [p.id, p.name]));
}

/**
 * The lossless JSON export. Deterministic: records sorted by (savedAt, id), object keys sorted at
 * every depth, one record per line, so export → import → export gives the same bytes and two
 * exports of the same collection diff cleanly.
 */
export function collectionJson(records: readonly CollectionRecord[], exportedAt: string): string {
  const sorted = [...records].sort(compareRecords);
  const head = `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"records":[`;
  if (sorted.length === 0) return `${head}]}\n`;
  const body = sorted.map((r) => JSON.stringify(sortKeys(r))).join(',\n');
  return `${head}\n${body}\n]}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // Null prototype: a "__proto__" key from an imported file stays data, never a prototype.
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeys(child);
    }
    return out;
  }
  return value;
}

/** File names for downloads: "therapylens-claims-2026-11-21.csv". */
export function exportFileName(kind: 'claims' | 'mentions' | 'collection', exportedAt: string): string {
  const day = exportedAt.slice(0, 10);
  return kind === 'collection' ? `therapylens-collection-${day}.json` : `therapylens-${kind}-${day}.csv`;
}
