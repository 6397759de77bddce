// Regulatory steps that are not approvals: "obtained IND clearance from the FDA", "received PRIME
// designation", "BLA accepted for priority review", "positive CHMP opinion". Reported as approval-kind
// statements (they are about regulatory status) with the decision they name, so verify can check
// them against the product's recorded designations and filings, never against its approvals.
import type { Regulator } from '../../dataset/schema';
import type { ClaimRule, RawClaim, SentenceContext } from '../types';
import { DECISION_WORDS, decisionIn } from '../decisions';
import { hitsOf } from '../sentence-tools';
import { findDate } from '../patterns';

/** A decision still to come: the approval rule's "not approved yet". */
const PENDING = /\b(?:under (?:\w+ )?review|pending|awaiting)\b/i;

export const designationRule: ClaimRule<'designation'> = {
  id: 'designation',
  kind: 'approval',
  description:
    'IND clearances, designations (breakthrough, orphan, RMAT, PRIME), filings and committee opinions.',
  gate: DECISION_WORDS,
  detect(s: SentenceContext): RawClaim<'designation'>[] {
    const found = decisionIn(s.text);
    if (!found) return [];
    // "The BLA … remains under FDA review": one statement, that the product is not approved yet,
    // which the approval rule reads; a second, filing claim would give it two verdicts.
    if (found.kind === 'filing' && PENDING.test(s.text)) return [];
    const regulator = hitsOf(s, 'regulator')[0];
    const date = findDate(s.text.slice(found.start));
    return [
      {
        start: found.start,
        end: found.end,
        scope: 'section',
        requiresProduct: true,
        details: {
          decision: found.kind,
          regulator: (regulator?.id as Regulator | undefined) ?? null,
          date: date?.date ?? null,
        },
      },
    ];
  },
};
