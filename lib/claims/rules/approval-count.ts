// How many products a regulator has approved: "Seven CAR T-cell therapies are currently approved
// by the FDA", "5+ approved CAR-T products". Checked against the dataset's count, not a product.
import type { Regulator } from '../../dataset/schema';
import type { ClaimRule, RawClaim, SentenceContext } from '../types';
import { numberFrom } from '../patterns';
import { hitsOf } from '../sentence-tools';

const COUNT =
  /\b(?:(more than|over|at least)\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\+|\s+or more)?\s*(?:(?:FDA|EMA|NMPA)[- ])?(approved\s+|licensed\s+|commercial(?:ly available)?\s+)?((?:CAR[- ]?T(?:[- ]cell)?|gene|cell|TCR[- ]?T?|TIL|oncolytic(?: virus)?)\s+)?(?:products?|therap(?:y|ies)|treatments|drugs|medicines)\b/i;
const APPROVED_AFTER =
  /^[^.;]{0,40}?\b(?:are|have been|were)\s+(?:\w+\s+)?(?:approved|licensed|authori[sz]ed)\b/i;

export const approvalCountRule: ClaimRule<'approval-count'> = {
  id: 'approval-count',
  kind: 'approval',
  description: 'Counts of approved products ("seven approved CAR-T therapies").',
  gate: /approv|licen|authori/i,
  detect(s: SentenceContext): RawClaim<'approval-count'>[] {
    if (!approvalCountRule.gate.test(s.text)) return [];
    const m = COUNT.exec(s.text);
    if (!m) return [];
    const count = numberFrom(m[2] ?? '');
    if (count === undefined || count < 2) return [];
    // "the first two FDA-approved CAR-T therapies" ranks products; it does not count them.
    if (/\b(?:first|last|initial|earliest)\s*$/i.test(s.text.slice(0, m.index))) return [];
    // "All three products are approved by the FDA", "these two therapies": products the page just
    // named, not a count of a regulator's approvals.
    if (/\b(?:all|both|these|those|each of the|the above|the listed)\s*$/i.test(s.text.slice(0, m.index)))
      return [];
    const approvedBefore = m[4] !== undefined && /approved|licensed/i.test(m[4]);
    if (!approvedBefore && !APPROVED_AFTER.test(s.text.slice(m.index + m[0].length))) return [];
    const atLeast = m[3] !== undefined || /at least|more than|over/i.test(m[1] ?? '');
    const kind = (m[5] ?? '').toLowerCase();
    const modality = /car/.test(kind)
      ? 'car-t'
      : /tcr/.test(kind)
        ? 'tcr-t'
        : /til/.test(kind)
          ? 'til'
          : /oncolytic/.test(kind)
            ? 'oncolytic-virus'
            : null;
    const regulator = (hitsOf(s, 'regulator')[0]?.id as Regulator | undefined) ?? null;
    // "Two approved CAR-T therapies for myeloma": the count is of products approved for that disease.
    const after = m.index + m[0].length;
    const condition = hitsOf(s, 'condition').find(
      (h) =>
        h.at >= after &&
        /^\s*(?:\S+\s+){0,4}?(?:for|in|against)\s+(?:\S+\s+){0,3}$/i.test(s.text.slice(after, h.at)),
    );
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        scope: 'row',
        details: {
          count,
          comparator: atLeast ? '≥' : '=',
          modality,
          regulator,
          conditionId: condition?.id ?? null,
        },
      },
    ];
  },
};
