// Efficacy figures: "ORR of 72%", ">80%Response Rate", "~73% ORR in r/r DLBCL",
// "27 of 65 patients achieved CR", "39-43% overall remission", a table cell under "ORR",
// "median PFS 13.3 months vs 4.4 months", "HR 0.26". A figure after "vs"/"compared with" is the
// comparison arm of the figure before it, not a claim of its own.
import type { ClaimRule, FrameOf, RawClaim, RawFrame, SentenceContext } from '../types';
import {
  findMetrics,
  findNonEfficacy,
  findTimeMetrics,
  metricInHeader,
  type MetricMention,
  type PageMetric,
} from '../metrics';
import {
  COMPARISON_BEFORE,
  findCounts,
  findN,
  findNBefore,
  findPercents,
  findTimeFigures,
  findRiskReductions,
  type Comparator,
} from '../patterns';
import {
  headingHit,
  hitsOf,
  nearestHit,
  openBracketAt,
  rowHit,
  singleRowCondition,
  type LocatedHit,
} from '../sentence-tools';
import { covers as conditionCovers } from '../../dataset/conditions';
import { trialOwner } from '../trial-owner';
import { findWordFigures } from '../word-figures';
import { isArmOf, landmarkRate } from '../landmark-rates';

/** This rule's frame (response.frame.ts), as it fills it. */
type Details = RawFrame<FrameOf<'response'>>;

/** Cheap test for proportions in words (lib/claims/word-figures.ts). */
const WORDS_GATE =
  /half|third|quarter|fifth|(?<![\p{L}])(?:in|out of|de cada|em cada|von|sur|из) (?:ten|three|four|five|diez|zehn|tres|cuatro|cinco|drei|vier|fünf|dix|trois|quatre|cinq|dez|três|quatro|десяти|десять|тр[её]х|четыр[её]х|пяти)(?![\p{L}])|mitad|Hälfte|moitié|metade|tercio|Drittel|tiers|terço|половин|трет|jede[rs]? (?:zweite|dritte|vierte|fünfte|zehnte)|成|割|分之|半数|一半/iu;
/** "N out of M" with M this small is a way of saying a proportion, not the size of a cohort. */
const PROPORTION_WORDING_MAX = 10;
/** A metric this far from its number (in characters) is about something else. */
const MAX_GAP = 60;
/** A comma and a conjunction: what follows is another clause ("…, а полный ответ", "…, while CR"). */
const CLAUSE_JOIN =
  /[,，、]\s*(?:and|while|whereas|but|а|и|но|тогда как|y|mientras|e|enquanto|et|alors que|tandis que|und|während|aber)\s/iu;
/** A figure followed only by "not" before its clause ends: those without the outcome. */
const REMAINDER_NOT = /^\s*(?:did\s+)?(?:nicht|not|no|non|pas|não|не|нет)\s*(?:[.,;:!?)]|$)/iu;
/** Only "and" (and an article) between a figure and the metric after it. */
const AND_ONLY =
  /^\s*[,，、]?\s*(?:and|et|y|e|und|и|及|和|与|與|그리고)\s*(?:(?:the|a|an|la|le|l['’]|el|los|las|o|os|as|die|der|das|den)\s+)?$/iu;
/** Longer gaps are fine when the words between are a tight pattern ("81% of the 75 children … went into remission"). */
const MAX_TIGHT_GAP = 110;
const TIGHT_BEFORE =
  /^[\s:=(),，：（）—–-]*(?:(?:rates?|was|were|is|of|at|reached|achieved|reaching|in|with|about|around|nearly|approximately|del?|fue|es|为|是|达到?|约|大约|大概|将近|接近|(?<!最)近|約|大約|составил[аио]?|достиг(?:ла|ло|ли)?|была?|было|был|почти|примерно|около|у|betrug|lag bei|liegt bei|war|bei|etwa|rund|fast|était|a été|presque|environ|foi|é|alcanzó|ascendió a|casi|cerca de|atingiu|quase|von|de)\s*)*[\s:=(),，：（）—–-]*$/iu;
const TIGHT_AFTER =
  /^\s*(?:rates?\s*)?$|^\s*of\s+(?:the\s+)?(?:\d+\s+)?(?:[\w/-]+\s+){0,4}?(?:patients|subjects|participants|people|children|adults)\b[^.;%]*$|^\s*(?:of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:\d+\s+)?(?:[\w/-]+\s+){0,4}?(?:patients|subjects|participants|people|children|adults|responders|those)\b[^.;]*?\s+)?(?:had|have|achieved|achieving|reached|attained|showed|were in|went into|experienced|obtained|responded|remained in|is|was|were)\s+(?:an?\s+|a\s+|the\s+)?(?:\w+\s+)?$|^\s*of\s+(?:the\s+)?(?:\d+\s+)?(?:[\w/-]+\s+){0,4}?(?:patients|subjects|participants|people|children|adults)\s*$/i;
/**
 * The same "of the N patients … <metric>" in the languages that put the verb before the figure:
 * "ELIANA erreichten 81 % der 75 behandelten Kinder … innerhalb von drei Monaten eine Remission".
 */
const TIGHT_AFTER_LOCAL =
  /^\s*(?:der|des|de los|de las|dos|das|de|из)\s+(?:\d+\s+)?(?:[\p{L}/-]+\s+){0,4}?(?:Patient\p{L}*|Kinder\p{L}*|Erwachsene\p{L}*|pacientes|patients|doentes|enfants|adultes|niños|crianças|пациент\p{L}*|детей|больных)(?![\p{L}])[^.;%]*$/iu;
const DENOMINATOR_AFTER =
  /^\s*(?:\w+\s+){0,3}?(?:were|was|are|is|became|remained)\s+(?:MRD|minimal|negative|positive|alive|still|free|in (?:response|remission))/i;
const LESIONS =
  /\bof\s+(?:the\s+)?(?:injected\s+|treated\s+|target\s+|individual\s+)?(?:lesions|tumou?rs|nodules|metastases)\b/i;
const THRESHOLD_BEFORE = /(?:at least|≥|more than|over|longer than|beyond|and)\s*$/i;
/** "(of) (median) follow-up" right after a duration. */
const FOLLOW_UP_AFTER = /^\s*(?:of\s+)?(?:median\s+|mean\s+)?(?:follow[- ]?up|observation)\b/i;
/**
 * The same reading in the languages pages use: "el 77 % de los pacientes evaluables alcanzó la
 * remisión", "73,1 % des patients … ont obtenu une réponse complète", "85 % der Patienten erreichten
 * eine komplette Remission", and the verb left out after a first figure ("y el 21 %, una remisión …").
 */
const SUBJECT_OF_VERB_AFTER_LOCAL = new RegExp(
  [
    String.raw`^\s*(?:de (?:los|las) |des |dos |das |der |de )(?:\d+\s+)?(?:[\p{L}/-]+\s+){0,6}?(?:pacientes|patients|doentes|Patient(?:en|innen)|personas|enfermos|Kinder|Kindern|Erwachsene[n]?|niños|adultos|enfants|adultes|crianças)\s+(?:[\p{L}-]+\s+){0,4}?(?:alcanz\p{L}*|logr\p{L}*|obtuv\p{L}*|tuvo|tuvieron|present\p{L}*|consigui\p{L}*|ont obtenu|a obtenu|ont atteint|ont eu|atingi\p{L}*|alcanç\p{L}*|obtev\p{L}*|erreicht\p{L}*|erzielt\p{L}*|hatten|zeigten)\s+(?:una?\s+|la\s+|le\s+|une\s+|der\s+|die\s+|eine[nr]?\s+|o\s+|a\s+)?$`,
    String.raw`^\s*,?\s*(?:una?|une|eine[nr]?|uma?)\s+$`,
    // German puts the verb before the figure: "erreichten 81 % der 75 behandelten Kinder … eine Remission".
    String.raw`^\s*der\s+(?:\d+\s+)?(?:[\p{L}/-]+\s+){0,6}?(?:Patient(?:en|innen)|Kinder|Kindern|Erwachsene[n]?)\s+(?:[\p{L}-]+\s+){0,6}?(?:eine[nr]?|die|den)\s+$`,
    // Japanese and Korean put the figure first, its subject marker, then the measure:
    // "半数以上が完全奏効", "約7割の方が奏効", "67%가 완전관해".
    String.raw`^\s*(?:以上|程度|近く|超|余り|強|弱)?(?:の(?:方|患者(?:さん)?|人|症例))?(?:が|で)\s*$`,
    String.raw`^\s*(?:이상|정도)?(?:의\s*환자)?(?:가|이|에서)\s*$`,
  ].join('|'),
  'iu',
);
/**
 * "67% of patients reaching stringent complete response": a figure that is the subject of a verb
 * whose object is the metric. This reading outranks a metric merely standing before the figure
 * ("97% response rate, with 67% of patients reaching sCR").
 */
const SUBJECT_OF_VERB_AFTER =
  /^\s*of\s+(?:the\s+|all\s+|these\s+)?(?:\d+\s+)?(?:[\w/-]+\s+){0,3}?(?:patients|subjects|participants|people|children|adults)\s+(?:\w+\s+)?(?:had|have|has|achieved|achieving|reached|reaching|attained|attaining|showed|showing|experienced|experiencing|obtained|obtaining|went into|were in|remained in)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$/i;
/**
 * A landmark time point for the figure ("at 12 months", "2-year", "after three years"): the figure is
 * a rate at that time, not a best response. Follow-up lengths ("median follow-up of 12 months") are not.
 */
const TIMEPOINT =
  /\b(?:at|after)\s+(?:\d+(?:\.\d+)?|one|two|three|four|five|six|twelve|eighteen)[\s-](?:months?|years?|weeks?)\b(?!\s*(?:of\s+)?(?:median\s+)?follow)|\b(?:\d+|one|two|three|four|five)[\s-](?:month|year)\b(?![\s-]*(?:median\s+)?follow)(?=[\s-]+(?:\w+[\s-]+)?(?:rates?|survival|data|results?|update|landmark|PFS|OS|EFS|remission|response|follow))|\bmonth\s+\d+\b|\blong[- ]term\b|\b(?:of|for|lasting)\s+(?:at least|≥|more than)\s*\d+\s*(?:months?|years?)\b/i;
/**
 * The label as the figure's source, before it in its clause: "the label reports", "per the prescribing
 * information", "laut Fachinformation", "según la ficha técnica", "na bula", "说明书", "添付文書", "허가사항".
 */
const LABEL_SOURCE =
  /(?<![\p{L}])(?:(?:the|its|US|FDA|EU)\s+label|labell?ing|prescribing information|package insert|USPI|Fachinformation|ficha técnica|bula|RCP|résumé des caractéristiques|FDA['’]?s?[- ](?:review|analysis|assessment|Auswertung|Bewertung)|(?:evaluación|avaliação|évaluation|análisis|análise|analyse)\s+(?:de\s+la\s+|da\s+|de\s+l['’]\s*)?FDA|по оценке FDA)(?![\p{L}])|说明书|說明書|添付文書|허가사항|FDA\s?(?:審査|審查|审查|审评|審評|评估|評估|심사|평가)|инструкци\p{L}* по (?:медицинскому )?применению/iu;

/** "completa", "komplett", "complete", "完全", "полный": the second metric of a header "ORR (complete)". */
const COMPLETE_WORD = /complet|komplett|完全|полн/iu;

/**
 * The header's metric for a figure of a table cell; a figure bracketed right after another ("72 % (51 %)"
 * under "Respuesta global (completa)") takes the metric the header's brackets name, or none.
 */
function cellMetric(
  s: SentenceContext,
  text: string,
  fig: { start: number; end: number },
  figures: ReadonlyArray<{ start: number; end: number }>,
  headerMetric: PageMetric | undefined,
): PageMetric | undefined {
  const bracket = bracketAround(text, fig);
  const second =
    bracket !== undefined &&
    figures.some((f) => f !== fig && f.end <= bracket.open && /^\s*$/u.test(text.slice(f.end, bracket.open)));
  if (!second) return headerMetric;
  const inHeader = /[(（]([^)）]+)[)）]/u.exec(s.header ?? '')?.[1];
  if (!inHeader) return undefined;
  return findMetrics(inHeader)[0]?.metric ?? (COMPLETE_WORD.test(inHeader) ? 'CR' : undefined);
}

/** A subgroup or another population than the trial's whole cohort. */
const COHORT =
  /\b(?:subgroups?|subsets?|subpopulations?|real[- ]world|high[- ]risk patients|bridging (?:study|trial)|among (?:the )?(?:patients|those|people) who responded|among responders|of (?:the )?responders)\b/i;
const PIVOTAL = /\b(?:pivotal|registration(?:al)?|phase (?:2|3|II|III)\b)/i;
/** The page's own centre's results, in each language: "at our center", "本中心", "当院", "저희 센터", "в нашей клинике". */
const OWN_DATA = new RegExp(
  [
    String.raw`\b(?:our (?:own |partner )?(?:experience|patients|clinic|center|centre|data|results|hospital|team's)|in our hands|partner (?:hospital|clinic))\b`,
    // "王医生介绍，其所在中心…": a doctor's own centre, told in the third person.
    String.raw`本中心|我院|本院|我们(?:中心|医院)|合作医院|其?所在(?:中心|医院)|该(?:中心|医院)|当院|当センター|当クリニック|저희\s?(?:센터|병원|클리닉)|본원|우리\s?병원`,
    // The hospital's own tally: "(병원 자체 집계)", "院内集計", "院内统计".
    String.raw`(?:병원|센터|기관)?\s?자체\s?(?:집계|자료|데이터|통계)|院内(?:集計|統計|统计|数据|データ)`,
    String.raw`(?<![\p{L}])(?:(?:в|у)\s+наш\p{L}*\s+(?:клиник|больниц|центр|отделени)\p{L}*|наш\p{L}*\s+(?:пациент|опыт|данн|результат)\p{L}*|nuestr[oa]s?\s+(?:centro|clínica|hospital|pacientes|experiencia|datos|resultados|unidad)|noss[oa]s?\s+(?:centro|clínica|hospital|pacientes|doentes|experiência|dados|resultados)|hospital parceiro|unser\p{L}*\s+(?:Zentrum|Klinik|Patient\p{L}*|Erfahrung|Daten|Ergebnisse|Haus)|(?:notre|nos)\s+(?:centre|clinique|hôpital|patients|expérience|données|résultats))(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/**
 * Whether a figure is the page's own centre's: its words near the figure ("in our patients", "当院").
 * Not where a trial is named between those words and the figure in its sentence ("当院の説明文書には、
 * ZUMA-1試験では奏効率が約9割", "our leaflet quotes ELIANA: 81%"): the page quotes the trial's figure.
 */
function ownData(s: SentenceContext, fig: { start: number; end: number }): boolean {
  const from = Math.max(0, fig.start - 60);
  const m = OWN_DATA.exec(s.text.slice(from, fig.end + 40));
  if (!m) return false;
  const markerEnd = from + m.index + m[0].length;
  return !s.hits.some(
    (h) =>
      h.kind === 'trial' &&
      h.at >= markerEnd &&
      h.to <= fig.start &&
      !/[.;；。]/u.test(s.text.slice(h.to, fig.start)),
  );
}

export const responseRule: ClaimRule<'response'> = {
  id: 'response',
  kind: 'response',
  description: 'Response, remission and time-to-event figures with comparator, range, count, n and trial.',
  // Figures in digits pass the shared digit test; this gate lets figures in words through.
  gate: WORDS_GATE,
  detect(s: SentenceContext): RawClaim<'response'>[] {
    const text = s.text;
    if (!/\d/.test(text) && !WORDS_GATE.test(text)) return [];
    const out = rateClaims(s)
      .concat(timeClaims(s))
      .concat(landmarkClaims(s))
      .sort((a, b) => a.start - b.start);
    for (const c of out) {
      const trial = c.details.trial;
      // Only a trial the sentence or its table row names ("ELARA | 94 人 | 整體反應率約 86%"): one
      // from the heading says no more than the heading's product.
      const named =
        typeof trial === 'string' &&
        (s.hits.some((h) => h.kind === 'trial' && h.id === trial) ||
          (s.rowCells ?? []).some((c) => c.hits.some((h) => h.kind === 'trial' && h.id === trial)));
      const owner = named ? trialOwner(s.dataset, trial) : undefined;
      if (owner) c.owner = owner;
    }
    return out;
  },
};

interface Fig {
  start: number;
  end: number;
  value: number;
  comparator: Comparator;
  low?: number;
  high?: number;
  count?: number;
  of?: number;
}

/**
 * "Complete" standing alone as a figure's label, its noun left out after a response rate named before
 * it: "ответ — 75,9 %, полный — 51,7 %", "частота объективного ответа — 33,6 %, полного — 15,0 %",
 * "respuesta global del 72 %, completa del 51 %". A dash, colon or "de" ties it to the figure after it; a
 * connector the label rule of metricFor does not read ("bei", "was", "у") would let the figure before it
 * take it as its predicate.
 */
const ELLIPTIC_COMPLETE =
  /(?<![\p{L}])(?:полн(?:ый|ого|ая|ой)|complet[ao]s?|compl[eè]tes?|komplett(?:e|en)?|complete)(?![\p{L}])(?=\s*(?:[—–:：-]|(?:del?|de la)\s)\s*(?:\d|около|примерно|cerca))/giu;

/**
 * "72 % ont répondu, dont 51 % de façon complète", "72% responded, 51% completely", "el 51 % de forma
 * completa", "51 % vollständig": an adverb of completeness right after a figure, closing its clause,
 * makes it the complete response rate of the response figure before it.
 */
const COMPLETE_ADVERB =
  /(?<=\d\s*%\s*)(?:de (?:façon|manière) (?:complète|totale)|complètement|totalement|completely|fully|de (?:forma|manera|maneira) (?:completa|total)|completamente|totalmente|vollständig|komplett|полностью)(?![\p{L}])(?=\s*(?:[,.;:)）]|$))/giu;

function withEllipticComplete(text: string, metrics: MetricMention[]): MetricMention[] {
  if (!metrics.some((m) => m.metric !== 'CR')) return metrics;
  const out = [...metrics];
  for (const m of text.matchAll(COMPLETE_ADVERB)) {
    const start = m.index;
    const end = start + m[0].length;
    // A response named before it with a figure of its own before the adverb's ("72 % … ont répondu, dont
    // 51 % de façon complète"; not "ORR 72% fully in line with the label"), and the adverb not inside a
    // metric's name.
    if (!metrics.some((x) => x.end <= start && x.metric !== 'CR')) continue;
    if ((text.slice(0, start).match(/\d\s*%/gu) ?? []).length < 2) continue;
    if (metrics.some((x) => x.start < end && start < x.end)) continue;
    out.push({ start, end, metric: 'CR' });
  }
  for (const m of text.matchAll(ELLIPTIC_COMPLETE)) {
    const start = m.index;
    const end = start + m[0].length;
    // A response rate named before it with its own figure, the word opening the next item of the list,
    // and the word not already part of a metric's name.
    const rate = metrics.filter((x) => x.end <= start && x.metric !== 'CR').pop();
    if (!rate || !/\d\s*%[^%]*[,;，、]\s*$/u.test(text.slice(rate.end, start))) continue;
    if (metrics.some((x) => x.start < end && start < x.end)) continue;
    out.push({ start, end, metric: 'CR' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function rateClaims(s: SentenceContext): RawClaim<'response'>[] {
  const text = s.text;
  // Figures first: without a percentage or a count there is nothing for the metric search to tie.
  // A risk reduction's percentage is a hazard ratio (timeClaims), not a rate.
  const risk = findRiskReductions(text);
  const digits = findPercents(text).filter((f) => !risk.some((r) => f.start >= r.start && f.end <= r.end));
  const percents: Fig[] = [...digits, ...findWordFigures(text, digits)].sort((a, b) => a.start - b.start);
  const counts: Fig[] = findCounts(text)
    .filter((c) => !percents.some((p) => c.start < p.end && p.start < c.end))
    .map((c) => ({
      start: c.start,
      end: c.end,
      value: Math.round((c.count / c.of) * 1000) / 10,
      comparator: '=' as const,
      count: c.count,
      of: c.of,
    }));
  if (percents.length === 0 && counts.length === 0) return [];
  const metrics = withEllipticComplete(text, findMetrics(text));
  const headerMetric = s.role === 'response' || s.role === 'other' ? metricInHeader(s.header) : undefined;
  const trials = s.hits.filter((h) => h.kind === 'trial');
  if (metrics.length === 0 && !headerMetric && trials.length === 0) return [];
  const blockers = findNonEfficacy(text);
  const figures = percents.concat(counts).sort((a, b) => a.start - b.start);
  const out: RawClaim<'response'>[] = [];
  /** The metric of the last figure written "N % for <product>", which a like figure after it shares. */
  let shapedMetric: PageMetric | undefined;
  for (const fig of figures) {
    if (isComparisonArm(s, fig.start)) {
      attachComparison(out, fig.value);
      continue;
    }
    // "zwei Drittel hatten eine komplette Remission, ein Drittel nicht", "…, the rest did not": the
    // share without the outcome.
    if (REMAINDER_NOT.test(text.slice(fig.end, fig.end + 14))) continue;
    const found = metricFor(text, fig, metrics, blockers, figures);
    // "The ORR was 82% for Yescarta and 73% for Breyanzi", "52 % … ont répondu à Kymriah …, 72 % à
    // Yescarta": the second figure leaves out the metric the first one's words gave.
    const shaped = forProduct(s, fig);
    // "kymriah had 52% in JULIET": a percentage credited to a named trial is its response rate.
    const trialNear = trials.some(
      (h) =>
        h.at >= fig.end &&
        h.at - fig.end <= 30 &&
        /^\s*(?:[\p{L}-]+\s+){0,3}?(?:in|from|en)\s*$/iu.test(text.slice(fig.end, h.at)),
    );
    const metric: PageMetric | undefined =
      found?.metric ??
      (fig.count === undefined ? cellMetric(s, text, fig, figures, headerMetric) : undefined) ??
      (trialNear ? 'response' : undefined) ??
      (shaped ? shapedMetric : undefined) ??
      parallelMetric(s, fig, out[out.length - 1]);
    if (shaped) shapedMetric = metric;
    if (!metric) continue;
    const start = Math.min(fig.start, found?.start ?? fig.start);
    const end = Math.max(fig.end, found?.end ?? fig.end);
    const details: Details = {
      metric,
      value: fig.value,
      comparator: fig.comparator,
      low: fig.low ?? null,
      high: fig.high ?? null,
      count: fig.count ?? null,
      // "4 out of 5 patients" is a proportion in words (80%), not a cohort of five.
      n:
        (fig.of !== undefined && fig.of > PROPORTION_WORDING_MAX ? fig.of : undefined) ??
        nearbyN(text, fig.end) ??
        null,
      ...context(s, fig),
    };
    if (LESIONS.test(text.slice(fig.end, fig.end + 40))) details.basis = 'lesions';
    if (PIVOTAL.test(text)) details.pivotal = true;
    const { from: clauseFrom, text: clause } = clauseAround(text, fig, figures);
    const timepoint = TIMEPOINT.exec(clause)?.[0];
    if (timepoint) details.timepoint = timepoint.trim();
    // A population named at the start of the sentence governs every figure in it.
    const lead = text.slice(Math.max(0, text.slice(0, fig.start).search(/[^;.]*$/)), fig.start);
    const cohort = COHORT.exec(clause)?.[0] ?? COHORT.exec(lead)?.[0];
    if (cohort) details.cohort = cohort.trim();
    // "日本人16例を対象とした国内第2相試験（奏効率86.7%）": a figure bracketed after a trial the page
    // describes but does not name is that trial's, not the named one's elsewhere in the sentence.
    const described = describedTrial(s, fig);
    if (described) {
      details.trial = null;
      details.trialName = described;
    }
    if (details.trial === null && details.trialName === undefined) {
      const unknownTrial = unknownTrialIn(s, clause, clauseFrom, figures);
      if (unknownTrial) details.trialName = unknownTrial;
    }
    if (ownData(s, fig)) details.source = 'own';
    if (LABEL_SOURCE.test(text.slice(clauseFrom, fig.start))) details.fromLabel = true;
    // Anchored at the figure, which the claim's product is read around.
    out.push({ start, end, scope: 'page', anchor: fig.start, details });
  }
  return out;
}

function timeClaims(s: SentenceContext): RawClaim<'response'>[] {
  const text = s.text;
  const figures = findTimeFigures(text);
  const headerMetric = s.header ? findTimeMetrics(s.header)[0]?.metric : undefined;
  // A decimal comma too: "0,37" under "Hazard Ratio" on German, Spanish and French pages.
  const bare = /^\s*(\d{1,3}(?:[.,]\d+)?)(?![\d.,]*\d)/.exec(text);
  if (figures.length === 0 && headerMetric && bare) {
    // A table cell "8.3" in a row "Median EFS, months", or "0.40" in "Hazard ratio (stratified)".
    figures.push({
      start: bare.index,
      end: bare.index + bare[0].length,
      value: Number(bare[1]!.replace(',', '.')),
      unit: headerMetric === 'HR' ? 'ratio' : 'months',
    });
  }
  if (figures.length === 0) return [];
  const metrics = findTimeMetrics(text);
  const out: RawClaim<'response'>[] = [];
  for (const fig of figures) {
    // "After 12.4 months median follow-up": how long patients were followed, not an outcome.
    if (fig.unit === 'months' && FOLLOW_UP_AFTER.test(text.slice(fig.end, fig.end + 40))) continue;
    // "a DOR of at least 6 months": a threshold the patients passed, not a median.
    if (fig.unit === 'months' && THRESHOLD_BEFORE.test(text.slice(Math.max(0, fig.start - 20), fig.start)))
      continue;
    if (fig.unit === 'months' && isComparisonArm(s, fig.start)) {
      attachComparison(out, fig.value);
      continue;
    }
    let metric: MetricMention | undefined;
    if (fig.unit === 'ratio') metric = { start: fig.start, end: fig.end, metric: 'HR' };
    else {
      // The nearest time measure before the duration ("median PFS was 13.3 months"), else just after it.
      const before = metrics
        // Not across a semicolon ("…2.0個月；FDA…核准它用於一線治療後12個月內…": the next clause's window).
        .filter(
          (m) =>
            m.metric !== 'HR' &&
            m.end <= fig.start &&
            fig.start - m.end <= MAX_GAP &&
            !/[;；]/u.test(text.slice(m.end, fig.start)),
        )
        .pop();
      const after = metrics.find((m) => m.metric !== 'HR' && m.start >= fig.end && m.start - fig.end <= 25);
      metric = before ?? after;
      if (!metric && headerMetric && headerMetric !== 'HR')
        metric = { start: fig.start, end: fig.end, metric: headerMetric };
    }
    if (!metric) continue;
    const endpoint = fig.unit === 'ratio' ? endpointOf(text, metrics, fig) : undefined;
    const start = Math.min(fig.start, metric.start);
    const end = Math.max(fig.end, metric.end);
    out.push({
      start,
      end,
      scope: 'page',
      anchor: fig.start,
      details: {
        metric: metric.metric,
        value: fig.value,
        unit: fig.unit,
        ...(fig.riskReduction !== undefined ? { riskReduction: fig.riskReduction } : {}),
        ...(endpoint ? { endpoint } : {}),
        comparator: '=',
        n: findN(text) ?? null,
        ...context(s, fig),
      },
    });
  }
  return out;
}

/**
 * Landmark survival rates ("2-year EFS 41% vs 16%", "2년 무사건 생존율 41% 대 16%"): each with its time
 * point, the rate after it joined by "vs"/"대"/"对" its comparison arm. The rate rule leaves these
 * percentages alone (survival words block a response reading).
 */
function landmarkClaims(s: SentenceContext): RawClaim<'response'>[] {
  const text = s.text;
  const percents = findPercents(text);
  const out: RawClaim<'response'>[] = [];
  let last: { end: number; claim: RawClaim<'response'> } | undefined;
  for (const fig of percents) {
    if (last) {
      // After a rate, a percentage that names no measure or time of its own is its comparison arm
      // ("41% 대 16%", "41%로, 표준치료군(16%)보다", "ブレヤンジ群51%、標準治療群26.5%") or something
      // else; never a rate of its own.
      const between = text.slice(last.end, fig.start);
      const own = landmarkRate(text.slice(last.end, fig.end), {
        start: between.length,
        end: fig.end - last.end,
      });
      if (!own) {
        const arm =
          isArmOf(between) ||
          COMPARISON_BEFORE.test(text.slice(Math.max(last.end, fig.start - 30), fig.start));
        if (arm && last.claim.details.comparatorValue === undefined)
          last.claim.details.comparatorValue = fig.value;
        continue;
      }
    }
    const rate = landmarkRate(text, fig);
    if (!rate) continue;
    const claim: RawClaim<'response'> = {
      start: fig.start,
      end: fig.end,
      scope: 'page',
      anchor: fig.start,
      details: {
        metric: rate.metric,
        value: fig.value,
        comparator: fig.comparator,
        timepoint: rate.timepoint,
        n: nearbyN(text, fig.end) ?? null,
        ...context(s, fig),
      },
    };
    if (ownData(s, fig)) claim.details.source = 'own';
    out.push(claim);
    last = { end: fig.end, claim };
  }
  return out;
}

const ENDPOINTS: Readonly<Partial<Record<string, 'PFS' | 'EFS' | 'OS'>>> = {
  'median PFS': 'PFS',
  'median EFS': 'EFS',
  'median OS': 'OS',
};

/**
 * The survival measure a hazard ratio is of: the nearest one named before it in its clause ("overall
 * survival favoured Breyanzi (hazard ratio 0.724)", "全生存期間では…（ハザード比0.724）"), or right after
 * it ("HR 0.26 for progression-free survival").
 */
function endpointOf(
  text: string,
  metrics: readonly MetricMention[],
  fig: { start: number; end: number },
): 'PFS' | 'EFS' | 'OS' | undefined {
  const named = metrics.filter((m) => ENDPOINTS[m.metric] !== undefined);
  const before = named
    .filter(
      (m) =>
        m.end <= fig.start &&
        fig.start - m.end <= 80 &&
        !/[;。；]|\.(?!\d)/u.test(text.slice(m.end, fig.start)),
    )
    .pop();
  const after = named.find((m) => m.start >= fig.end && m.start - fig.end <= 30);
  const m = before ?? after;
  return m ? ENDPOINTS[m.metric] : undefined;
}

/** "vs 4.4 months", "compared with 22%" — unless another product is named there ("vs Breyanzi at 73%", "vs ~73% for abecma"). */
function isComparisonArm(s: SentenceContext, at: number): boolean {
  const from = Math.max(0, at - 30);
  const m = COMPARISON_BEFORE.exec(s.text.slice(from, at));
  if (!m) return false;
  const word = from + m.index;
  for (const h of s.hits) {
    if (h.kind !== 'product') continue;
    if (h.at >= word && h.to <= at) return false;
    if (h.at > at && h.at - at <= 40 && FOR_PRODUCT.test(s.text.slice(at, h.at))) return false;
  }
  return true;
}

const FOR_PRODUCT = /^\S+\s+(?:[\w-]+\s+){0,2}?(?:for|with|of|in|on)\s+$/i;

/** "… vs 22%": the comparison arm of the claim just before. */
function attachComparison(out: RawClaim<'response'>[], value: number): void {
  const last = out[out.length - 1];
  if (last && last.details.comparatorValue === undefined) last.details.comparatorValue = value;
}

/** "98% in CARTITUDE-1 vs ~73% for abecma in KarMMa": a name across "vs" belongs to the other figure. */
const ACROSS = /\b(?:vs\.?|versus|compared (?:with|to)|whereas|while)\b/i;

/** "KarMMa-3: median PFS 13.3 vs 4.4 months; HR 0.94": a "vs" closed by ";" or "." does not separate the HR from its trial. */
const CLAUSE_END = /[;.。；]\s/;

/**
 * The disease and the trial read beside a figure, when the trial was never run in that disease: the one
 * in the figure's own clause wins. "ALLを対象としたELIANA試験では約8割…、多発性骨髄腫を対象とした…" (the
 * myeloma is the next clause's): the trial's disease, if the sentence names it. "в исследовании ELIANA
 * …, а при лимфоме … почти половина" (the trial is the clause before's): the disease, without the trial.
 */
function studiedIn(
  s: SentenceContext,
  fig: { start: number; end: number },
  condition: LocatedHit | undefined,
  trial: LocatedHit | undefined,
): { condition: LocatedHit | undefined; trial: LocatedHit | undefined; dropTrial?: boolean } {
  const studied = trial ? s.dataset.trialConditions.get(trial.id) : undefined;
  if (!condition || !trial || !studied) return { condition, trial };
  const fits = (id: string) =>
    [...studied].some(
      (c) => c === id || conditionCovers(s.dataset, id, c) || conditionCovers(s.dataset, c, id),
    );
  if (fits(condition.id)) return { condition, trial };
  const ownClause = (h: LocatedHit) =>
    !STATEMENT_JOIN.test(h.at >= fig.end ? s.text.slice(fig.end, h.at) : s.text.slice(h.to, fig.start));
  if (ownClause(trial) && !ownClause(condition))
    return { condition: hitsOf(s, 'condition').find((h) => fits(h.id)), trial };
  if (ownClause(condition) && !ownClause(trial)) return { condition, trial: undefined, dropTrial: true };
  return { condition, trial };
}

/** What parts two statements of one sentence: a comma of either script, a semicolon, "whereas". */
const STATEMENT_JOIN =
  /[,，、;；。]|(?<![\p{L}])(?:whereas|while|but|а|но|pero|mientras|mais|alors que|aber|während|mas|enquanto)(?![\p{L}])/iu;

/** Between a figure and the product it is given for: "for", "à", "con", "bei", "для" … */
const FOR_AFTER_FIGURE =
  /^\s*(?:[\p{L}'’]+\s+){0,4}?(?:for|with|on|à|avec|chez|para|con|com|für|bei|mit|для|у|при)\s+$/iu;

/**
 * "カービクティのCARTITUDE-1試験の全奏効率は97.9%、アベクマのKarMMa試験は72%です": a figure with no measure of its
 * own, in the next comma clause of a figure that has one, leaves that measure out, where its clause
 * names its own trial and nothing else but names and small words, and ends at the figure. (No digit
 * may stand between the two figures, so "ORR 98% in CARTITUDE-1, in KarMMa 73%" is not read.)
 */
function parallelMetric(
  s: SentenceContext,
  fig: { start: number; end: number },
  last: RawClaim<'response'> | undefined,
): PageMetric | undefined {
  if (last === undefined || last.end > fig.start) return undefined;
  const between = s.text.slice(last.end, fig.start);
  const sep = between.search(/[、，,]/u);
  if (sep < 0 || /[;；。]|\.\s|\d/u.test(between) || /[、，,]/u.test(between.slice(sep + 1)))
    return undefined;
  const from = last.end + sep + 1;
  // The clause names its own trial (the figure is that trial's, not the first clause's), and nothing
  // but names and small words stand between it and the figure.
  const names = s.hits.filter(
    (h) => (h.kind === 'product' || h.kind === 'trial') && h.at >= from && h.to <= fig.start,
  );
  if (!names.some((h) => h.kind === 'trial')) return undefined;
  let rest = s.text.slice(from, fig.start);
  for (const h of [...names].sort((a, b) => b.at - a.at))
    rest = rest.slice(0, h.at - from) + ' ' + rest.slice(h.to - from);
  if (!PARALLEL_FILLER.test(rest)) return undefined;
  // Nor a clause that goes on after the figure with words of its own ("…, Yescarta 20% grade 3 neurotoxicity").
  const tail = s.text.slice(fig.end).split(/[,，、;；。.]/u)[0] ?? '';
  if (!/^\s*(?:です|でした|だ|였다|이었다|입니다|였습니다|이다)?\s*$/u.test(tail)) return undefined;
  return last.details.metric as PageMetric;
}

/** What may stand beside the names in a parallel clause: particles, "'s", "in", "with", "trial". */
const PARALLEL_FILLER =
  /^(?:\s|の|は|では|で|에서는|에서|는|은|의|'s|’s|in|with|en|con|com|mit|bei|dans|avec|в|при|試験|试验|研究|연구|trial|study|estudio|ensayo|estudo|Studie|étude|essai|исследовании)*$/iu;

/** Whether the figure is written for a product named right after it ("73% for Breyanzi"). */
function forProduct(s: SentenceContext, fig: { end: number }): boolean {
  return s.hits.some(
    (h) => h.kind === 'product' && h.at >= fig.end && FOR_AFTER_FIGURE.test(s.text.slice(fig.end, h.at)),
  );
}

/** What parts the items of a list of like statements: a comma or semicolon, or "and" before the next figure. */
const ITEM_JOIN = /[,，、;；]|(?<![\p{L}])(?:and|et|y|e|und|и)\s+(?=[~≈約约]?\d|$)/iu;

/** A clause end of either script, spaced or not ("…为96%；zevor-cel的关键研究为…"). */
const ANY_CLAUSE_END = /[;。；]|\.\s/;

/** Where the bracket holding the figure opens and closes, when the figure sits inside one. */
function bracketAround(
  text: string,
  fig: { start: number; end: number },
): { open: number; close: number } | undefined {
  const open = openBracketAt(text, fig.start);
  if (open === undefined) return undefined;
  const after = text.slice(fig.end).search(/[)）]/u);
  return after < 0 ? undefined : { open, close: fig.end + after };
}

/** A word for a trial ending the text: "試験", "研究", "study", "Studie", "исследовании". */
const TRIAL_WORD_END =
  /(?:試験|试验|試驗|研究|연구|(?<![\p{L}])(?:study|trial|estudio|ensayo|estudo|Studie|étude|essai|исследовани\p{L}*))\s*$/iu;

/** The trial a figure's bracket follows when no trial name stands there ("国内第2相試験（奏効率86.7%）"). */
function describedTrial(s: SentenceContext, fig: { start: number; end: number }): string | undefined {
  const bracket = bracketAround(s.text, fig);
  if (!bracket) return undefined;
  const lead = s.text.slice(Math.max(0, bracket.open - 24), bracket.open);
  if (!TRIAL_WORD_END.test(lead)) return undefined;
  if (s.hits.some((h) => h.kind === 'trial' && h.to <= bracket.open && bracket.open - h.to <= 12))
    return undefined;
  const from = lead.search(/[^、，,;；:：。]*$/u);
  return lead.slice(Math.max(0, from)).trim();
}

function ownHit(s: SentenceContext, kind: 'condition' | 'trial', fig: { start: number; end: number }) {
  const between = (h: { at: number; to: number }) =>
    h.at >= fig.end ? s.text.slice(fig.end, h.at) : s.text.slice(h.to, fig.start);
  // A figure in brackets right after a name is that name's, never one after the closing bracket:
  // "ZUMA-1 (taxa de resposta global de 82% …) ou CARTITUDE-1 (97,9%)" (but "72 % à Yescarta (51 % …)
  // dans ZUMA-1" names its trial after the bracket).
  const bracket = bracketAround(s.text, fig);
  const named =
    bracket !== undefined &&
    s.hits.some((h) => h.kind === kind && h.to <= bracket.open && bracket.open - h.to <= 2);
  const hits = s.hits.filter((h) => {
    if (h.kind !== kind) return false;
    if (named && h.at >= bracket.close) return false;
    // Not across a semicolon and another product's name ("纳基奥仑赛注射液…完全缓解率66.7%；瑞基奥仑赛注射液
    // RELIANCE研究…": that product's trial).
    const lo = Math.min(h.at, fig.start);
    const hi = Math.max(h.to, fig.end);
    if (/[;；]/u.test(between(h)) && s.hits.some((p) => p.kind === 'product' && p.at >= lo && p.to <= hi))
      return false;
    const parts = between(h).split(CLAUSE_END);
    // The part of the text next to the figure: a "vs" further away belongs to another clause.
    const near = h.at >= fig.end ? (parts[0] ?? '') : (parts[parts.length - 1] ?? '');
    return !ACROSS.test(near);
  });
  // One in the figure's own clause before any beyond a clause end.
  const sameClause = hits.filter((h) => !ANY_CLAUSE_END.test(between(h)));
  // One in the figure's own item of a list of like statements ("ELIANA 연구 전체관해율 81%, JULIET 연구
  // 객관적반응률 52%", "52 % … (40 % …) dans JULIET, 72 % à Yescarta (51 % …) dans ZUMA-1 et 73 % …")
  // before one in the next item, which is that item's figure's.
  const item = sameClause.filter((h) => !ITEM_JOIN.test(between(h)));
  if (item.length > 0) return nearestHit({ hits: item }, kind, fig.start, fig.end);
  return nearestHit({ hits: sameClause.length > 0 ? sameClause : hits }, kind, fig.start, fig.end);
}

function context(
  s: SentenceContext,
  fig: { start: number; end: number },
): Pick<Details, 'trial' | 'conditionId' | 'conditionFrom'> {
  const read = studiedIn(s, fig, ownHit(s, 'condition', fig), ownHit(s, 'trial', fig));
  const own = read.condition;
  const row = own ? undefined : singleRowCondition(s);
  const condition = own ?? row ?? headingHit(s, 'condition');
  const trial = read.dropTrial ? undefined : (read.trial ?? rowHit(s, 'trial') ?? headingHit(s, 'trial'));
  // Where the condition was read: beside the figure, or only from the row or heading around it.
  const conditionFrom = own ? 'sentence' : row ? 'row' : condition ? 'heading' : null;
  return { trial: trial?.id ?? null, conditionId: condition?.id ?? null, conditionFrom };
}

/** The clause a figure stands in (its text, and where it starts): bounded by ; . : and by the figures either side of it. */
function clauseAround(
  text: string,
  fig: { start: number; end: number },
  figures: readonly Fig[],
): { from: number; text: string } {
  const prev = figures.filter((f) => f.end <= fig.start).pop();
  const next = figures.find((f) => f.start >= fig.end);
  const lo = prev?.end ?? 0;
  const hi = next?.start ?? text.length;
  const before = text.slice(lo, fig.start);
  const after = text.slice(fig.end, hi);
  const from = lo + Math.max(before.search(/[^;.:]*$/), 0);
  const stop = after.search(/[;.:](?:\s|$)/);
  return { from, text: text.slice(from, fig.end + (stop === -1 ? after.length : stop)) };
}

/** "ORR 80% in CARTITUDE-9", "(NCT01234567)": a trial named the way trials are named, that match did not know. */
const TRIAL_LIKE = /\b(?!COVID)(?:[A-Z][A-Za-z]{2,}-|[A-Z]{3,}[A-Za-z]*\s)\d{1,3}\b(?![-.]\d)|\bNCT\d{8}\b/g;

function unknownTrialIn(
  s: SentenceContext,
  clause: string,
  offset: number,
  figures: readonly Fig[],
): string | undefined {
  TRIAL_LIKE.lastIndex = 0;
  for (let m = TRIAL_LIKE.exec(clause); m; m = TRIAL_LIKE.exec(clause)) {
    const at = offset + m.index;
    const to = at + m[0].length;
    // A product code ("JNJ-68284528", "CT-053") or a known trial is a name match already read.
    if (s.hits.some((h) => h.at < to && at < h.to)) continue;
    // "ORR 85,3 %", "CR 67 %": a metric and its figure, whose number is no trial's.
    if (figures.some((f) => f.start < to && at < f.end)) continue;
    return m[0];
  }
  return undefined;
}

/** "(n=63)" or "of 117 patients" right after the figure. */
function nearbyN(text: string, at: number): number | undefined {
  const m =
    /^\s*(?:\(\s*)?(?:[nN]\s*=\s*(\d{1,5})|of (?:the )?(\d{1,5}) (?:[\w-]+ ){0,3}?(?:patients|subjects|participants|people|children|adults))/.exec(
      text.slice(at, at + 60),
    );
  if (m) return Number(m[1] ?? m[2]);
  return findNBefore(text, at) ?? findN(text);
}

/** A verb right before the metric that follows another figure: the metric is that figure's predicate. */
const VERB_LINK =
  /(?<![\p{L}])(?:had|have|achieved|achieving|reached|attained|showed|went into|experienced|obtained|remained in|alcanz\p{L}*|lograron|obtuvieron|atingi\p{L}*|alcançaram|erreichten|erzielten|zeigten|ont obtenu|ont atteint|atteint|достигли|достиг\p{L}*)\s+(?:(?:an?|the|una?|um|uma|une?|eine?n?|la|el|o)\s+)?(?:\p{L}+\s+)?$/iu;

/** A metric and its figure joined by a dash or colon: "полного ответа — 78,4 %", "CR: 40 %". */
const LABEL_DASH = /^\s*[—–:：-]\s*$/u;

function metricFor(
  text: string,
  fig: Fig,
  metrics: MetricMention[],
  blockers: Array<{ start: number; end: number }>,
  figures: Fig[],
): MetricMention | undefined {
  let best: { m: MetricMention; score: number } | undefined;
  /** The best without the predicate penalty below: a metric no other one can replace is shared. */
  let shared: { m: MetricMention; score: number } | undefined;
  for (const m of metrics) {
    const after = m.start >= fig.end;
    if (!after && m.end > fig.start) continue;
    const gapText = after ? text.slice(fig.end, m.start) : text.slice(m.end, fig.start);
    const tight = after
      ? TIGHT_AFTER.test(gapText) || TIGHT_AFTER_LOCAL.test(gapText)
      : TIGHT_BEFORE.test(gapText);
    const gap = gapText.length;
    if (gap > (tight ? MAX_TIGHT_GAP : MAX_GAP)) continue;
    const subject = SUBJECT_OF_VERB_AFTER.test(gapText) || SUBJECT_OF_VERB_AFTER_LOCAL.test(gapText);
    let score = after && subject ? 0 : tight ? gap / 4 : gap + 25;
    // "約半数で腫瘍が見えなくなりました（完全奏効）": the metric the figure's own clause closes with, in
    // brackets, names it.
    if (
      after &&
      /[（(]\s*$/u.test(gapText) &&
      /^\s*[）)]/u.test(text.slice(m.end)) &&
      !/[，、。；;,.]/u.test(gapText)
    )
      score = 0;
    const lo = after ? fig.end : m.end;
    const hi = after ? m.start : fig.start;
    if (figures.some((f) => f !== fig && f.start >= lo && f.end <= hi)) score += 100;
    if (/[.;]\s/.test(gapText)) score += 100;
    // "(40 % de réponses complètes) dans JULIET, 72 % à Yescarta": a metric inside brackets closed
    // before the figure is the bracketed figure's.
    if (!after && /[)）]/u.test(gapText) && !/[(（]/u.test(gapText)) score += 100;
    // "общий ответ составил 95,5 %, а полный ответ — 62,1 %": a metric after a clause break starts
    // the next figure's clause; the one before, joined by a verb, is this figure's.
    // ("el 21 %, una remisión completa …" without a conjunction is the figure's own metric.)
    if (after && CLAUSE_JOIN.test(gapText)) score += 60;
    // "Ansprechen 72 %, komplette Remission 51 %": a metric right before another figure is that
    // figure's label, not a predicate of the one before it; unless words tie it to this figure
    // ("55 % erreichten eine komplette Remission, 21 % eine …": the verb makes it this one's).
    if (
      after &&
      !/\p{L}/u.test(gapText) &&
      figures.some(
        (f) =>
          f.start >= m.end &&
          // "…97,9 %, строгого полного ответа — 78,4 %": a dash or colon makes the metric the next
          // figure's label however close this one stands; so does a bare comma before the metric
          // ("客觀反應率大概一半，完全緩解大約三成"): it opens the next figure's clause.
          (((f.start - m.end < gap || /^\s*[,，、]\s*$/u.test(gapText)) &&
            TIGHT_BEFORE.test(text.slice(m.end, f.start))) ||
            LABEL_DASH.test(text.slice(m.end, f.start))),
      )
    )
      score += 100;
    // "the overall response rate was 91% and the complete remission rate 65%", "…de 91 % et la rémission
    // complète de 65 %": a metric after a bare "and" that another figure follows opens the next pair.
    if (
      after &&
      AND_ONLY.test(gapText) &&
      figures.some(
        (f) => f.start >= m.end && f.start - m.end <= 25 && !/[,;.，。；]/u.test(text.slice(m.end, f.start)),
      )
    )
      score += 100;
    if (!shared || score < shared.score) shared = { m, score };
    // "el 97,9 % respondió y el 78,4 % alcanzó …": a metric right after another figure is that
    // figure's predicate, so a metric of its own wins; alone, it is shared ("83% ORR vs 73%"). Tied to
    // the other figure by a verb, it is that figure's however far it stands ("77% of the patients treated
    // … achieved overall remission, with 55% in complete remission").
    if (
      !after &&
      figures.some((f) => {
        if (f === fig || f.end > m.start) return false;
        const link = text.slice(f.end, m.start);
        const near = m.start - f.end < gap;
        return (near || VERB_LINK.test(link)) && (TIGHT_AFTER.test(link) || TIGHT_AFTER_LOCAL.test(link));
      })
    )
      score += 40;
    if (!best || score < best.score) best = { m, score };
  }
  if (best && best.score >= 100 && shared && shared.score < 100) best = shared;
  if (!best || best.score >= 100) return undefined;
  let m = best.m;
  // "100% of patients achieving CR/CRi were MRD-negative": the first metric names who was counted;
  // the figure measures what follows ("MRD-negative"), or nothing we know.
  if (m.start >= fig.end && DENOMINATOR_AFTER.test(text.slice(m.end, m.end + 40))) {
    const predicate = metrics.find((x) => x.start >= m.end && x.start - m.end <= 40);
    if (!predicate) return undefined;
    m = predicate;
  }
  // A non-efficacy word closer to the number than the metric ("CRS in 42%") claims the number.
  const metricGap = m.start >= fig.end ? m.start - fig.end : fig.start - m.end;
  for (const b of blockers) {
    const gap = b.start >= fig.end ? b.start - fig.end : fig.start - b.end;
    if (gap >= 0 && gap < metricGap) return undefined;
  }
  return m;
}
