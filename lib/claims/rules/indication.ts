// Who a product is for: disease, line of therapy, age, relapsed/refractory. From sentences
// ("indicated for adults with r/r LBCL after two or more lines"), Indication table cells
// ("r/r B-cell ALL (≤25 yrs); r/r DLBCL adults", one claim per condition), and cells that only
// give lines or ages ("2 or more" in a "Prior lines required (US)" row).
import { covers as conditionCovers } from '../../verify/conditions';
import type { ClaimDetails, ClaimRule, RawClaim, SentenceContext } from '../types';
import { findPopulation, findPriorLines, findRelapsedRefractory, numberFrom } from '../patterns';
import { hitsOf } from '../sentence-tools';
import { distinct } from '../attribution';
import { regulatorIn } from '../regulator-words';

const CUE = /用于|适用于|治疗|\b(?:aprobad[oa]s? para|indicad[oa]s? para|para (?:el tratamiento|pacientes|adultos|niños)|tratamiento de|indicated|indications?|approv\w*|authori[sz]ed for|licensed for|(?:for )?(?:the )?treatment of|to treat|treats|used (?:for|in|to treat)|for (?:adults?|p(?:a)?ediatric|children|patients|people|use in)|in (?:adults?|p(?:a)?ediatric|children|patients)|eligib\w*|r\/r|relapsed|refractory|prior (?:lines?|therap\w+|treatments?)|lines? of (?:therapy|treatment))\b/i;
/** "… for advanced melanoma", "with relapsed multiple myeloma": a condition introduced as a use. */
const FOR_BEFORE = /(?:\b(?:for|with|treat(?:s|ing)?|against|para|con)\s+(?:[\p{L}/-]+\s+){0,4}|用于|治疗)$/iu;
const NEGATED = /\b(?:not (?:approved|indicated|for)|no approval|isn't approved|investigational|experimental|in (?:clinical )?trials?|being (?:studied|tested)|under study|clinical trials?|trials? (?:for|in|of)|do(?:es)? not work)\b/i;
const NOT_FOR = /\b(?:(?:is|are) not|isn'?t|aren'?t|not)\s+(?:indicated|approved|authori[sz]ed|licensed)\s+(?:\w+\s+){0,2}?(?:for|in)\b/i;
const LINES_HEADER = /\b(?:lines?|prior (?:therap|treatment)|LOT)\b/i;
const BARE_LINES = /(?:≥\s*|at least\s+)?(\d|one|two|three|four|five)\s*(?:\+|or more|and more|or greater)?/i;

export const indicationRule: ClaimRule = {
  id: 'indication',
  kind: 'indication',
  description: 'Indication statements: disease, line of therapy, age limits, relapsed/refractory.',
  detect(s: SentenceContext): RawClaim[] {
    const text = s.text;
    const inColumn = s.role === 'indication';
    const conditions = hitsOf(s, 'condition');
    if (conditions.length === 0 && !inColumn && s.header === undefined && !CUE.test(text)) return [];
    const excluded = conditions.length > 0 ? NOT_FOR.exec(text) : null;
    if (excluded) {
      // "not indicated for the treatment of patients with primary CNS lymphoma" (a limitation of use).
      const c = conditions.find((h) => h.at >= excluded.index);
      if (!c) return [];
      return [{ start: excluded.index, end: c.to, scope: 'section', requiresProduct: true, distributive: true, details: { conditionId: c.id, approved: false, regulator: regulatorIn(s.header) ?? null } }];
    }
    if (!inColumn && NEGATED.test(text)) return [];
    if (conditions.length === 0) return withoutCondition(s);
    const cued = inColumn || CUE.test(text) || conditions.some((c) => FOR_BEFORE.test(text.slice(Math.max(0, c.at - 50), c.at)));
    if (!cued) return [];
    const regulator = regulatorIn(s.header) ?? null;
    const out: RawClaim[] = [];
    const seen = new Set<string>();
    for (const segment of segments(text)) {
      const inSegment = narrowest(s, conditions.filter((h) => h.at >= segment.start && h.to <= segment.end));
      // Ages and lines written next to a condition belong to it ("LBCL (2nd line+), follicular
      // lymphoma"); words before the first condition ("adults with …") belong to all of them.
      const lead = text.slice(segment.start, inSegment[0]?.at ?? segment.start);
      inSegment.forEach((c, k) => {
        if (seen.has(c.id)) return;
        seen.add(c.id);
        const next = inSegment[k + 1];
        const own = text.slice(k === 0 ? segment.start : c.at, next ? next.at : segment.end);
        const population = findPopulation(own) ?? findPopulation(lead);
        const lines = findPriorLines(own) ?? findPriorLines(lead);
        out.push({
          start: c.at,
          end: c.to,
          scope: 'page',
          requiresProduct: true,
          distributive: true,
          details: {
            conditionId: c.id,
            regulator,
            population: population?.group ?? null,
            maxAge: population?.maxAge ?? null,
            minAge: population?.minAge ?? null,
            minPriorLines: lines?.value ?? null,
            relapsedRefractory: findRelapsedRefractory(own) || findRelapsedRefractory(lead),
          },
        });
      });
    }
    return out;
  },
};

/** "approved only for adults 18 and older", "2 or more" under "Prior lines required (US)". */
function withoutCondition(s: SentenceContext): RawClaim[] {
  const text = s.text;
  const details: ClaimDetails = { regulator: regulatorIn(s.header) ?? null };
  let span: { start: number; end: number } | undefined;
  if (LINES_HEADER.test(s.header ?? '')) {
    const m = BARE_LINES.exec(text);
    const v = m ? numberFrom(m[1] ?? '') : undefined;
    if (m && v !== undefined) {
      details['minPriorLines'] = v;
      span = { start: m.index, end: m.index + m[0].length };
    }
  } else if (s.role === 'indication' || CUE.test(text)) {
    const population = findPopulation(text);
    const lines = findPriorLines(text);
    if (population && /\b(?:approv\w*|indicated|only|for)\b/i.test(text)) {
      details['population'] = population.group ?? null;
      details['maxAge'] = population.maxAge ?? null;
      details['minAge'] = population.minAge ?? null;
      span = { start: population.start, end: population.end };
    }
    if (lines) {
      details['minPriorLines'] = lines.value;
      span = span ? { start: Math.min(span.start, lines.start), end: Math.max(span.end, lines.end) } : lines;
    }
  }
  if (!span) return [];
  return [{ start: span.start, end: span.end, scope: 'section', requiresProduct: true, distributive: true, details }];
}

/** Parts of a sentence that each state one indication: split at ";" and " | ". */
function segments(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  const re = /;|\s\|\s/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Drop a condition when a narrower one in the same segment already says it ("leukemia" beside "B-ALL"). */
function narrowest(s: SentenceContext, hits: ReturnType<typeof hitsOf>): ReturnType<typeof hitsOf> {
  const ids = distinct(hits.map((h) => h.id));
  return hits.filter((h) => {
    for (const other of ids) {
      if (other !== h.id && conditionCovers(s.dataset, h.id, other)) return false;
    }
    return true;
  });
}
