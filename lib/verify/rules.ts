// Each rule's verifier, by rule id: like the rule list (lib/claims/rules/index.ts), the one place
// that lists the rules, so verify/index.ts names none. Mapped over every rule id, so a rule added
// without a verifier fails the type check. Verifiers live in verify/, beside each other rather than
// beside their rules: the claims stage may not import the verify stage.
import type { DatasetIndex } from '../match/dataset-index';
import type { DetectedClaimOf, RuleId } from '../claims/types';
import { verifyApprovalCount } from './approval-count';
import { verifyDesignation } from './designation';
import { verifyApproval, verifyIndication } from './indication';
import { verifyMarketing } from './marketing';
import { verifyRank } from './rank-claim';
import { verifyResponse } from './response';
import { verifyTarget } from './target';
import type { Finding, VerifyContext } from './types';

export type RuleVerifier<R extends RuleId> =
  /** A claim about one product: checked against that product's record. */
  | { page?: undefined; readsMatched?: undefined; verify: (ctx: VerifyContext<R>) => Finding }
  /**
   * A claim checked without a product: about the dataset as a whole (counts of approved products),
   * or about the page's words alone. `readsMatched`: the verdict quotes the matched words.
   */
  | {
      page: true;
      readsMatched?: true;
      verify: (claim: DetectedClaimOf<R>, dataset: DatasetIndex) => Finding;
    };

export const RULE_VERIFIERS: { readonly [R in RuleId]: RuleVerifier<R> } = {
  approval: { verify: verifyApproval },
  'approval-count': { page: true, verify: verifyApprovalCount },
  designation: { verify: verifyDesignation },
  indication: { verify: verifyIndication },
  marketing: { page: true, readsMatched: true, verify: verifyMarketing },
  rank: { verify: verifyRank },
  response: { verify: verifyResponse },
  target: { verify: verifyTarget },
};
