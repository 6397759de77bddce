// Field vocabularies that several claim frames share, and that the claim stage's readers fill
// (patterns.ts, metrics.ts, decisions.ts derive their types from these). A `.frame.ts` module is a
// foundation (scripts/check-stage-order.mjs): it imports only zod and the dataset schema, so the
// report contract (lib/schema.ts) can validate frames without importing a stage. The engine imports
// it for types only, which keeps zod out of the content script.
import { z } from '../zod';

/** How a page qualifies a figure: "more than 80%" is `>`, "about 73%" is `~`. */
export const Comparator = z.enum(['=', '~', '>', '≥', '<', '≤', 'up to']);

export const PopulationGroup = z.enum(['adults', 'pediatric', 'pediatric-and-young-adults', 'all-ages']);

/** Efficacy measures as pages name them; lib/verify/metric-family.ts maps them onto dataset metrics. */
export const PageMetric = z.enum([
  'ORR',
  'response',
  'CR',
  'complete remission',
  'CR/CRi',
  'CRi',
  'remission',
  'sCR',
  'CR/sCR',
  '≥CR',
  'DRR',
  'median PFS',
  'median EFS',
  'median OS',
  'median DoR',
  'HR',
  // Landmark rates: alive, event-free or progression-free at the claim's time point.
  'EFS rate',
  'PFS rate',
  'OS rate',
  'MRD-negative',
  'durable',
]);

/** Regulatory steps that are not approvals (lib/claims/decisions.ts). */
/**
 * Regulatory steps that are not approvals (lib/claims/decisions.ts); `crl`: a complete response letter,
 * a refusal as filed; `reimbursement`: a payer's or health system's decision to pay for it.
 */
export const DecisionKind = z.enum([
  'ind-clearance',
  'designation',
  'filing',
  'committee-opinion',
  'crl',
  'withdrawal',
  'reimbursement',
]);

/**
 * A use of a product, as the approval and indication frames both read it: the disease (and a
 * subtype its qualifier excludes: "muscle-invasive" excludes NMIBC), the patients, the lines of
 * therapy before it, relapsed/refractory. lib/claims/one-use-check.ts moves these between claims.
 */
export const UseFields = {
  conditionId: z.optional(z.string()),
  excludesConditionId: z.optional(z.string()),
  conditionQualifier: z.optional(z.string()),
  population: z.optional(PopulationGroup),
  maxAge: z.optional(z.number()),
  minAge: z.optional(z.number()),
  minPriorLines: z.optional(z.number()),
  /**
   * The page gives minPriorLines as a minimum ("at least four prior treatments"): the label's own
   * threshold as the page states it, so a higher count than the label's misstates it.
   */
  linesMinimum: z.optional(z.boolean()),
  relapsedRefractory: z.optional(z.boolean()),
};

export type Comparator = z.output<typeof Comparator>;
export type PopulationGroup = z.output<typeof PopulationGroup>;
export type PageMetric = z.output<typeof PageMetric>;
export type DecisionKind = z.output<typeof DecisionKind>;
