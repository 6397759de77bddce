// A use told in the same statement as a dated approval that names no regulator ("카빅티주는 2023년 3월
// 허가됐으며, 세 가지 이상 치료를 받은 환자에게 쓴다", "Kymriah | 2019年3月 | B-ALL …"): when exactly one
// regulator decided on the product in that month, the statement is about that regulator's decision,
// and its use is checked against that decision's label rather than whichever label it fits.
import type { DatasetIndex } from '../match/dataset-index';
import type { Frame } from './rules/frames';

interface Told {
  readonly kind: string;
  readonly productId: string | null;
  readonly text: string;
  readonly position: { readonly block: number };
  readonly details: object;
}

/** "2023-03", "2023-03-16": a date to the month (a bare year fits too many decisions). */
const TO_THE_MONTH = /^\d{4}-\d{2}/;

export function datedRegulator<T extends Told>(claims: readonly T[], dataset: DatasetIndex): T[] {
  // The decision each statement's dated approval points to, by product.
  const pointed = new Map<string, { regulator: string; date: string }>();
  for (const c of claims) {
    const frame: Frame = c.details as Frame;
    if (c.kind !== 'approval' || c.productId === null || !('approved' in frame) || frame.approved !== true)
      continue;
    if ('decision' in frame || frame.regulator !== undefined) continue;
    const date = 'date' in frame ? frame.date : undefined;
    if (date === undefined || !TO_THE_MONTH.test(date)) continue;
    const month = date.slice(0, 7);
    const product = dataset.productsById.get(c.productId);
    const regulators = new Set(
      (product?.indications ?? []).filter((i) => i.date.startsWith(month)).map((i) => i.regulator),
    );
    const only = regulators.size === 1 ? [...regulators][0]! : undefined;
    // Not an authority the dataset does not track (OTHER).
    if (only && only !== 'OTHER') pointed.set(keyOf(c), { regulator: only, date });
  }
  if (pointed.size === 0) return [...claims];
  return claims.map((c) => {
    const decision = c.kind === 'indication' ? pointed.get(keyOf(c)) : undefined;
    const frame = c.details as Record<string, unknown>;
    if (decision === undefined || frame['regulator'] !== undefined) return c;
    // The approval keeps the regulator (regulatorOwnedByApproval): a use that regulator never
    // approved is checked against every label, as if the statement had named none. The use is told
    // as of that decision (dated), whose record settles it (decisionDate).
    return {
      ...c,
      details: {
        ...frame,
        regulator: decision.regulator,
        regulatorOwnedByApproval: true,
        dated: true,
        decisionDate: decision.date,
      },
    };
  });
}

function keyOf(c: Told): string {
  return `${c.position.block}\u0000${c.text}\u0000${c.productId ?? ''}`;
}
