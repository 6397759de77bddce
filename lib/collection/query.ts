// The collection table's data: saved pages flattened into finding rows (one per claim, plus one
// per product mentioned without any claim), then filtered and sorted. Pure and linear-ish so a
// collection of thousands of pages stays responsive: rows are built once per load, search text
// and sort keys are lower-cased once, and sorting compares precomputed strings.
import type { ClaimKind, PageReport, Verdict } from '../schema';
import type { CollectionRecord } from './record';
import { siteOf } from './site';

export interface FindingRow {
  /** Unique per row: record id + claim id, or record id + product id for product-only rows. */
  key: string;
  recordId: string;
  productId: string | null;
  productName: string;
  target: string;
  /** The claim quoted from the page; empty for a product mentioned without a claim. */
  claim: string;
  kind: ClaimKind | null;
  verdict: Verdict | null;
  explanation: string;
  referenceLabel: string;
  url: string;
  title: string;
  site: string;
  /** analyzedAt: when the page was read. */
  date: string;
  /** Lower-cased text the search box looks in. */
  haystack: string;
}

export type SortKey = 'product' | 'target' | 'claim' | 'verdict' | 'page' | 'site' | 'date';
export type SortDirection = 'ascending' | 'descending';
export interface SortSpec {
  key: SortKey;
  direction: SortDirection;
}

export interface RowFilter {
  /** Product id, or "" for all. */
  product?: string;
  /** A verdict, "none" for products without a claim, or "" for all. */
  verdict?: Verdict | 'none' | '';
  site?: string;
  /** Inclusive day bounds, YYYY-MM-DD (as date inputs give them), compared with the UTC day. */
  from?: string;
  to?: string;
  /** Words that must all appear (any order, case-insensitive). */
  text?: string;
}

/** Work counters, so tests can bound the cost without timing it. */
export interface QueryStats {
  visited: number;
  comparisons: number;
}

export function buildRows(records: readonly CollectionRecord[]): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const record of records) {
    const { report } = record;
    const page = pageContext(record);
    const names = new Map(report.products.map((p) => [p.id, p.name]));
    const targetLabels = new Map(report.targets.map((t) => [t.id, t.label]));
    const pageTargets = report.targets.map((t) => t.label).join(', ');
    const claimed = new Set<string>();
    for (const claim of report.claims) {
      if (claim.productId) claimed.add(claim.productId);
      // A claim about a target names its own; any other claim is about the page's targets.
      const ownTarget = 'targetId' in claim.details ? claim.details.targetId : undefined;
      const target = ownTarget !== undefined ? (targetLabels.get(ownTarget) ?? ownTarget) : pageTargets;
      const productName = claim.productId ? (names.get(claim.productId) ?? claim.productId) : '';
      rows.push(
        row(page, {
          key: `${record.id}:${claim.id}`,
          productId: claim.productId,
          productName,
          target,
          claim: claim.text,
          kind: claim.kind,
          verdict: claim.verdict,
          explanation: claim.explanation,
          referenceLabel: claim.reference?.label ?? '',
        }),
      );
    }
    for (const product of report.products) {
      if (claimed.has(product.id)) continue;
      rows.push(
        row(page, {
          key: `${record.id}:product:${product.id}`,
          productId: product.id,
          productName: product.name,
          target: pageTargets,
          claim: '',
          kind: null,
          verdict: null,
          explanation: '',
          referenceLabel: '',
        }),
      );
    }
  }
  return rows;
}

interface PageContext {
  recordId: string;
  url: string;
  title: string;
  site: string;
  date: string;
}

function pageContext(record: CollectionRecord): PageContext {
  const report: PageReport = record.report;
  return {
    recordId: record.id,
    url: record.url,
    title: record.title || report.title || record.url,
    site: siteOf(record.url),
    date: report.analyzedAt,
  };
}

type RowFields = Omit<FindingRow, keyof PageContext | 'haystack'>;

function row(page: PageContext, fields: RowFields): FindingRow {
  const haystack = [
    fields.productName,
    fields.productId ?? '',
    fields.target,
    fields.claim,
    fields.explanation,
    page.title,
    page.url,
  ]
    .join('\n')
    .toLowerCase();
  return { ...page, ...fields, haystack };
}

export function filterRows(rows: readonly FindingRow[], filter: RowFilter, stats?: QueryStats): FindingRow[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const from = filter.from || '';
  const to = filter.to || '';
  const out: FindingRow[] = [];
  for (const r of rows) {
    if (stats) stats.visited++;
    if (filter.product && r.productId !== filter.product) continue;
    if (filter.verdict === 'none' ? r.verdict !== null : filter.verdict && r.verdict !== filter.verdict)
      continue;
    if (filter.site && r.site !== filter.site) continue;
    const day = r.date.slice(0, 10);
    if (from && day < from) continue;
    if (to && day > to) continue;
    if (words.length && !words.every((w) => r.haystack.includes(w))) continue;
    out.push(r);
  }
  return out;
}

/** Worst first: what a reader should look at before what matches. */
const VERDICT_RANK: Record<Verdict, number> = { 'not-approved': 0, differs: 1, unverified: 2, consistent: 3 };

function sortValue(r: FindingRow, key: SortKey): string {
  switch (key) {
    case 'product':
      return r.productName.toLowerCase();
    case 'target':
      return r.target.toLowerCase();
    case 'claim':
      return r.claim.toLowerCase();
    case 'verdict':
      return r.verdict === null ? '9' : String(VERDICT_RANK[r.verdict]);
    case 'page':
      return r.title.toLowerCase();
    case 'site':
      return r.site;
    case 'date':
      return r.date;
  }
}

/** Stable, total order: ties fall back to date then row key, so the table never reshuffles. */
export function sortRows(rows: readonly FindingRow[], sort: SortSpec, stats?: QueryStats): FindingRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((r) => ({ r, v: sortValue(r, sort.key) }));
  keyed.sort((a, b) => {
    if (stats) stats.comparisons++;
    if (a.v !== b.v) return a.v < b.v ? -sign : sign;
    if (a.r.date !== b.r.date) return a.r.date < b.r.date ? 1 : -1;
    return a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : 0;
  });
  return keyed.map((k) => k.r);
}

export function queryRows(
  rows: readonly FindingRow[],
  filter: RowFilter,
  sort: SortSpec,
  stats?: QueryStats,
): FindingRow[] {
  return sortRows(filterRows(rows, filter, stats), sort, stats);
}

export interface Facets {
  products: { id: string; name: string }[];
  sites: string[];
}

/** Choices for the filter menus, sorted for display. */
export function facets(rows: readonly FindingRow[]): Facets {
  const products = new Map<string, string>();
  const sites = new Set<string>();
  for (const r of rows) {
    if (r.productId && !products.has(r.productId)) products.set(r.productId, r.productName);
    if (r.site) sites.add(r.site);
  }
  return {
    products: [...products].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    sites: [...sites].sort(),
  };
}

/** How many distinct pages a set of rows comes from (for "n findings on m pages"). */
export function countPages(rows: readonly FindingRow[]): number {
  return new Set(rows.map((r) => r.recordId)).size;
}
