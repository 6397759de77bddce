// The designation rule's frame (designation.ts): an IND clearance, designation, filing or opinion.
import { z } from '../../zod';
import { Regulator } from '../../dataset/schema';
import { DecisionKind } from '../fields.frame';

export const designationFrame = z.object({
  ruleId: z.literal('designation'),
  kind: z.literal('approval'),
  details: z.object({
    decision: DecisionKind,
    regulator: z.optional(Regulator),
    /** ISO-like: "2017", "2017-08", "2017-08-30". */
    date: z.optional(z.string()),
    /** The page says there has been no such step ("kein Zulassungsantrag bekannt"). */
    denied: z.optional(z.boolean()),
  }),
});
