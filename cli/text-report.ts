// `--format text`: a summary a person reads in a terminal. Per page: the products named with their
// approvals in the reference data, then each claim with its verdict, what it was compared against
// and the source. Ends with the disclaimer, like every TherapyLens view.
import { datasetAge } from '../lib/dataset/freshness';
import type { Dataset, Product } from '../lib/dataset/schema';
import { DISCLAIMER } from '../lib/disclaimer';
import { VERDICT_DISPLAY, displayVerdict } from '../lib/highlight/verdict-display';
import type { Claim, PageReport } from '../lib/schema';

/** `now` (ISO) dates the freshness line; by default the latest analysis time among the reports. */
export function formatText(reports: readonly PageReport[], dataset: Dataset, now?: string): string {
  const when =
    now ??
    reports.reduce<string | undefined>((a, r) => (a && a > r.analyzedAt ? a : r.analyzedAt), undefined);
  return reports.map((r) => formatPage(r, dataset)).join('') + formatClosing(dataset, when);
}

/** One page's summary, ending with a blank line; streamed output prints these as reports arrive. */
export function formatPage(report: PageReport, dataset: Dataset): string {
  const products = new Map(dataset.products.map((p) => [p.id, p]));
  const conditions = new Map(dataset.conditions.map((c) => [c.id, c]));
  const conditionName = (id: string) => {
    const c = conditions.get(id);
    return c ? (c.abbreviations[0] ?? c.name) : id;
  };

  const out: string[] = [];
  out.push(report.title || '(untitled page)', `  ${report.source}`);
  out.push(`  analyzed ${report.analyzedAt} · ${report.wordCount} words · dataset ${report.datasetVersion}`);
  if (report.partial) out.push('  Partial analysis: the page was too large to read completely.');
  if (report.fallbackText) out.push('  No article found; the visible text was used.');
  for (const note of report.notes) out.push(`  Note: ${note}`);
  out.push('');

  if (report.products.length === 0) {
    out.push('  Products: none from the reference data named on this page.');
  } else {
    out.push('  Products:');
    for (const finding of report.products) {
      const product = products.get(finding.id);
      const inn = product?.names.inn;
      const name =
        inn && !finding.name.toLowerCase().includes(inn) ? `${finding.name} (${inn})` : finding.name;
      out.push(`    - ${name}: ${approvalLine(finding.status, product, conditionName)}`);
    }
  }
  out.push('');

  if (report.claims.length === 0) {
    out.push('  Claims: none detected.');
  } else {
    out.push(`  Claims (${report.claims.length}):`);
    report.claims.forEach((claim, i) => out.push(...claimLines(claim, i + 1)));
  }
  out.push('', '');
  return out.join('\n') + '\n';
}

/** The closing lines every text output ends with: the data's age (as of `now`) and the disclaimer. */
export function formatClosing(dataset: Dataset, now: string | undefined): string {
  const meta = dataset.meta;
  const out = [`Reference data: TherapyLens dataset ${meta.version}, as of ${meta.asOf}.`];
  const age = now === undefined ? undefined : datasetAge(meta.asOf, now);
  if (age) out.push(age.text);
  out.push(DISCLAIMER);
  return out.join('\n') + '\n';
}

function approvalLine(
  status: string,
  product: Product | undefined,
  conditionName: (id: string) => string,
): string {
  if (!product) return status;
  if (status === 'investigational') return 'investigational: no regulator approval in the reference data';
  const byRegulator = new Map<string, string[]>();
  for (const ind of product.indications) {
    if (ind.status !== 'active') continue;
    const list = byRegulator.get(ind.regulator) ?? [];
    list.push(`${conditionName(ind.conditionId)} ${ind.date}`);
    byRegulator.set(ind.regulator, list);
  }
  const approvals = [...byRegulator].map(([regulator, list]) => `${regulator} ${list.join(', ')}`).join('; ');
  const state = status === 'withdrawn' ? 'withdrawn' : 'approved';
  return approvals ? `${state}: ${approvals}` : state;
}

function claimLines(claim: Claim, n: number): string[] {
  // Marketing language is flagged as a caution, as in the popup.
  const verdict = VERDICT_DISPLAY[displayVerdict(claim)];
  const lines = [
    `    ${n}. [${verdict.icon} ${verdict.label}] “${oneLine(claim.text)}”`,
    `       ${claim.explanation}`,
  ];
  const source = claim.reference?.source;
  if (source) lines.push(`       Source: ${source.title} (${source.asOf}) ${source.url}`);
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
