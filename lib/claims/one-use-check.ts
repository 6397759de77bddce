// One verdict per assertion, across kinds: "2023年11月获批，可用于儿童及成人…白血病" states an approval
// (when, by whom) and a use (disease, patients, line of therapy). The use is the indication claim's
// to judge; the approval claim of the same sentence and product keeps its disease (an approval for
// a disease nobody approved is itself wrong) but not the patients and lines, so a wrong age or line
// is reported once, on the use, and a true approval date is not accused for it.
import type { ClaimDetails } from './types';

/** The use fields the indication claim of the same sentence judges. */
const USE_FIELDS = ['population', 'maxAge', 'minAge', 'minPriorLines', 'relapsedRefractory'] as const;

interface Reported {
  kind: string;
  productId: string | null;
  text: string;
  position: { block: number };
  details: ClaimDetails;
}

export function judgeUseOnce<T extends Reported>(claims: readonly T[]): T[] {
  const uses = new Set(
    claims
      .filter((c) => c.kind === 'indication')
      .map((c) => `${c.position.block}\u0000${c.text}\u0000${c.productId}`),
  );
  return claims.map((c) => {
    if (c.kind !== 'approval' || c.details['approved'] !== true) return c;
    if (!uses.has(`${c.position.block}\u0000${c.text}\u0000${c.productId}`)) return c;
    const details: ClaimDetails = { ...c.details };
    for (const f of USE_FIELDS) delete details[f];
    return { ...c, details };
  });
}
