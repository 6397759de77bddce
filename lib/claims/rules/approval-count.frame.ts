// The approval-count rule's frame (approval-count.ts): "seven CAR-T therapies are FDA-approved".
import { z } from '../../zod';
import { Regulator } from '../../dataset/schema';

export const approvalCountFrame = z.object({
  ruleId: z.literal('approval-count'),
  kind: z.literal('approval'),
  details: z.object({
    count: z.number(),
    /** `≥` for "at least", "more than", "5+". */
    comparator: z.enum(['=', '≥']),
    /** The kind of product counted; absent: any cell or gene therapy. */
    modality: z.optional(z.enum(['car-t', 'tcr-t', 'til', 'oncolytic-virus'])),
    regulator: z.optional(Regulator),
    /** "two approved CAR-T therapies for myeloma": the count is of products approved for it. */
    conditionId: z.optional(z.string()),
  }),
});
