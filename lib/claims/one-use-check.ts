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
  'linesMinimum',
  'relapsedRefractory',
] as const satisfies ReadonlyArray<keyof typeof UseFields>;

interface Reported {
  kind: string;
  productId: string | null;
  text: string;
  position: { block: number };
  details: Frame;
}

/** Every use field, the disease and its qualifiers too. */
const ALL_USE_FIELDS = [
  'conditionId',
  'excludesConditionId',
  'conditionQualifier',
  ...USE_FIELDS,
] as const satisfies ReadonlyArray<keyof typeof UseFields>;

const keyOf = (c: Reported): string => `${c.position.block}\u0000${c.text}\u0000${c.productId}`;

/**
 * An approval for a use states that use: "キムリアは2022年8月に濾胞性リンパ腫の効能が追加されました",
 * "se aprobó para segunda línea en octubre de 2022", a table cell "濾胞性リンパ腫（2024年5月）". Where
 * the sentence gave the product no indication claim of its own, the use the approval names becomes
 * one, right after it, judged as the indication frame judges any use (the approval keeps the
 * regulator: `regulatorOwnedByApproval`). Placed before judgeUseOnce, which then leaves the
 * patients and lines to it.
 */
export function statedUses<T extends Reported>(claims: readonly T[]): T[] {
  const uses = new Set(claims.filter((c) => c.kind === 'indication').map(keyOf));
  const out: T[] = [];
  for (const c of claims) {
    out.push(c);
    const frame: Frame = c.details;
    if (c.kind !== 'approval' || !('approved' in frame) || frame.approved !== true) continue;
    if (c.productId === null || 'decision' in frame) continue;
    const use: Record<string, unknown> = {};
    for (const f of ALL_USE_FIELDS) if (frame[f] !== undefined) use[f] = frame[f];
    if (use.conditionId === undefined && use.minPriorLines === undefined && use.population === undefined)
      continue;
    const key = keyOf(c);
    const sameUse = `${key}\u0000${JSON.stringify(use)}`;
    if (uses.has(key) || uses.has(sameUse)) continue;
    uses.add(sameUse);
    const details = {
      ...use,
      approved: true,
      ...(frame.regulator !== undefined
        ? { regulator: frame.regulator, regulatorOwnedByApproval: true }
        : {}),
      ...('date' in frame && frame.date !== undefined ? { dated: true } : {}),
    };
    out.push({ ...c, kind: 'indication', ruleId: 'indication', details } as unknown as T);
  }
  return out;
}

export function judgeUseOnce<T extends Reported>(claims: readonly T[]): T[] {
  const uses = new Set(claims.filter((c) => c.kind === 'indication').map(keyOf));
  return claims.map((c) => {
    const frame: Frame = c.details;
    if (c.kind !== 'approval' || !('approved' in frame) || frame.approved !== true) return c;
    if (!uses.has(keyOf(c))) return c;
    const details = { ...frame };
    for (const f of USE_FIELDS) delete details[f];
    // The same frame less optional fields: the claim keeps its rule's frame type.
    return { ...c, details } as T;
  });
}
