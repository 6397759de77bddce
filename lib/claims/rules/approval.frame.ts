// The approval rule's frame (approval.ts): what one statement that a product is, or is not,
// approved says. Absent fields are what the page did not say (nulls never reach the report).
import { z } from '../../zod';
import { Regulator } from '../../dataset/schema';
import { UseFields } from '../fields.frame';

export const approvalFrame = z.object({
  ruleId: z.literal('approval'),
  kind: z.literal('approval'),
  details: z.object({
    /** False: the page says the product is not approved (by `regulator`, or anywhere). */
    approved: z.boolean(),
    regulator: z.optional(Regulator),
    /** The regulator as the page names it ("TİTCK", "Turkey"), for those grouped as OTHER. */
    regulatorName: z.optional(z.string()),
    /** ISO-like: "2017", "2017-08", "2017-08-30". */
    date: z.optional(z.string()),
    ...UseFields,
    /**
     * The date is the product's first approval ("was first approved in 2015", "erstmals", "seit 2023
     * hat es eine Swissmedic-Zulassung", a "First approval" column).
     */
    first: z.optional(z.boolean()),
    /**
     * The date and the regulator share a clause that holds no other date ("…, after a conditional
     * authorisation from the MHRA in April 2024"): the date is that regulator's decision even where
     * the sentence dates others.
     */
    regulatorDated: z.optional(z.boolean()),
    /**
     * The sentence places the approval in "the country" without naming it ("registrado no país",
     * "im Land", "in this country"): a national regulator the page does not name.
     */
    domestic: z.optional(z.boolean()),
    approvalType: z.optional(z.enum(['accelerated', 'conditional', 'regular'])),
    /** "the first CAR-T approved for …": the class the product is ranked in, first or only. */
    firstOf: z.optional(z.string()),
    rank: z.optional(z.enum(['first', 'only'])),
    /** Its place when not the first ("the second CAR-T"): set by the rank rule's verifier. */
    rankPlace: z.optional(z.number()),
    /** Whether every word limiting the ranking ("for MZL", "in China") was read. */
    rankScopeRead: z.optional(z.boolean()),
    rankRegion: z.optional(z.enum(['world', 'asia', 'europe'])),
    rankCategory: z.optional(z.enum(['solid'])),
    /** Ranked within the page's own country without a word of approval (the rank rule's; see rank.frame.ts). */
    rankHome: z.optional(z.boolean()),
    /** "still investigational", "only in clinical trials": not approved by any regulator. */
    everywhere: z.optional(z.boolean()),
    /**
     * The sentence also says the approval was withdrawn ("…; sie wird 2019 zurückgezogen"): it tells the
     * approval as history, to be checked against withdrawn records too.
     */
    historical: z.optional(z.boolean()),
    /** Read from a heading over a list or table ("FDA-approved CAR-T therapies"), not the item itself. */
    fromHeading: z.optional(z.boolean()),
  }),
});
