// The marketing rule's frame (marketing.ts): the promotional words, lower-cased ("cure; guaranteed").
import { z } from '../../zod';

export const marketingFrame = z.object({
  ruleId: z.literal('marketing'),
  kind: z.literal('marketing'),
  details: z.object({ phrase: z.string() }),
});
