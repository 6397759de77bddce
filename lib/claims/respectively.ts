// "Amtagvi and Tecelra were approved by the FDA in 2024, for melanoma and synovial sarcoma,
// respectively": a list of products and a list of diseases paired in order. Without this reading,
// every product is said to be approved for every disease, and each wrong pairing is a false alarm.
import type { RawClaim, SentenceContext } from './types';

/** The words that pair two lists in order. Not "each" or "jeweils", which as often mean "both". */
const RESPECTIVELY =
  /(?<![\p{L}])(?:respectively|respectivamente|respetivamente|respectivement|соответственно)(?![\p{L}])|分别|分別|それぞれ|각각/iu;

type Located = SentenceContext['hits'][number];

/** The diseases a sentence names, outermost, in order, each once ("B-cell lymphoma", not also "lymphoma"). */
function diseasesInOrder(hits: readonly Located[]): Located[] {
  const conditions = hits.filter((h) => h.kind === 'condition').sort((a, b) => a.at - b.at || b.to - a.to);
  const out: Located[] = [];
  for (const h of conditions) {
    const last = out[out.length - 1];
    if (last && h.at < last.to) continue;
    if (out.some((o) => o.id === h.id)) continue;
    out.push(h);
  }
  return out;
}

/**
 * The product each claim of a "respectively" sentence is about, with the disease paired to it; undefined
 * when the sentence does not pair as many diseases as it lists products. A claim whose words are one of
 * the diseases is about that disease's product only; a claim that names a disease among others (an
 * approval "for melanoma and synovial sarcoma") is made once per product, each with its own disease.
 */
export function respectivePairs(
  s: SentenceContext,
  raw: RawClaim,
  listed: readonly string[],
): Array<{ productId: string; details: RawClaim['details'] }> | undefined {
  if (listed.length < 2 || !RESPECTIVELY.test(s.text)) return undefined;
  const diseases = diseasesInOrder(s.hits);
  if (diseases.length !== listed.length) return undefined;
  const own = diseases.findIndex((d) => d.at <= raw.start && d.to >= raw.end);
  if (own >= 0) return [{ productId: listed[own]!, details: raw.details }];
  const details = raw.details as { conditionId?: string | null };
  if (!details.conditionId) return undefined;
  return listed.map((productId, k) => ({
    productId,
    details: { ...raw.details, conditionId: diseases[k]!.id } as RawClaim['details'],
  }));
}
