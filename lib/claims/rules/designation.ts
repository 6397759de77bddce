// Regulatory steps that are not approvals: "obtained IND clearance from the FDA", "received PRIME
// designation", "BLA accepted for priority review", "positive CHMP opinion". Reported as approval-kind
// statements (they are about regulatory status) with the decision they name, so verify can check
// them against the product's recorded designations and filings, never against its approvals.
import type { Regulator } from '../../dataset/schema';
import type { ClaimRule, RawClaim, SentenceContext } from '../types';
import { DECISION_WORDS, decisionIn } from '../decisions';
import { hitsOf } from '../sentence-tools';
import { findDates } from '../patterns';

/** Words putting a date before or after the step, so the date is another event's. */
const APART =
  /(?<![\p{L}])(?:after|before|following|later|earlier|después|antes|nach|vor|später|après|avant|depois|после|до|спустя|позже)(?![\p{L}])|(?:の|した)?(?:後|前)に|(?:된|한)\s?(?:뒤|후|전)|之后|以后|之前|以前/iu;

/** A decision still to come: the approval rule's "not approved yet". */
const PENDING = /\b(?:under (?:\w+ )?review|pending|awaiting)\b/i;

export const designationRule: ClaimRule<'designation'> = {
  id: 'designation',
  kind: 'approval',
  description:
    'IND clearances, designations (breakthrough, orphan, RMAT, PRIME), filings and committee opinions.',
  gate: DECISION_WORDS,
  detect(s: SentenceContext): RawClaim<'designation'>[] {
    const found = decisionIn(s.text, s.dataset.stepWords);
    if (!found) return [];
    // "The BLA … remains under FDA review": one statement, that the product is not approved yet,
    // which the approval rule reads; a second, filing claim would give it two verdicts.
    if (found.kind === 'filing' && PENDING.test(s.text)) return [];
    const regulator = hitsOf(s, 'regulator')[0];
    // The date closest to the step's words: after them in English ("designated … in 2019"), before
    // them where the verb comes last ("2024年3月に承認申請", "2024년 12월 … 허가를 신청"); not a date
    // the sentence sets apart in time ("the decision on 21 July, two months after the opinion").
    const date = findDates(s.text)
      .filter(
        (d) =>
          !APART.test(
            d.start >= found.end ? s.text.slice(found.end, d.start) : s.text.slice(d.end, found.start),
          ),
      )
      .map((d) => ({ d, gap: d.start >= found.end ? d.start - found.end : found.start - d.end + 0.5 }))
      .sort((a, b) => a.gap - b.gap)[0]?.d;
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
