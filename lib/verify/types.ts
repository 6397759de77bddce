import type { Product } from '../dataset/schema';
import type { DatasetIndex } from '../match/dataset-index';
import type { DetectedClaimOf, RuleId } from '../claims/types';
import type { Reference, Verdict } from '../schema';
import type { ExplanationPart } from '../explanation-types';

/** A verdict with its reasons as explanation parts (lib/verify/explain/en.ts). */
export interface Finding {
  verdict: Verdict;
  parts: ExplanationPart[];
  reference: Reference | null;
  compared: Reference[];
}

/** A finding as a claim carries it: the parts, and the English they render to. */
export interface Assessment {
  verdict: Verdict;
  explanation: string;
  explanationParts: ExplanationPart[];
  reference: Reference | null;
  compared: Reference[];
}

/** What a verifier of rule `R`'s claims reads: the claim, with that rule's frame, and its product. */
export interface VerifyContext<R extends RuleId = RuleId> {
  claim: DetectedClaimOf<R>;
  product: Product;
  /** The dataset, indexed once for the analysis. */
  dataset: DatasetIndex;
}
