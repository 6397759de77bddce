// The response rule's frame (response.ts): one efficacy figure (a rate, or a time to event or
// hazard ratio when `unit` is set) and what the page says about where it comes from.
import { z } from '../../zod';
import { Comparator, PageMetric } from '../fields.frame';

export const responseFrame = z.object({
  ruleId: z.literal('response'),
  kind: z.literal('response'),
  details: z.object({
    metric: PageMetric,
    /** Percent for rates (a range's midpoint), months or a ratio for time figures. */
    value: z.number(),
    comparator: Comparator,
    /** Time figures only; rates are percentages. */
    unit: z.optional(z.enum(['months', 'ratio'])),
    /** A hazard ratio's endpoint, as the page names it ("overall survival … HR 0.72"): progression-free, event-free or overall survival. */
    endpoint: z.optional(z.enum(['PFS', 'EFS', 'OS'])),
    /** A hazard ratio the page gave as a risk reduction: the percent it wrote ("74 % lower risk" → 74). */
    riskReduction: z.optional(z.number()),
    /** A range: "39-43%". */
    low: z.optional(z.number()),
    high: z.optional(z.number()),
    /** "27 of 65 patients": the count, and `n` the denominator. */
    count: z.optional(z.number()),
    n: z.optional(z.number()),
    /** Canonical trial name from the dataset. */
    trial: z.optional(z.string()),
    /** A trial-like name the dataset does not know ("CARTITUDE-9", an NCT number). */
    trialName: z.optional(z.string()),
    conditionId: z.optional(z.string()),
    /** Where the condition was read: beside the figure, or only from the table row or heading. */
    conditionFrom: z.optional(z.enum(['sentence', 'row', 'heading'])),
    /** The comparison arm's figure: "13.3 months vs 4.4 months". */
    comparatorValue: z.optional(z.number()),
    /** A figure per lesion, not per patient. */
    basis: z.optional(z.enum(['lesions'])),
    pivotal: z.optional(z.boolean()),
    /** A landmark ("at 12 months"): a rate at that time, not a best response. */
    timepoint: z.optional(z.string()),
    /** A subgroup or another population than the whole cohort ("real-world", "high-risk patients"). */
    cohort: z.optional(z.string()),
    /** The page gives the figure as the label's ("the label reports", "laut Fachinformation", "说明书显示"). */
    fromLabel: z.optional(z.boolean()),
    /** The clinic's own patients ("in our experience"). */
    source: z.optional(z.enum(['own'])),
  }),
});
