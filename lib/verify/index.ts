// verify: each detected claim against the dataset. Unattributed claims and products the dataset
// does not hold are `unverified` (never a guess); marketing language is always `unverified`.
import type { DatasetIndex } from '../match/dataset-index';
import { displayName } from './format';
import type { DetectedClaim, DetectedClaimOf, RuleId } from '../claims/types';
import type { Claim } from '../schema';
import { part } from './explain/part';
import { renderEnglish } from './explain/render';
import type { ExplanationPart } from '../explanation-types';
import type { Assessment, Finding } from './types';
import { RULE_VERIFIERS } from './rules';

export function verifyClaims(claims: readonly DetectedClaim[], dataset: DatasetIndex): Claim[] {
  // Pages repeat the same claim (a table and a summary box); the verdict depends only on these.
  // The sentence is part of the key: verifiers read its words too (the kind of step a designation
  // names, how many dates an approval's sentence gives), so two claims with equal details in
  // different sentences ("получил статус прорывной терапии", "received orphan designation") may differ.
  const memo = new Map<string, Assessment>();
  return claims.map((claim) => {
    // Only some verdicts quote the matched words (RULE_VERIFIERS).
    const quoted = RULE_VERIFIERS[claim.ruleId].readsMatched ? claim.matched : '';
    const key = `${claim.ruleId}\u0000${claim.productId ?? ''}\u0000${quoted}\u0000${claim.text}\u0000${JSON.stringify(claim.details)}`;
    let result = memo.get(key);
    if (!result) {
      result = verifyClaim(claim, dataset);
      memo.set(key, result);
    }
    return { ...claim, ...result, compared: [...result.compared] };
  });
}

export function verifyClaim(claim: DetectedClaim, dataset: DatasetIndex): Assessment {
  const { parts, ...rest } = findingOf(claim, dataset);
  // The English text comes from the same templates the interface translates (explain/en.ts).
  return { ...rest, explanation: renderEnglish(parts), explanationParts: parts };
}

function findingOf<R extends RuleId>(claim: DetectedClaimOf<R>, dataset: DatasetIndex): Finding {
  const verifier = RULE_VERIFIERS[claim.ruleId];
  // Claims about the dataset as a whole, or about the words alone, need no product.
  if (verifier.page) return verifier.verify(claim, dataset);
  if (claim.productId === null) return unverified([part('unattributed')]);
  const product = dataset.productsById.get(claim.productId);
  if (!product) return unverified([part('noEntry', { productId: claim.productId })]);
  try {
    const result = verifier.verify({ claim, product, dataset });
    return accusesNamedProduct(claim, result, displayName(product));
  } catch {
    return unverified([part('failed')]);
  }
}

/**
 * An accusation needs the product named in the statement or its section. When the subject was only
 * inferred from the page as a whole (its dominant product), the statement may be about another
 * product or about the therapy in general, so the conflict found is reported, not asserted.
 */
function accusesNamedProduct(
  claim: Pick<DetectedClaim, 'attribution'>,
  result: Finding,
  name: string,
): Finding {
  const accusing = result.verdict === 'differs' || result.verdict === 'not-approved';
  // The section's product (named by the sentence before, a list's lead-in or the heading) is the
  // statement's subject in practice, in every language ("该产品…", "La aprobación, otorgada …").
  if (!accusing || claim.attribution !== 'page') return result;
  return {
    ...result,
    verdict: 'unverified',
    parts: [part('inferredSubject', { name }), ...result.parts],
  };
}

function unverified(parts: ExplanationPart[]): Finding {
  return { verdict: 'unverified', parts, reference: null, compared: [] };
}
