// report: assemble the PageReport (lib/schema.ts, version 1) from the stages' output.
// Findings are listed in order of first appearance on the page; mentions in reading order.
import type { Dataset } from './dataset/schema';
import type { DatasetIndex } from './match/dataset-index';
import type { Extracted } from './extract/types';
import type { PreparedBlock } from './normalize/prepare';
import type { Hit, MatchResult } from './match/types';
import { REPORT_VERSION } from './report-version';
import type { Claim, ConditionFinding, Mention, PageReport, ProductFinding, TargetFinding } from './schema';
import { displayName } from './verify/format';

/**
 * Report size limits. A 1 MB page can hold thousands of claims and mentions; the popup must cache
 * and save the report (extension storage allows ~10 MB) and render it quickly, so the report keeps
 * the first claims in reading order and the first mentions of each finding, and says so.
 */
export const MAX_CLAIMS = 400;
export const MAX_MENTIONS = 50;

export interface ReportInput {
  extracted: Extracted;
  blocks: readonly PreparedBlock[];
  matches: MatchResult;
  claims: Claim[];
  /** How many claims the page yielded before any were left out (analyze.ts verifies only the first MAX_CLAIMS). */
  claimsFound?: number;
}

export interface ReportOptions {
  url: string;
  /** The dataset as the analysis indexed it. */
  dataset: DatasetIndex;
  now: string;
}

export function buildReport(input: ReportInput, opts: ReportOptions): PageReport {
  const { extracted, matches, claims } = input;
  const ds = opts.dataset;
  const products: ProductFinding[] = [];
  const targets: TargetFinding[] = [];
  const conditions: ConditionFinding[] = [];
  const regulators: string[] = [];
  const trials: string[] = [];
  const byKey = new Map<string, { mentions: Mention[] }>();
  let mentionsDropped = false;

  // A trial acronym on a page that names no product is a lookalike ("ELIANA" the restaurant).
  const hasProduct = matches.hits.some((h) => h.kind === 'product');
  for (const hit of matches.hits) {
    if (hit.kind === 'trial' && !hasProduct && hit.via !== 'nct') continue;
    const key = `${hit.kind}:${hit.id}`;
    let finding = byKey.get(key);
    if (!finding) {
      finding = createFinding(hit, ds, products, targets, conditions, regulators, trials);
      if (!finding) continue;
      byKey.set(key, finding);
    }
    // Regulators and trials are listed by name only; their mentions are not reported.
    if (hit.kind === 'regulator' || hit.kind === 'trial') continue;
    if (finding.mentions.length < MAX_MENTIONS) finding.mentions.push(mentionOf(hit));
    else mentionsDropped = true;
  }
  for (const claim of claims) {
    const reg = claim.kind === 'approval' ? claim.details.regulator : undefined;
    if (typeof reg === 'string' && !regulators.includes(reg)) regulators.push(reg);
  }

  const kept = claims.length > MAX_CLAIMS ? claims.slice(0, MAX_CLAIMS) : claims;
  const found = Math.max(input.claimsFound ?? claims.length, claims.length);
  const notes = [...extracted.notes];
  if (found > kept.length)
    notes.push(
      `Showing the first ${thousands(kept.length)} of ${thousands(found)} claims found on this very large page.`,
    );
  if (mentionsDropped)
    notes.push(
      `Showing the first ${MAX_MENTIONS} mentions of each product, target and condition; this page names some of them more often.`,
    );

  return {
    version: REPORT_VERSION,
    source: opts.url,
    title: extracted.title,
    analyzedAt: opts.now,
    datasetVersion: ds.meta.version,
    datasetAsOf: ds.meta.asOf,
    wordCount: countWords(extracted),
    partial: extracted.truncated || found > kept.length || mentionsDropped,
    fallbackText: !extracted.readable,
    notes,
    products,
    targets,
    conditions,
    regulators,
    trials,
    claims: kept,
  };
}

/** "6145" → "6,145", the same in every locale (lib/ output must not depend on the runtime's). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A report with no findings, for pages the pipeline could not read; says why in `notes`. */
export function emptyReport(
  opts: Omit<ReportOptions, 'dataset'> & { dataset: Dataset },
  note: string,
  title = '',
): PageReport {
  return {
    version: REPORT_VERSION,
    source: opts.url,
    title,
    analyzedAt: opts.now,
    datasetVersion: opts.dataset.meta.version,
    datasetAsOf: opts.dataset.meta.asOf,
    wordCount: 0,
    partial: true,
    fallbackText: false,
    notes: [note],
    products: [],
    targets: [],
    conditions: [],
    regulators: [],
    trials: [],
    claims: [],
  };
}

function createFinding(
  hit: Hit,
  ds: DatasetIndex,
  products: ProductFinding[],
  targets: TargetFinding[],
  conditions: ConditionFinding[],
  regulators: string[],
  trials: string[],
): { mentions: Mention[] } | undefined {
  switch (hit.kind) {
    case 'product': {
      const p = ds.productsById.get(hit.id);
      if (!p) return undefined;
      const f: ProductFinding = { id: p.id, name: displayName(p), status: p.status, mentions: [] };
      products.push(f);
      return f;
    }
    case 'target': {
      const t = ds.targetsById.get(hit.id);
      if (!t) return undefined;
      const f: TargetFinding = { id: t.id, label: t.label, mentions: [] };
      targets.push(f);
      return f;
    }
    case 'condition': {
      const c = ds.conditionsById.get(hit.id);
      if (!c) return undefined;
      const f: ConditionFinding = { id: c.id, label: c.name, mentions: [] };
      conditions.push(f);
      return f;
    }
    case 'regulator':
      regulators.push(hit.id);
      return { mentions: [] };
    case 'trial':
      trials.push(hit.id);
      return { mentions: [] };
  }
}

function mentionOf(hit: Hit): Mention {
  return {
    text: hit.text,
    position: { block: hit.block, start: hit.start, end: hit.end },
    section: hit.section,
    via: hit.via,
  };
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words in every extracted block (main and outside). */
export function countWords(extracted: Extracted): number {
  let n = 0;
  for (const b of extracted.blocks) {
    WORD.lastIndex = 0;
    // test(), not exec(): the same matches without building a result for each word.
    while (WORD.test(b.text)) n++;
  }
  return n;
}
