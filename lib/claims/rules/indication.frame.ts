// The indication rule's frame (indication.ts): who a product is for (disease, patients, lines).
import { z } from '../../zod';
import { Regulator } from '../../dataset/schema';
import { UseFields } from '../fields.frame';

export const indicationFrame = z.object({
  ruleId: z.literal('indication'),
  kind: z.literal('indication'),
  details: z.object({
    ...UseFields,
    /** False: "not indicated for …" (a limitation of use). */
    approved: z.optional(z.boolean()),
    regulator: z.optional(Regulator),
    /** The sentence's approval claim judges the regulator; this claim only the use. */
    regulatorOwnedByApproval: z.optional(z.boolean()),
    /** The sentence is dated (history), not a statement of today's label. */
    dated: z.optional(z.boolean()),
    /**
     * The date of the one decision the sentence's dated approval points to (lib/claims/dated-regulator.ts):
     * the use is that decision's, checked against it whatever later decisions the record may lack.
     */
    decisionDate: z.optional(z.string()),
  }),
});
