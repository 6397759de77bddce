// The rank rule's claims ("国内首款白血病CAR-T", "la primera terapia CAR-T aprobada en la India"): the
// ranking the approval verifier already checks for an approval that states one (lib/verify/rank.ts
// against every product of the class), here for a ranking stated on its own.
import type { Finding, VerifyContext } from './types';
import { verifyApproval } from './indication';
import { shortName } from './format';
import { date, part } from './explain/part';

export function verifyRank({ claim, product, dataset }: VerifyContext<'rank'>): Finding {
  const d = claim.details;
  // "«Утжефра» — первый отечественный CAR-T-препарат": a ranking with no word of approval, of a product
  // still in trials, ranks what was made or tested; no approval was claimed to refute.
  if (d.approvalNamed !== true && product.status === 'investigational') {
    return {
      verdict: 'unverified',
      parts: [part('rank.notOfApproval', { name: shortName(product), asOf: date(dataset.meta.asOf) })],
      reference: null,
      compared: [],
    };
  }
  return verifyApproval({
    claim: {
      ...claim,
      ruleId: 'approval',
      details: {
        approved: true,
        firstOf: d.firstOf,
        rank: d.rank,
        ...(d.place !== undefined ? { rankPlace: d.place } : {}),
        rankScopeRead: d.rankScopeRead,
        ...(d.rankRegion !== undefined ? { rankRegion: d.rankRegion } : {}),
        ...(d.rankCategory !== undefined ? { rankCategory: d.rankCategory } : {}),
        ...(d.regulator !== undefined ? { regulator: d.regulator } : {}),
        ...(d.conditionId !== undefined ? { conditionId: d.conditionId } : {}),
        ...(d.rankHome === true ? { rankHome: true } : {}),
      },
    },
    product,
    dataset,
  });
}
