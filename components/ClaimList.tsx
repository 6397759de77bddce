import type { Claim, PageReport } from '../lib/schema';
import { ClaimItem } from './ClaimItem';
import { plural } from './format';

export const UNTIED_GROUP = 'Not tied to a product';

interface ClaimGroup {
  key: string;
  title: string;
  claims: Claim[];
}

/** Claims under the product they are about, in the report's product order; the rest last. */
export function groupClaims(report: PageReport): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const p of report.products) groups.set(p.id, { key: p.id, title: p.name, claims: [] });
  const untied: ClaimGroup = { key: '', title: UNTIED_GROUP, claims: [] };
  for (const claim of report.claims) {
    const group = claim.productId === null ? undefined : groups.get(claim.productId);
    (group ?? untied).claims.push(claim);
  }
  return [...groups.values(), untied].filter((g) => g.claims.length > 0);
}

export function ClaimList({ report, onShow }: { report: PageReport; onShow: (claimId: string) => void }) {
  const groups = groupClaims(report);
  if (groups.length === 0) {
    return <p className="muted">No claims about results, approvals or who a therapy is for were found.</p>;
  }
  return (
    <>
      {groups.map((g) => {
        const headingId = `claims-${g.key || 'untied'}`;
        return (
          <section key={g.key || 'untied'} className="claim-group" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {g.title} <span className="muted">({plural(g.claims.length, 'claim', 'claims')})</span>
            </h3>
            <ul className="claims" role="list">
              {g.claims.map((c) => (
                <ClaimItem key={c.id} claim={c} onShow={onShow} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
