// The rank rule's frame (rank.ts): that a product is the first, second or only one of a class
// ("国内首款白血病CAR-T", "la primera terapia CAR-T aprobada en la India"), an assertion of its own
// beside any approval the sentence dates.
import { z } from '../../zod';
import { Regulator } from '../../dataset/schema';

export const rankFrame = z.object({
  ruleId: z.literal('rank'),
  kind: z.literal('approval'),
  details: z.object({
    /** The class in English words lib/verify/rank.ts reads: "CAR-T", "BCMA CAR-T", "oncolytic virus". */
    firstOf: z.string(),
    rank: z.enum(['first', 'only']),
    /** Its place when not the first: 2 for "第二款", "두 번째", "second". */
    place: z.optional(z.number()),
    /** Whether every word limiting the ranking (a place, a disease, "domestically developed") was read. */
    rankScopeRead: z.boolean(),
    rankRegion: z.optional(z.enum(['world', 'asia', 'europe'])),
    rankCategory: z.optional(z.enum(['solid'])),
    /** The country or regulator the ranking is within ("国内", "en la India"). */
    regulator: z.optional(Regulator),
    conditionId: z.optional(z.string()),
    /**
     * Ranked within the page's own country by a word for it ("국내 첫 CAR-T", "国内首个"), with no word of
     * approval: pages use it for the first made there as often as for the first approved there.
     */
    rankHome: z.optional(z.boolean()),
    /** A word of approval in the ranking's own words ("la primera terapia CAR-T aprobada"). */
    approvalNamed: z.optional(z.boolean()),
  }),
});
