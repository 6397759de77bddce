// Approval statements: "FDA-approved for …", "approved by the NMPA on June 30, 2023",
// "EMA approval in 2018", "approved in Japan", a heading "Kymriah — Approved", a table cell under
// "First FDA approval"; and the opposite: "not yet approved by the FDA", "still investigational".
import type { Regulator } from '../../dataset/schema';
import { REGULATOR_PLACES } from '../../match/regulators';
import type { ClaimDetails, ClaimRule, RawClaim, SentenceContext } from '../types';
import { findDate, findPopulation, findPriorLines, findRelapsedRefractory } from '../patterns';
import { hitsOf, isGeneralStatement, isHedged, nearestHit, productClauses } from '../sentence-tools';
import { regulatorIn } from '../regulator-words';

const APPROVAL = /\b(?:approved|approval|approves|approve|authori[sz]ed|(?:marketing )?authori[sz]ation|licensed|green[- ]lit|green[- ]light(?:ed)?|cleared|aprobad[oa]s?|aprobaci[oó]n|autorizad[oa]s?)\b|获批|批准/gi;
const NOT_APPROVED = /未获批|尚未获批|未批准|尚未批准|\bno (?:está|ha sido|han sido|están) (?:aprobad|autorizad)\w*|\ben (?:fase de )?investigación\b|\ben ensayos clínicos\b|\b(?:complete response letter|CRL)\b|\b(?:rejected|refused|declined) (?:by|approval)\b|\b(?:not (?:yet |been |currently )?(?:(?:FDA|EMA|NMPA)[- ])?approved|(?:has|have|is|are)n't (?:yet )?been approved|unapproved|investigational|experimental|(?:available |offered )?only (?:available )?(?:in|through|via) (?:a )?(?:clinical )?(?:trials?|studies|research)|awaiting (?:\w+ )?approval|pending (?:\w+ )?approval|under (?:\w+ )?review|in clinical development|still in (?:clinical )?trials?)\b/i;
const PLACE = /\b(?:approved|authori[sz]ed|licensed|available|launched)\s+(?:\w+\s+){0,3}?in\s+((?:the\s+)?(?:U\.?S\.?A?\.?|United States|America|EU|E\.U\.|European Union|Europe|(?:mainland\s+)?China|Japan|India|UK|U\.K\.|United Kingdom|Britain|Canada|Australia|Singapore))\b/i;
/** "approved for …" introduces the indication. */
const FOR = /\b(?:for|to treat|in (?:the )?treatment of|para)\b|用于/i;
const PLACE_ZH: ReadonlyArray<readonly [Regulator, RegExp]> = [
  ['NMPA', /在中国|中国首个|国内/],
  ['FDA', /在美国/],
  ['PMDA', /在日本/],
  ['EMA', /在欧洲|在欧盟/],
  ['CDSCO', /在印度/],
];
const PROCESS = /^(?:approval|authori[sz]ation)\s+(?:process|pathway|application|submission|status|timeline|rates?|decision)/i;

export const approvalRule: ClaimRule = {
  id: 'approval',
  kind: 'approval',
  description: 'Regulatory approval statements (or statements that a product is not approved): regulator, date, indication.',
  detect(s: SentenceContext): RawClaim[] {
    if (s.role === 'approval') return tableCell(s);
    const text = s.text;
    const triggers = approvalTriggers(text);
    if (triggers.length === 0) return notApproved(s);
    // About therapies in general: only what the sentence itself names may be attributed.
    const scope = isGeneralStatement(s) ? 'row' : 'page';
    const sentenceRegulators = regulatorsNear(s, triggers[0]!.index, { start: 0, end: text.length });
    const out: RawClaim[] = [];
    // One claim per product clause ("The FDA approved Abecma in 2019, and Tecartus is now approved
    // for children"): each clause with a trigger, or a date once the sentence is about approval
    // ("Yescarta followed in January 2021 and Breyanzi in March 2021").
    for (const clause of productClauses(s)) {
      const inClause = triggers.filter((t) => t.index >= clause.start && t.index < clause.end);
      const part = text.slice(clause.start, clause.end);
      const date = findDate(part);
      if (inClause.length === 0 && !date) continue;
      const at = inClause[0]?.index ?? clause.start + (date?.start ?? 0);
      const regulators = regulatorsNear(s, at, clause);
      const regs = regulators.length > 0 ? regulators : sentenceRegulators.slice(0, 1);
      const forAt = part.search(FOR);
      const indicationText = forAt >= 0 ? part.slice(forAt) : part;
      const population = findPopulation(indicationText);
      const lines = findPriorLines(indicationText);
      const condition = hitsOf(s, 'condition').find((h) => h.at >= at && h.at < clause.end) ?? hitsOf(s, 'condition').find((h) => h.at >= clause.start && h.at < clause.end);
      const base: ClaimDetails = {
        approved: true,
        conditionId: condition?.id ?? null,
        population: population?.group ?? null,
        maxAge: population?.maxAge ?? null,
        minAge: population?.minAge ?? null,
        minPriorLines: lines?.value ?? null,
        relapsedRefractory: findRelapsedRefractory(indicationText),
        // "was first approved in 2015" dates the product's first approval; "the first CAR-T approved" ranks the class.
        first: FIRST_APPROVAL.test(part) || s.header !== undefined && /\bfirst\b/i.test(s.header),
      };
      const trigger = inClause[0];
      const start = trigger ? trigger.index : at;
      const end = Math.max(trigger ? trigger.index + trigger[0].length : at, condition && condition.at < clause.end ? condition.to : 0, date ? clause.start + date.end : 0);
      if (regs.length <= 1) {
        const regulator = regs[0]?.id ?? null;
        out.push({ start, end, scope, distributive: true, requiresProduct: true, details: { ...base, regulator, date: date?.date ?? null, figureStart: at } });
        continue;
      }
      // "approved by the FDA in 2017 and the EMA in 2018": one claim per regulator, each with its own date.
      regs.forEach((r, k) => {
        const next = regs[k + 1];
        const own = findDate(text.slice(r.at, next ? next.at : clause.end));
        out.push({ start: r.at, end: Math.max(r.to, end), scope, distributive: true, requiresProduct: true, details: { ...base, regulator: r.id, date: own?.date ?? null, figureStart: at } });
      });
    }
    return out;
  },
};

const FIRST_APPROVAL = /\b(?:first\s+(?:approved|authori[sz]ed|licensed|cleared)|first\s+(?:FDA|EMA|NMPA)?\s*approval|was first)\b/i;
const FOLLOWED = /\bfollowed\s+(?:in|on)\s+(?=(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:19|20)\d{2})/gi;

/** Approval words not negated or hedged ("not yet approved", "if approved", "approval process"). */
function approvalTriggers(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const re of [APPROVAL, FOLLOWED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (isHedged(text, m.index) || PROCESS.test(text.slice(m.index))) continue;
      out.push(m);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "is still investigational", "not yet approved by the FDA", "available only in clinical trials". */
const NOT_APPROVED_GATE = /investig|experiment|trial|stud|research|review|pending|await|approv|letter|CRL|reject|refus|declin|development|获批|批准|aprob|autoriz|ensayos/i;

function notApproved(s: SentenceContext): RawClaim[] {
  if (!NOT_APPROVED_GATE.test(s.text)) return [];
  const m = NOT_APPROVED.exec(s.text);
  if (!m) return [];
  const regulators = regulatorsNear(s, m.index);
  const condition = nearestHit(s, 'condition', m.index, m.index + m[0].length);
  return [{
    start: m.index,
    end: m.index + m[0].length,
    scope: 'section',
    requiresProduct: true,
    distributive: true,
    details: { approved: false, regulator: regulators[0]?.id ?? null, conditionId: condition?.id ?? null },
  }];
}

/** A cell under "First FDA approval" / "NMPA approval" / "Status": the header says what the date means. */
function tableCell(s: SentenceContext): RawClaim[] {
  const text = s.text;
  if (NOT_APPROVED.test(text) || /^\s*(?:no|none|-|n\/a)\s*$/i.test(text)) {
    return [{ start: 0, end: text.length, scope: 'row', requiresProduct: true, details: { approved: false, regulator: regulatorIn(s.header) ?? null } }];
  }
  const date = findDate(text);
  const named = hitsOf(s, 'regulator')[0]?.id as Regulator | undefined;
  const regulator = named ?? regulatorIn(s.header) ?? null;
  if (!date && !/\bapproved\b/i.test(text)) return [];
  return [{
    start: date?.start ?? 0,
    end: date?.end ?? text.length,
    scope: 'row',
    requiresProduct: true,
    details: { approved: true, regulator, date: date?.date ?? null, first: /\bfirst\b/i.test(`${s.header ?? ''} ${text}`) },
  }];
}

function regulatorsNear(s: SentenceContext, at: number, within: { start: number; end: number } = { start: 0, end: s.text.length }): Array<{ id: Regulator; at: number; to: number }> {
  const named = hitsOf(s, 'regulator').filter((h) => h.at >= within.start && h.at < within.end);
  const seen = new Set<string>();
  const out: Array<{ id: Regulator; at: number; to: number }> = [];
  for (const h of named) {
    if (seen.has(h.id)) continue;
    seen.add(h.id);
    out.push({ id: h.id as Regulator, at: h.at, to: h.to });
  }
  if (out.length === 0) {
    const part = s.text.slice(within.start, within.end);
    const zh = PLACE_ZH.find(([, re]) => re.test(part));
    if (zh) {
      const m = zh[1].exec(part)!;
      out.push({ id: zh[0], at: within.start + m.index, to: within.start + m.index + m[0].length });
    }
  }
  if (out.length === 0) {
    const m = PLACE.exec(s.text.slice(within.start, within.end));
    const place = m?.[1];
    if (m && place) {
      const found = REGULATOR_PLACES.find(([, re]) => re.test(place.trim()));
      if (found) out.push({ id: found[0], at: within.start + m.index + m[0].indexOf(place), to: within.start + m.index + m[0].length });
    }
  }
  out.sort((a, b) => a.at - b.at);
  return out.filter((r) => Math.abs(r.at - at) < 200);
}
