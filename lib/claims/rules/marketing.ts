// Promotional language no label supports: cures, guarantees, "no side effects", miracles,
// superlatives ("among the highest response rates"), unsupported comparisons ("just as effective
// as", "safer than", "favorable safety profile vs …"), and a clinic's own satisfaction figures.
// Always reported as unverified, never as verified.
import type { ClaimRule, RawClaim, SentenceContext } from '../types';

const PROMO = new RegExp(
  [
    'cur(?:ing|ed|es|e)',
    '100\\s*%\\s*(?:success(?:ful)?|cure|effective|response|remission|safe)(?:\\s*rates?)?',
    // No label reports a "success rate": the figure is the page's own, whatever its size.
    '\\d{1,3}(?:[.,]\\d+)?\\s*%\\s*success(?:ful)?(?:\\s*rates?)?',
    'success(?:ful)? rates? ?(?::|of|is|was|are|were|at|reaching|above|over|exceeds?|exceeding|tops?)? ?(?:about |around |over |above |nearly |almost |up to |more than )?\\d{1,3}(?:[.,]\\d+)?\\s*%',
    'one of the (?:highest|best|safest|most (?:successful|effective|advanced))',
    'side[- ]effects? (?:are|were|is|was) (?:generally |usually |typically |very |only |extremely )?(?:minimal|mild|minor|negligible|rare|few|non-existent)',
    '(?:every|all|any) (?:types?|kinds?|forms?) of (?:tumou?rs?|cancers?)',
    // Chinese: cure, radical cure, never relapse, no side effects, guaranteed.
    '终身治愈|治愈|根治|痊愈|永不复发|无副作用|没有副作用|零副作用|包治|保证疗效',
    '(?:no|zero|without(?: any| the)?|free of|virtually no|almost no|hardly any|minimal|few|little|mild) (?:serious |major |significant |severe |lasting )?(?:risks? of (?:serious |severe )?)?side[- ]effects?',
    '(?:virtually|almost|essentially) (?:no|zero) risk',
    'no risks?\\b(?! factors?)',
    'side[- ]effect[- ]free',
    'guarantee(?:d|s)?',
    'miracle',
    'miraculous',
    'magic bullet',
    'risk[- ]free',
    'painless',
    'completely (?:safe|eliminates?|eradicates?)',
    'permanently (?:eliminates?|removes?)',
    '(?:among )?the (?:highest|best|most effective|safest|greatest)(?! overall response) (?:[\\w-]+ ){0,2}?(?:response|remission|success|cure|survival|results?|outcomes?|treatments?|therap(?:y|ies)|care|options?|CAR-?T)s?',
    'best (?:results|outcomes|success rates?)',
    'world[- ](?:class|leading|renowned)',
    'unmatched',
    'unparalleled',
    'revolutionary',
    '(?:just |equally )?as effective as',
    '(?:more effective|safer|better) than',
    'work(?:s)? better',
    '(?:favou?rable|superior|better|excellent) safety(?: profile)?',
    'immune[- ]boosting',
    'a (?:tenth|fraction|third|half) of the (?:price|cost)',
    'no waiting lists?',
    '\\d{2,3}\\s*%\\s+of our (?:patients|clients)',
    '(?:shrinks?|eliminates?|destroys?|kills?|clears?|melts?) (?:every|all|any) (?:tumou?rs?|cancers?|cancer cells)',
    'works? for (?:everyone|every patient|all patients)',
  ].join('|'),
  'gi',
);
/**
 * Praise with no data behind it, by kind of promise: a provider or country ranked ("one of the top
 * programs", "a leading oncology centre", "the new global standard", "the only destination"),
 * outcomes said to equal a vague benchmark ("comparable to Western counterparts"), efficacy or
 * safety asserted ("very effective", "relative safety", "handle any side effects", "the superior
 * product"), cure in other words ("get rid of cancer", "治せる"), and success or recovery rates,
 * which no label reports.
 */
const PRAISE_WORDS = [
  // Rankings of a provider, place or method.
  String.raw`(?:one of the |the |a |as a )(?:top|leading|most advanced|foremost|premier|world[- ]renowned|renowned|state[- ]of[- ]the[- ]art|high[- ]quality)(?:[\s,]+[\w-]+){0,3}?\s+(?:cent(?:er|re)s?|hospitals?|programs?|programmes?|clinics?|destinations?|institutions?|providers?|teams?)\b`,
  String.raw`\b(?:the )?new (?:global |world |international )?(?:gold )?standard\b`,
  String.raw`\bthe only (?:global |international |world )?destination\b`,
  // Outcomes likened to a vague benchmark.
  String.raw`\bcomparable to (?:the )?(?:global|international|Western|world|US|American|European|leading)(?:[\s-][\w-]+)?\s+(?:benchmarks?|counterparts?|standards?|cent(?:er|re)s|results|levels?|outcomes)\b`,
  String.raw`\b(?:significantly |much |far )?lower (?:costs?|prices?) (?:compared (?:to|with)|than)\b`,
  // Efficacy and safety asserted without figures.
  String.raw`\bvery (?:good )?(?:effective|efficacy|safe|successful|good results)\b`,
  String.raw`\brelative safety\b`,
  String.raw`\b(?:efficient|effective) and safe (?:treatment|therapy|care)\b`,
  String.raw`\bhandle any (?:potential |possible )?(?:side[- ]effects?|complications?)\b`,
  String.raw`\bthe only side[- ]effects?\b`,
  String.raw`\b(?:is|are) the superior\b|\bsuperior (?:CAR[- ]?T|product|therapy|treatment|results|efficacy)\b`,
  String.raw`\b(?:are|is) (?:also |very |truly )?impressive\b`,
  // Cure in other words.
  String.raw`\b(?:get rid of|beat|defeat|conquer|overcome) (?:your |the )?cancer\b`,
  String.raw`治せる|完治|疗效更佳|療效更佳|疗效显著|療效顯著|效果更好`,
  // Success and recovery rates, in any language (no label reports one).
  String.raw`\b\d{1,3}(?:[.,]\d+)?\s*(?:percent|per cent)\s+(?:success|recovery|cure)\b`,
  String.raw`\b(?:complete )?recovery rates?\b|\bsuccess rates? (?:is |are )?(?:high|higher|very high|excellent)\b`,
  String.raw`(?<![\p{L}])(?:başarı\p{L}*|tasa de éxito|taxa de sucesso|Erfolgsquote|Heilungschance\p{L}*|成功率)`,
];
const PRAISE = new RegExp(PRAISE_WORDS.join('|'), 'giu');
/** Cheap first test for PRAISE: each of its patterns holds one of these stems (most sentences hold none). */
const PRAISE_GATE =
  /top|leading|advanced|renowned|premier|foremost|quality|standard|destination|comparable|lower|very |relative safety|and safe|handle any|side|superior|impressive|get rid|beat|defeat|conquer|overcome|治せる|完治|疗效|療效|效果|percent|per cent|recovery|success|başarı|éxito|sucesso|Erfolg|Heilung|成功率/i;

/** Cheap first test: every pattern above contains one of these stems. */
const GATE =
  /cur|%|side|risk|guarant|miracl|magic|painless|complete|permanent|highest|best|most effective|safe|greatest|world|unmatch|unparallel|revolution|effective|better|than|boost|price|cost|waiting|every|all |any |success|one of the|top|leading|advanced|renowned|standard|destination|comparable|efficacy|superior|impressive|cancer|recovery|percent|per cent|başarı|éxito|sucesso|Erfolg|Heilung|治愈|根治|痊愈|复发|副作用|包治|保证|治せる|完治|疗效|療效|效果|成功率/i;
const CJK = /[\u3400-\u9fff]/;
/** "不能治愈", "无法根治": a Chinese negation just before the phrase. */
const CJK_NEGATION = /(?:不|未|无法|不能|并非|不是|没有|难以)$/;
/** The supplement label's disclaimer: "not intended to diagnose, treat, cure, or prevent any disease". */
const DISCLAIMER = /\bnot intended to (?:[\w,]+\s+){0,5}$/i;
const WORD_START = /(?:^|[^\p{L}\p{N}])$/u;
/** "find a cure", "funds a cure": a goal, not a promise. */
const CURE_AS_GOAL =
  /\b(?:find(?:ing)?|funds?|funding|fund|search(?:ing)? for|toward|towards|hope for|race for|quest for|research (?:for|into)|work(?:ing)? (?:toward|towards|for)|closer to|step (?:toward|towards|closer to))\s+(?:a |the )?$/i;
/** "is not a cure", "does not guarantee", "no cure yet": the page is being careful, not promotional. */
const NEGATION_BEFORE =
  /\b(?:not|no|never|cannot|can't|doesn't|don't|isn't|aren't|won't|nor|without)\s+(?:\w+\s+){0,2}$/i;

export const marketingRule: ClaimRule<'marketing'> = {
  id: 'marketing',
  kind: 'marketing',
  description:
    'Promotional wording (cure, guaranteed, no side effects, miracle, superlatives, unsupported comparisons).',
  gate: GATE,
  detect(s: SentenceContext): RawClaim<'marketing'>[] {
    const text = s.text;
    if (!GATE.test(text) || /\?\s*$/.test(text)) return [];
    const out: RawClaim<'marketing'>[] = [];
    PROMO.lastIndex = 0;
    for (let m = PROMO.exec(text); m; m = PROMO.exec(text)) {
      const phrase = m[0];
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (CJK.test(phrase)) {
        // Chinese has no word boundaries to check.
        if (CJK_NEGATION.test(before)) continue;
        out.push({ start: m.index, end: m.index + phrase.length, scope: 'page', details: { phrase } });
        continue;
      }
      // A word start, or glued text changing case ("MyelomaAmong the highest").
      const prev = text.slice(Math.max(0, m.index - 1), m.index);
      if (!WORD_START.test(prev) && !(/\p{Ll}/u.test(prev) && /^\p{Lu}/u.test(phrase))) continue;
      if (/[\p{L}]/u.test(text[m.index + phrase.length] ?? '') && !/%/.test(phrase)) continue;
      if (DISCLAIMER.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (/^cur/i.test(phrase) && CURE_AS_GOAL.test(before)) continue;
      if (
        !/^(?:no|zero|without|virtually|almost|minimal|few|little|mild|hardly)/i.test(phrase) &&
        NEGATION_BEFORE.test(before)
      )
        continue;
      out.push({
        start: m.index,
        end: m.index + phrase.length,
        scope: 'page',
        details: { phrase: phrase.toLowerCase() },
      });
    }
    PRAISE.lastIndex = 0;
    for (let m = PRAISE_GATE.test(text) ? PRAISE.exec(text) : null; m; m = PRAISE.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (NEGATION_BEFORE.test(before) || CJK_NEGATION.test(before)) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        scope: 'page',
        details: { phrase: m[0].trim().toLowerCase() },
      });
    }
    out.sort((a, b) => a.start - b.start);
    return oneClaim(out, text);
  },
};

/**
 * One promise per clause: "Our immune-boosting protocol makes every treatment work better" is one
 * promotional statement with two phrases, so one claim naming both (anchored at the first);
 * "no side effects, guaranteed remission" are two promises, two claims.
 */
function oneClaim(found: RawClaim<'marketing'>[], text: string): RawClaim<'marketing'>[] {
  const out: RawClaim<'marketing'>[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && !/[,;:·•|]|\band\b|\bor\b/.test(text.slice(last.end, c.start))) {
      const phrases = [...new Set([last.details.phrase, c.details.phrase])];
      out[out.length - 1] = {
        ...last,
        end: Math.max(last.end, c.end),
        details: { phrase: phrases.join('; ') },
      };
    } else out.push(c);
  }
  return out;
}
