// verify: each detected claim against the dataset. Unattributed claims and products the dataset
// does not hold are `unverified` (never a guess); marketing language is always `unverified`.
import type { DatasetIndex } from '../match/dataset-index';
import { displayName } from './format';
import type { DetectedClaim } from '../claims/types';
import type { Claim, ClaimKind } from '../schema';
import { verifyApprovalCount } from './approval-count';
import { verifyApproval, verifyIndication } from './indication';
import { verifyMarketing } from './marketing';
import { verifyDesignation } from './designation';
import { verifyResponse } from './response';
import { verifyTarget } from './target';
import { part } from './explain/part';
import { renderEnglish } from './explain/render';
import type { ExplanationPart } from '../explanation-types';
import type { Assessment, Finding, Verifier } from './types';

const VERIFIERS: Readonly<Record<Exclude<ClaimKind, 'marketing'>, Verifier>> = {
  response: verifyResponse,
  approval: verifyApproval,
  indication: verifyIndication,
  target: verifyTarget,
};

/** Rules whose statements a kind's verifier cannot judge, each with its own verifier. */
const RULE_VERIFIERS: Readonly<Record<string, Verifier>> = {
  designation: verifyDesignation,
};

/** Rules about the dataset as a whole (counts of approved products), not about one product. */
const DATASET_VERIFIERS: Readonly<Record<string, (claim: DetectedClaim, ds: DatasetIndex) => Finding>> = {
  'approval-count': verifyApprovalCount,
};

export function verifyClaims(claims: readonly DetectedClaim[], dataset: DatasetIndex): Claim[] {
  // Pages repeat the same claim (a table and a summary box); the verdict depends only on these.
  const memo = new Map<string, Assessment>();
  return claims.map((claim) => {
    // Only marketing verdicts quote the matched words; the others depend on the details alone.
    const key = `${claim.ruleId}\u0000${claim.productId ?? ''}\u0000${claim.kind === 'marketing' ? claim.matched : ''}\u0000${JSON.stringify(claim.details)}`;
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

function findingOf(claim: DetectedClaim, dataset: DatasetIndex): Finding {
  if (claim.kind === 'marketing') return verifyMarketing(claim);
  // Claims about the dataset as a whole rather than one product.
  const ofDataset = DATASET_VERIFIERS[claim.ruleId];
  if (ofDataset) return ofDataset(claim, dataset);
  if (claim.productId === null) return unverified([part('unattributed')]);
  const product = dataset.productsById.get(claim.productId);
  if (!product) return unverified([part('noEntry', { productId: claim.productId })]);
  try {
    const result = (RULE_VERIFIERS[claim.ruleId] ?? VERIFIERS[claim.kind])({ claim, product, dataset });
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
function accusesNamedProduct(claim: DetectedClaim, result: Finding, name: string): Finding {
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
