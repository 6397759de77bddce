// Regulatory steps that are not approvals: "obtained IND clearance from the FDA", "received PRIME
// designation", "BLA accepted for priority review", "positive CHMP opinion". Reported as approval-kind
// statements (they are about regulatory status) with the decision they name, so verify can check
// them against the product's recorded designations and filings, never against its approvals.
import type { Regulator } from '../../dataset/schema';
import type { ClaimRule, RawClaim, SentenceContext } from '../types';
import { coordinatedStep, DECISION_WORDS, decisionIn, stepClause, type DecisionKind } from '../decisions';
import { hitsOf, productClauses } from '../sentence-tools';
import { localPlaceRegulator } from '../regulator-words';
import { findDates, type FoundDate } from '../patterns';

/** Words putting a date before or after the step, so the date is another event's. */
const APART =
  /(?<![\p{L}])(?:after|before|following|later|earlier|después|antes|nach|vor|später|après|avant|depois|после|до|спустя|позже)(?![\p{L}])|(?:の|した)?(?:後|前)に|(?:된|한)\s?(?:뒤|후|전)|之后|以后|之前|以前/iu;

/** A regulator's decision named as such: what an obligation in its clause is the regulator's. */
const DECISION_DUE =
  /PDUFA|decid|prononc|pronunci|decisi[oóò]n|décision|decisão|Entscheid|решени|决定|決定|判断|결정/iu;

/**
 * A denial right before the step's words: "kein", "sem", "sin", "aucune", "нет", "未"; "no" only before the
 * step or one lower-case word ("no application", not Portuguese "no Brasil pedido"); not "not only".
 */
const DENIED_BEFORE =
  /(?:(?<![\p{L}])(?:(?:[Kk]ein\p{L}*|[Nn]ot(?!\s+only)|[Nn]ever|[Ww]ithout|[Ss]em|[Ss]in|[Ss]ans|[Aa]ucun\p{L}*|[Nn]enhum\p{L}*|[Nn]ingun\p{L}*|[Nn]ão(?!\s+só)|[Oo]hne|[Нн]ет|[Нн]е(?!\s+только)|[Бб]ез)\s+(?:[\p{L}-]+\s+){0,2}|[Nn]o\s+(?:\p{Ll}[\p{L}-]*\s+)?)|(?:未|尚未|没有|沒有)(?:[\p{Script=Han}]{0,2}))$/u;
/** A denial right after them, where the verb comes last: "신청이 접수되지 않", "申請はしていない", "申请未获受理". */
const DENIED_AFTER =
  /^(?:[은는이가도]?\s?(?:접수|제출)?(?:되지|하지)\s?않|(?:は|も|が)?(?:して|されて)?(?:いない|いません|なし)|(?:尚)?未(?:获|獲)?(?:受理|提交))/u;

/** A decision still to come: the approval rule's "not approved yet". */
const PENDING = /\b(?:under (?:\w+ )?review|pending|awaiting)\b/i;

export const designationRule: ClaimRule<'designation'> = {
  id: 'designation',
  kind: 'approval',
  description:
    'IND clearances, designations (breakthrough, orphan, RMAT, PRIME), filings and committee opinions.',
  gate: DECISION_WORDS,
  detect(s: SentenceContext): RawClaim<'designation'>[] {
    // One step per product clause: "Provenge … retirado en 2015, y Zalmoxis … hasta su retirada en
    // octubre de 2019" withdraws each product at its own date.
    const out: RawClaim<'designation'>[] = [];
    for (const clause of productClauses(s)) {
      const inClause = decisionIn(s.text.slice(clause.start, clause.end), s.dataset.stepWords);
      const found = inClause && {
        ...inClause,
        start: inClause.start + clause.start,
        end: inClause.end + clause.start,
      };
      const claims = found ? stepClaims(s, found) : [];
      out.push(...claims);
    }
    return out;
  },
};

/**
 * What joins two dates of one repeated step: "in July 2025 and April 2026", "2025年7月と2026年4月",
 * "2025年1月及2026年1月", "в июле 2025 г. и повторно в апреле 2026 г.".
 */
const DATE_AND =
  /^\s*(?:гг?\.\s*)?(?:,\s*)?(?:(?<![\p{L}])(?:and|y|e|et|und|и)(?:\s+(?:again|de nuevo|novamente|à nouveau|erneut|повторно))?(?:\s+(?:in|en|em|im|в|on|le|am|el))?(?![\p{L}])|と|及|和|、|，)\s*$/iu;

/**
 * The step `found` names, with the regulator and date of its own clause; a step the sentence dates
 * twice ("complete response letters in July 2025 and April 2026") is one claim per date, the later
 * ones quoting their date.
 */
function stepClaims(
  s: SentenceContext,
  found: { kind: DecisionKind; start: number; end: number },
): RawClaim<'designation'>[] {
  const dates = findDates(s.text);
  const step = stepClaim(s, found, dates);
  if (!step) return [];
  const { claim: first, dateAt: at } = step;
  if (at === -1) return [first];
  // The chain of dates joined to the step's own, before and after it.
  const joined = (k: number) => DATE_AND.test(s.text.slice(dates[k - 1]!.end, dates[k]!.start));
  let from = at;
  let to = at;
  while (from > 0 && joined(from)) from--;
  while (to < dates.length - 1 && joined(to + 1)) to++;
  const out = [first];
  for (let k = from; k <= to; k++) {
    const d = dates[k]!;
    if (k === at || d.date === first.details.date) continue;
    out.push({
      ...first,
      start: d.start,
      end: d.end,
      anchor: found.start,
      details: { ...first.details, date: d.date },
    });
  }
  return out;
}

/** The step `found` names, with the regulator and date (one of `dates`, the sentence's) of its own clause. */
function stepClaim(
  s: SentenceContext,
  found: { kind: DecisionKind; start: number; end: number },
  dates: readonly FoundDate[],
): { claim: RawClaim<'designation'>; dateAt: number } | undefined {
  // "The BLA … remains under FDA review": one statement, that the product is not approved yet,
  // which the approval rule reads; a second, filing claim would give it two verdicts.
  if (found.kind === 'filing' && PENDING.test(s.text)) return undefined;
  // "kein Zulassungsantrag bekannt", "Sem pedido de registro conhecido", "허가 신청이 접수되지 않았습니다":
  // a step the page says there is none of, with no date of its own.
  const denied =
    DENIED_BEFORE.test(s.text.slice(Math.max(0, found.start - 30), found.start)) ||
    DENIED_AFTER.test(s.text.slice(found.end, found.end + 16));
  // The step's own clause holds its regulator and date: "Amtagvi was approved by the FDA in
  // February 2024, and an application was submitted to the EMA in June 2024" filed with the EMA in
  // June. A date heading the sentence ("2018年3月，…获得…临床试验批准") is every clause's.
  const whole = stepClause(s.text, found.start, found.end);
  // "autorizado en 2013 y retirado en 2015": the step joined by "and" starts its own clause there.
  const own = { ...whole, from: coordinatedStep(s.text, whole.from, found.start) ?? whole.from };
  // Not where the step is the regulator's decision to come ("La FDA doit rendre sa décision …").
  const clause = s.text.slice(own.from, own.to);
  if (s.dataset.obligation.test(clause) && !DECISION_DUE.test(clause)) return undefined;
  const inOwn = (at: number) => at >= own.from && at < own.to;
  const regulator = hitsOf(s, 'regulator')
    .filter((h) => inOwn(h.at))
    .sort((a, b) => Math.abs(a.at - found.start) - Math.abs(b.at - found.start))[0];
  // Failing a regulator's name, the place its own phrase names, after the last comma before the
  // step: "…in der EU zugelassen, in der Schweiz wurde es beantragt" was filed in Switzerland (a
  // place the product was made in is none).
  const phraseFrom = Math.max(
    own.from,
    s.text.lastIndexOf(',', found.start) + 1,
    s.text.lastIndexOf('，', found.start) + 1,
  );
  const regulatorId =
    (regulator?.id as Regulator | undefined) ?? localPlaceRegulator(s.text.slice(phraseFrom, own.to));
  // The date closest to the step's words: after them in English ("designated … in 2019"), before
  // them where the verb comes last ("2024年3月に承認申請", "2024년 12월 … 허가를 신청"); not a date
  // the sentence sets apart in time ("the decision on 21 July, two months after the opinion").
  const date = dates
    .filter((d) => inOwn(d.start) || (own.from > 0 && d.end <= own.head))
    .filter(
      (d) =>
        !APART.test(
          d.start >= found.end ? s.text.slice(found.end, d.start) : s.text.slice(d.end, found.start),
        ),
    )
    // A date across a comma is another phrase's ("autorisation … en 2016, retirée en 2019").
    .map((d) => {
      const between =
        d.start >= found.end ? s.text.slice(found.end, d.start) : s.text.slice(d.end, found.start);
      const gap = d.start >= found.end ? d.start - found.end : found.start - d.end + 0.5;
      return { d, gap: gap + (/[,，、]/u.test(between) ? 1000 : 0) };
    })
    .sort((a, b) => Number(inOwn(b.d.start)) - Number(inOwn(a.d.start)) || a.gap - b.gap)[0]?.d;
  return {
    claim: {
      start: found.start,
      end: found.end,
      scope: 'section',
      requiresProduct: true,
      details: {
        decision: found.kind,
        regulator: regulatorId ?? null,
        date: denied ? null : (date?.date ?? null),
        denied: denied || null,
      },
    },
    // Where the chosen date stands among the sentence's: the start of a chain of dates joined to it.
    dateAt: date && !denied ? dates.indexOf(date) : -1,
  };
}
