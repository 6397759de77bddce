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
  const pointed = new Map<string, { regulator: string; date: string; named: boolean }>();
  const several = new Set<string>();
  for (const c of claims) {
    const frame: Frame = c.details as Frame;
    if (c.kind !== 'approval' || c.productId === null || !('approved' in frame) || frame.approved !== true)
      continue;
    if ('decision' in frame) continue;
    const date = 'date' in frame ? frame.date : undefined;
    if (date === undefined || !TO_THE_MONTH.test(date)) continue;
    const month = date.slice(0, 7);
    const product = dataset.productsById.get(c.productId);
    // A named regulator's own decision of that month ("aprovado pela Comissão Europeia em julho de
    // 2025 para adultos …"): the use beside it is told as of that decision, whatever else its
    // records lack.
    const named = frame.regulator ?? undefined;
    const regulators = new Set(
      (product?.indications ?? [])
        .filter((i) => i.date.startsWith(month) && (named === undefined || i.regulator === named))
        .map((i) => i.regulator),
    );
    const only = regulators.size === 1 ? [...regulators][0]! : undefined;
    // Not an authority the dataset does not track (OTHER). A statement that dates several decisions
    // ("米国 2024年11月、英国 2025年4月、EU 2025年7月") points to none of them.
    const key = keyOf(c);
    if (several.has(key) || pointed.has(key)) {
      several.add(key);
      pointed.delete(key);
    } else if (only && only !== 'OTHER')
      pointed.set(key, { regulator: only, date, named: named !== undefined });
    else several.add(key);
  }
  if (pointed.size === 0) return [...claims];
  return claims.map((c) => {
    const decision = c.kind === 'indication' ? pointed.get(keyOf(c)) : undefined;
    const frame = c.details as Record<string, unknown>;
    if (decision === undefined) return c;
    const own = frame['regulator'];
    if (own !== undefined && own !== null && own !== decision.regulator) return c;
    // Where the approval names its regulator, the use gains only the decision whose record settles it:
    // not "dated", for a row's dated first decision beside today's use still presents that use as
    // current ("Abecma | 2021年3月26日 | 多发性骨髓瘤（至少四线治疗后）" under an FDA caption is outdated).
    if (own === decision.regulator || decision.named)
      return { ...c, details: { ...frame, decisionDate: decision.date } };
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
