// One verdict per assertion, across kinds: "2023年11月获批，可用于儿童及成人…白血病" states an approval
// (when, by whom) and a use (disease, patients, line of therapy). The use is the indication claim's
// to judge; the approval claim of the same sentence and product keeps its disease (an approval for
// a disease nobody approved is itself wrong) but not the patients and lines, so a wrong age or line
// is reported once, on the use, and a true approval date is not accused for it.
import type { UseFields } from './fields.frame';
import type { Frame } from './types';

/** The use fields the indication claim of the same sentence judges. */
const USE_FIELDS = [
  'population',
  'maxAge',
  'minAge',
  'minPriorLines',
  'relapsedRefractory',
] as const satisfies ReadonlyArray<keyof typeof UseFields>;

interface Reported {
  kind: string;
  productId: string | null;
  text: string;
  position: { block: number };
  details: Frame;
}

export function judgeUseOnce<T extends Reported>(claims: readonly T[]): T[] {
  const uses = new Set(
    claims
      .filter((c) => c.kind === 'indication')
      .map((c) => `${c.position.block}\u0000${c.text}\u0000${c.productId}`),
  );
  return claims.map((c) => {
    const frame: Frame = c.details;
    if (c.kind !== 'approval' || !('approved' in frame) || frame.approved !== true) return c;
    if (!uses.has(`${c.position.block}\u0000${c.text}\u0000${c.productId}`)) return c;
    const details = { ...frame };
    for (const f of USE_FIELDS) delete details[f];
    // The same frame less optional fields: the claim keeps its rule's frame type.
    return { ...c, details } as T;
  });
}
