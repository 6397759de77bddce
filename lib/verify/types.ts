import type { Dataset, Product } from '../dataset/schema';
import type { DetectedClaim } from '../claims/types';
import type { Reference, Verdict } from '../schema';

export interface Assessment {
  verdict: Verdict;
  explanation: string;
  reference: Reference | null;
  compared: Reference[];
}

export interface VerifyContext {
  claim: DetectedClaim;
  product: Product;
  dataset: Dataset;
}

export type Verifier = (ctx: VerifyContext) => Assessment;
