// The target rule's frame (target.ts): the antigen a product is said to be aimed at.
import { z } from '../../zod';

export const targetFrame = z.object({
  ruleId: z.literal('target'),
  kind: z.literal('target'),
  details: z.object({
    /** HGNC symbol from the dataset. */
    targetId: z.string(),
    /** "targeting CD19 and BCMA": every target of the list, "|"-joined, the product aimed at one. */
    targetAlternatives: z.optional(z.string()),
  }),
});
