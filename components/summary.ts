// The one-line answer at the top of the popup: how many therapies and claims, and how the claims
// compare. Marketing claims are counted apart, as cautions.
import type { PageReport, Verdict } from '../lib/schema';
import { displayVerdict } from '../lib/highlight/verdict-display';
import { plural } from './format';

export interface ClaimCounts {
  claims: number;
  byVerdict: Record<Verdict, number>;
  cautions: number;
}

export function countClaims(report: PageReport): ClaimCounts {
  const counts: ClaimCounts = {
    claims: 0,
    byVerdict: { consistent: 0, differs: 0, 'not-approved': 0, unverified: 0 },
    cautions: 0,
  };
  for (const claim of report.claims) {
    const shown = displayVerdict(claim);
    if (shown === 'caution') {
      counts.cautions++;
    } else {
      counts.claims++;
      counts.byVerdict[shown]++;
    }
  }
  return counts;
}

const VERDICT_WORDS: [Verdict, string][] = [
  ['consistent', 'consistent'],
  ['differs', 'differs'],
  ['not-approved', 'not approved'],
  ['unverified', 'unverified'],
];

/** "3 therapies · 7 claims: 4 consistent, 1 differs, 1 not approved, 1 unverified · 2 cautions". */
export function summaryLine(report: PageReport): string {
  const counts = countClaims(report);
  const parts = [plural(report.products.length, 'therapy', 'therapies')];
  if (counts.claims === 0) {
    parts.push('no claims checked');
  } else {
    const verdicts = VERDICT_WORDS.filter(([v]) => counts.byVerdict[v] > 0).map(
      ([v, word]) => `${counts.byVerdict[v]} ${word}`,
    );
    parts.push(`${plural(counts.claims, 'claim', 'claims')}: ${verdicts.join(', ')}`);
  }
  if (counts.cautions > 0) parts.push(plural(counts.cautions, 'caution', 'cautions'));
  return parts.join(' · ');
}
