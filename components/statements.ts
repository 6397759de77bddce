// One card per quoted statement, problems first. A sentence can yield several claims (an approval
// and an indication, two figures); the reader sees one card with all of its checked parts, and the
// cards are ordered by what matters to a patient: differs / not approved, then cautions
// (marketing wording), then consistent, then unverified. Pure: the report in, the cards out.
import type { Claim, PageReport } from '../lib/schema';
import { displayVerdict, type DisplayVerdict } from '../lib/highlight/verdict-display';

export type Tier = 'problem' | 'caution' | 'consistent' | 'unverified';
export const TIERS: readonly Tier[] = ['problem', 'caution', 'consistent', 'unverified'];

export interface Statement {
  /** The first claim's id: stable within a report, used as the React key and "show on page" target. */
  id: string;
  /** The quoted sentence or table row as the page has it. */
  text: string;
  /** Every checked part, most serious first, without repeats of the same verdict and explanation. */
  claims: Claim[];
  /** Ids of every claim quoting this statement, repeats included (for "show on page" and tests). */
  claimIds: string[];
  tier: Tier;
  /** The verdict the card leads with: the most serious of its parts. */
  verdict: DisplayVerdict;
  productIds: string[];
}

/** Most serious first; a card's verdict is its parts' first in this order. */
const SEVERITY: readonly DisplayVerdict[] = [
  'differs',
  'not-approved',
  'caution',
  'consistent',
  'unverified',
];

function tierOf(verdict: DisplayVerdict): Tier {
  if (verdict === 'differs' || verdict === 'not-approved') return 'problem';
  if (verdict === 'caution') return 'caution';
  return verdict;
}

/** Same wording, same statement: whitespace differences between two copies do not count. */
function statementKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function groupStatements(claims: readonly Claim[]): Statement[] {
  const byKey = new Map<string, { first: number; claims: Claim[]; ids: string[] }>();
  claims.forEach((claim, i) => {
    const key = statementKey(claim.text);
    const group = byKey.get(key);
    if (!group) byKey.set(key, { first: i, claims: [claim], ids: [claim.id] });
    else if (
      group.ids.push(claim.id) &&
      !group.claims.some(
        (c) => displayVerdict(c) === displayVerdict(claim) && c.explanation === claim.explanation,
      )
    )
      group.claims.push(claim);
  });
  const statements = [...byKey.values()].map(({ first, claims: parts, ids }) => {
    const verdict = SEVERITY.find((v) => parts.some((c) => displayVerdict(c) === v)) ?? 'unverified';
    // Within a card, the parts read in the same order as the cards: problems first.
    const ordered = [...parts].sort(
      (a, b) => SEVERITY.indexOf(displayVerdict(a)) - SEVERITY.indexOf(displayVerdict(b)),
    );
    const lead = parts[0]!;
    return {
      first,
      statement: {
        id: lead.id,
        text: lead.text,
        claims: ordered,
        claimIds: ids,
        tier: tierOf(verdict),
        verdict,
        productIds: [...new Set(parts.flatMap((c) => (c.productId === null ? [] : [c.productId])))],
      } satisfies Statement,
    };
  });
  statements.sort(
    (a, b) => TIERS.indexOf(a.statement.tier) - TIERS.indexOf(b.statement.tier) || a.first - b.first,
  );
  return statements.map((s) => s.statement);
}

export interface StatementCounts {
  /** Statements with at least one part that differs from the records. */
  differs: number;
  /** Products presented as approved (for a disease, a group or by a regulator) where they are not. */
  notApprovedProducts: number;
  /** Statements not approved that are tied to no product. */
  notApprovedUntied: number;
  cautions: number;
  consistent: number;
  unverified: number;
  statements: number;
}

export function countStatements(statements: readonly Statement[]): StatementCounts {
  const notApproved = new Set<string>();
  let untied = 0;
  const counts = { differs: 0, cautions: 0, consistent: 0, unverified: 0 };
  for (const s of statements) {
    if (s.claims.some((c) => displayVerdict(c) === 'differs')) counts.differs++;
    const na = s.claims.filter((c) => displayVerdict(c) === 'not-approved');
    for (const c of na) if (c.productId !== null) notApproved.add(c.productId);
    if (na.length > 0 && na.every((c) => c.productId === null)) untied++;
    if (s.tier === 'caution') counts.cautions++;
    if (s.tier === 'consistent') counts.consistent++;
    if (s.tier === 'unverified') counts.unverified++;
  }
  return {
    ...counts,
    notApprovedProducts: notApproved.size,
    notApprovedUntied: untied,
    statements: statements.length,
  };
}

/** The badge number: statements that differ from the records or are not approved. */
export function problemCount(report: Pick<PageReport, 'claims'>): number {
  return groupStatements(report.claims).filter((s) => s.tier === 'problem').length;
}
