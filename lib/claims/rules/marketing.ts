// Promotional language no label supports: cures, guarantees, "no side effects", miracles,
// superlatives ("among the highest response rates"), unsupported comparisons ("just as effective
// as", "safer than", "favorable safety profile vs …"), and a clinic's own satisfaction figures.
// Always reported as unverified, never as verified.
import type { ClaimRule, RawClaim, SentenceContext } from '../types';
import { looseUnion } from '../quick-reject';

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
    '终身治愈|治愈|根治|痊愈|永不复发|无副作用|没有副作用|零副作用|包治|包医百病|保证疗效',
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
/**
 * The same kinds of promise in the other languages patients read (Spanish, Portuguese, German,
 * French, Russian, Chinese, Japanese, Korean), one line per kind. Letters bound the words (\b is
 * ASCII-only); CJK phrases have no boundaries to check.
 */
const GUARANTEE = String.raw`(?:garantiz\p{L}*|garanti[dz]\p{L}*|garantía|garantia|garantiert\p{L}*|Garantie|garantie|garanti[es]?|гарант\p{L}*)`;
const OUTCOME = String.raw`(?:resultados?|résultats?|Ergebnis\p{L}*|Erfolg\p{L}*|результат\p{L}*|curas?|curación|Heilung|guérison|излечени\p{L}*|ремисси\p{L}*|remisión|remissão|rémission|Remission|éxito|sucesso|succès|eficacia|eficácia|efficacité|Wirksamkeit|эффективност\p{L}*)`;
const LOCAL_PROMISE_WORDS = [
  // Cure: "la cura definitiva", "cura garantida", "Heilung", "guérison", "излечение", "完治", "완치".
  String.raw`(?<![\p{L}])(?:curas?|curar|curan?|curará|curación|curad[oa]s?|curativ[oa]|Heilung|heilen|heilt|geheilt|heilbar|guérison|guérir|guérit|guéri[es]?|излечени\p{L}*|излечит\p{L}*|вылеч\p{L}*)(?![\p{L}])`,
  String.raw`완치|痊愈|根治`,
  // Never relapsing: "평생 재발 없다", "一生再発しない" (Chinese "永不复发" is in PROMO).
  String.raw`(?:평생|다시는|영원히)\s?재발(?:이|하지|은)?\s?(?:없|않)|(?:一生|二度と|永遠に)再発(?:しない|しません|なし)`,
  // Guarantees of an outcome: "cura garantida", "garantizamos resultados", "Гарантия результата",
  // "完治を保証", "완치 보장". The bare word also guarantees visas, waiting times and insurance cover
  // ("身元保証", "보장 한도"), so the outcome must be within a few words.
  String.raw`(?<![\p{L}])(?:${GUARANTEE}(?:\s+(?:\p{L}+|\d{1,3}(?:[.,]\d+)?\s*%)){0,3}?\s+${OUTCOME}|${OUTCOME}(?:\s+(?:\p{L}+|\d{1,3}(?:[.,]\d+)?\s*%)){0,3}?\s+${GUARANTEE})(?![\p{L}])`,
  // An outcome said to be certain: "必ず寛解", "必ず治る", "반드시 완치", "一定能治愈".
  String.raw`必ず(?:治|寛解|完治|効|消え)|반드시\s?(?:낫|완치|관해|효과)|一定(?:能|会)?(?:治愈|治好|缓解)|(?:効果|完治|治癒|結果|成功|寛解)(?:を|の|が)?保証|(?:완치|효과|결과|치료 효과|관해)(?:를|을|가|이)? ?보장|保证(?:疗效|治愈|效果)`,
  // No side effects: "sin efectos secundarios", "sem efeitos colaterais", "ohne Nebenwirkungen",
  // "sans effets secondaires", "без побочных эффектов", "副作用はほとんどありません", "부작용 걱정 없이".
  String.raw`(?<![\p{L}])(?:sin|sem|ohne|sans|без|ni|nenhum|aucun)\s+(?:(?:ningún|nenhum|ningun|aucun|graves?|grandes?|serios?|sérios?)\s+)?(?:efectos? (?:secundarios?|adversos?|colaterales?)|efeitos? (?:colatera(?:is|l)|secundários?|adversos?)|Nebenwirkung(?:en)?|effets? (?:secondaires?|indésirables?)|побочн\p{L}* (?:эффект|явлени|действи)\p{L}*)`,
  String.raw`副作用(?:は|も|が)?(?:ほとんど|全く|まったく|一切)?(?:ありません|なし|ない|がない|のない|ゼロ)|부작용\s?제로|부작용(?:이|은| 걱정)? ?(?:거의 )?없`,
  // Every patient helped: "eficaces en el 100 % de los casos", "wirksam in 100 % der Fälle", "efficace
  // dans 100 % des cas", "100%有效" (no trial reports a response in every patient). Cases, not patients:
  // "100% of patients achieving CR/CRi were MRD-negative" is a trial's figure for a subgroup.
  String.raw`100\s*[%％]\s*(?:(?:de (?:los|las)|dos|das|des|der|of(?: the)?)\s+)?(?:casos|cas|Fälle|cases|случаев)(?![\p{L}])|100\s*[%％]\s*(?:有效|治愈)`,
  // Success rates, which no label reports: "98 % de éxito", "taxa de sucesso", "taux de réussite",
  // "Erfolgsrate", "успешность", "успешный исход", "성공률".
  String.raw`\d{1,3}(?:[.,]\d+)?\s*%\s*(?:de )?(?:éxito|sucesso|réussite|succès)|(?<![\p{L}])(?:tasas? de éxito|taxas? de sucesso|taux de (?:réussite|succès|guérison)|Erfolgs(?:rate|quote)|Heilungsrate|успешност\p{L}*|успешн\p{L}* (?:исход|результат|лечени)\p{L}*)(?![\p{L}])|성공률`,
  // The provider's own results: a figure for "our patients" or "our clinics" ("у 95 % наших
  // пациентов", "в наших клиниках … 90%", "当院で治療を受けた方の約80％", "我院…满意度100%").
  String.raw`(?:nuestros pacientes|nossos (?:pacientes|doentes)|nos patients|unsere[nr]? Patient\p{L}*|наших (?:пациент|клиник)\p{L}*|当院で治療を受けた|我院|本院|저희 병원)[^.;!?。！？]{0,60}?\d{1,3}(?:[.,]\d+)?\s*[%％]|\d{1,3}(?:[.,]\d+)?\s*[%％][^.;!?。！？]{0,60}?(?:nuestros pacientes|nossos (?:pacientes|doentes)|nos patients|unsere[nr]? Patient\p{L}*|наших (?:пациент|клиник)\p{L}*)`,
  String.raw`(?:满意度|満足度|만족도|satisfacción|satisfação|Zufriedenheit|удовлетворённост\p{L}*|удовлетворенност\p{L}*)\s*[:：]?\s*\d{2,3}\s*[%％]`,
  // Rankings of a provider: "los mejores hospitales", "os melhores centros", "les meilleurs centres",
  // "die besten Kliniken", "лучшие клиники", "国内领先", "최고 수준", "o centro mais experiente".
  String.raw`(?<![\p{L}])(?:(?:los|las|os|as|les|die)\s+(?:mejores|melhores|meilleur(?:e)?s|besten)\s+(?:\p{L}+\s+){0,2}?(?:hospital(?:es|ais)?|centros?|centres?|clínicas?|cliniques?|médicos|médecins|Kliniken|Zentren|Ärzte|especialistas|spécialistes)|лучши\p{L}* (?:клиник|центр|больниц|врач|специалист)\p{L}*|(?:centro|centre|hospital) (?:mais|le plus) (?:experiente|expérimenté|reconhecido|renommé))(?![\p{L}])`,
  String.raw`国内领先|国际领先|世界领先|国内一流|最高水準|世界最高|최고 수준|최고의 (?:병원|의료진|치료)`,
  // Miracles: "milagro", "milagre", "miraculeux", "Wundermittel", "чудо", "神药", "奇跡", "기적".
  String.raw`(?<![\p{L}])(?:milagro\p{L}*|milagros[oa]s?|milagre\p{L}*|miraculeu\p{L}*|Wunder\p{L}*|чуд(?:о|а|ом|есн)\p{L}*)(?![\p{L}])|神药|特效药|奇迹|奇跡|기적`,
  // Every cancer: "todo tipo de cáncer", "tous les types de cancer", "все виды рака", "ほぼすべて".
  String.raw`(?<![\p{L}])(?:tod[oa]s? (?:los |os )?tipos? de (?:cáncer|câncer|cancro|tumor(?:es)?)|tous les (?:types|cancers)|alle Krebsarten|все (?:виды|типы) (?:рака|опухолей))(?![\p{L}])|(?:がん|癌)の?ほぼすべて|ほぼすべての(?:がん|癌)|모든 암|所有癌症|各种癌症`,
  // "どんながんも治る", "어떤 암도 낫는다", "任何癌症都能治愈": every cancer cured or gone.
  String.raw`どんな[^。、「」]{0,6}?(?:がん|癌)(?:で)?も[^。「」]{0,10}?(?:治る|治せる|消える|消せる|なくなる)|어떤 암(?:이라도|도)[^.。]{0,10}?(?:낫|치료|완치|사라)|任何癌症[^。，]{0,6}?(?:都能|皆可|均可)?(?:治愈|治好|消失)`,
  // Cancer defeated for good: "побеждает рак", "besiegt den Krebs", "vainc le cancer", "vence el cáncer".
  String.raw`(?<![\p{L}])(?:побе(?:ждает|ждают|дит|дить|дим)\s+рак|besieg(?:t|en)\s+(?:den\s+)?Krebs|vainc(?:re)?\s+le\s+cancer|vence[rn]?\s+(?:el|o)\s+c[áâ]ncer)(?![\p{L}])`,
];
const LOCAL_PROMISE = new RegExp(LOCAL_PROMISE_WORDS.join('|'), 'giu');
/** Cheap first test for LOCAL_PROMISE: each of its patterns holds one of these stems. */
const LOCAL_GATE =
  /必ず|반드시|一定|부작용|재발|再発|cur|heil|guéri|излеч|вылеч|완치|痊愈|根治|garant|гарант|保証|보장|sin |sem |ohne|sans|без|ni |nenhum|aucun|副作用|부작용|%|％|éxito|sucesso|réussite|succès|Erfolg|успешн|성공률|满意度|満足度|만족도|satisf|Zufrieden|удовлетвор|mejores|melhores|meilleur|besten|лучши|mais experiente|le plus|领先|一流|最高|최고|milagr|miracul|Wunder|чуд|神药|特效药|奇迹|奇跡|기적|tipo|tous les|Krebsarten|все виды|все типы|すべて|모든 암|所有癌症|各种癌症|どんな|어떤 암|任何癌症|побе|besieg|vainc|vence/i;
/** A negation in the other languages just before a promise: "no es una cura", "não garante", "ne guérit pas", "не гарантирует", "keine Heilung". */
const LOCAL_NEGATION_BEFORE =
  /(?<![\p{L}])(?:no|não|nao|nunca|jamás|ni|nem|ningun[oa]?|nenhum[a]?|nicht|kein\p{L}*|nie|ne|n['’]|pas|jamais|aucun[e]?|не|ни|нет|никогда|никак\p{L}*)\s+(?:[\p{L}\d]+\s+){0,6}$/iu;
const LOCAL_NEGATOR = /(?<![\p{L}])(?:nicht|kein\p{L}*|no|não|pas|не|ни)(?![\p{L}])/iu;
/** German, French and Spanish may negate after the promise: "Heilung kann nicht garantiert werden", "garantiert keine Heilung", "la cura no está garantizada". */
const LOCAL_NEGATION_AFTER = /^(?:\s+\p{L}+){0,3}?\s+(?:nicht|kein\p{L}*|no|não|pas|не|ни)(?![\p{L}])/iu;
/** A Japanese or Korean negation just after: "保証するものではありません", "완치를 보장하지 않습니다". */
const CJK_NEGATION_AFTER =
  /ません|ではない|じゃない|できない|しない|ものではない|하지 않|할 수 없|되지 않|지 않습니다|지 않는다/u;
/** Japanese and Korean put the negation at the end of the clause: "完治を保証するものではありません". */
function negatedLater(text: string, end: number): boolean {
  const clause = text.slice(end).split(/[。、！？!?]/u)[0] ?? '';
  return CJK_NEGATION_AFTER.test(clause);
}

/** Cheap first test for PRAISE: each of its patterns holds one of these stems (most sentences hold none). */
const PRAISE_GATE =
  /top|leading|advanced|renowned|premier|foremost|quality|standard|destination|comparable|lower|very |relative safety|and safe|handle any|side|superior|impressive|get rid|beat|defeat|conquer|overcome|治せる|完治|疗效|療效|效果|percent|per cent|recovery|success|başarı|éxito|sucesso|Erfolg|Heilung|成功率/i;

/** Cheap first test: every pattern above contains one of these stems. */
const GATE =
  /cur|%|side|risk|guarant|miracl|magic|painless|complete|permanent|highest|best|most effective|safe|greatest|world|unmatch|unparallel|revolution|effective|better|than|boost|price|cost|waiting|every|all |any |success|one of the|top|leading|advanced|renowned|standard|destination|comparable|efficacy|superior|impressive|cancer|recovery|percent|per cent|başarı|éxito|sucesso|Erfolg|Heilung|治愈|根治|痊愈|复发|副作用|包治|包医|保证|治せる|完治|疗效|療效|效果|成功率/i;
const CJK = /[\u3400-\u9fff]/;
/** "不能治愈", "无法根治": a Chinese negation just before the phrase. */
const CJK_NEGATION = /(?:不|未|无法|不能|并非|不是|没有|难以)$/;
/** The supplement label's disclaimer: "not intended to diagnose, treat, cure, or prevent any disease". */
const DISCLAIMER = /\bnot intended to (?:[\w,]+\s+){0,5}$/i;
const WORD_START = /(?:^|[^\p{L}\p{N}])$/u;
/** "find a cure", "funds a cure": a goal, not a promise. */
const CURE_AS_GOAL =
  /\b(?:find(?:ing)?|funds?|funding|fund|search(?:ing)? for|toward|towards|hope for|race for|quest for|research (?:for|into)|work(?:ing)? (?:toward|towards|for)|closer to|step (?:toward|towards|closer to))\s+(?:a |the )?$/i;
/** "buscar una cura", "à la recherche d'un traitement": a goal in Spanish, Portuguese, French. */
const CURE_AS_GOAL_LOCAL =
  /(?<![\p{L}])(?:buscar|busca|búsqueda de|encontrar|procura de|encontrar|en busca de|hacia|rumo a)\s+(?:una |uma |la |a )?$/iu;
/** "is not a cure", "does not guarantee", "no cure yet": the page is being careful, not promotional. */
const NEGATION_BEFORE =
  /\b(?:not|no|never|cannot|can't|doesn't|don't|isn't|aren't|won't|nor|without)\s+(?:\w+\s+){0,2}$/i;

/** A faster superset of LOCAL_PROMISE (quick-reject.ts): most sentences that pass LOCAL_GATE hold no promise. */
const LOCAL_PROMISE_LOOSE = looseUnion([LOCAL_PROMISE]);

export const marketingRule: ClaimRule<'marketing'> = {
  id: 'marketing',
  kind: 'marketing',
  description:
    'Promotional wording (cure, guaranteed, no side effects, miracle, superlatives, unsupported comparisons).',
  gate: new RegExp(`${GATE.source}|${LOCAL_GATE.source}`, 'i'),
  detect(s: SentenceContext): RawClaim<'marketing'>[] {
    const text = s.text;
    // A question asks, it does not promise; the promise it quotes ("有中介称…“一针根治”，是否可信？")
    // is still on the page.
    const question = /\?\s*$/.test(text);
    const out: RawClaim<'marketing'>[] = [];
    PROMO.lastIndex = 0;
    for (let m = GATE.test(text) ? PROMO.exec(text) : null; m; m = PROMO.exec(text)) {
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
      if (/[\u3040-\u30ff\uac00-\ud7af]/u.test(text) && negatedLater(text, m.index + m[0].length)) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        scope: 'page',
        details: { phrase: m[0].trim().toLowerCase() },
      });
    }
    LOCAL_PROMISE.lastIndex = 0;
    const localPromise = LOCAL_GATE.test(text) && LOCAL_PROMISE_LOOSE.test(text);
    for (let m = localPromise ? LOCAL_PROMISE.exec(text) : null; m; m = LOCAL_PROMISE.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      // "sin efectos secundarios" begins with its own negator; any other promise under a negation
      // ("no es una cura", "不能根治", "保証するものではありません") is the page being careful.
      const ownNegator = /^(?:sin|sem|ohne|sans|без|ni|nenhum|aucun)\s/iu.test(m[0]);
      // The clause before ("ninguna de estas terapias es una cura garantizada"), inside ("garantiert
      // keine Heilung") or after ("Heilung kann nicht garantiert werden").
      const clauseBefore =
        text
          .slice(Math.max(0, m.index - 60), m.index)
          .split(/[,;:!?.]/u)
          .pop() ?? '';
      if (!ownNegator && (LOCAL_NEGATION_BEFORE.test(clauseBefore) || CJK_NEGATION.test(before))) continue;
      if (!ownNegator && LOCAL_NEGATOR.test(m[0])) continue;
      if (!ownNegator && negatedLater(text, m.index + m[0].length)) continue;
      if (
        !ownNegator &&
        LOCAL_NEGATION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
      )
        continue;
      if (/^cur/i.test(m[0]) && CURE_AS_GOAL_LOCAL.test(before)) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        scope: 'page',
        details: { phrase: m[0].trim().toLowerCase() },
      });
    }
    out.sort((a, b) => a.start - b.start);
    const kept = question ? out.filter((c) => quoted(text, c.start)) : out;
    return oneClaim(dropOverlaps(kept), text);
  },
};

/**
 * One promise per clause: "Our immune-boosting protocol makes every treatment work better" is one
 * promotional statement with two phrases, so one claim naming both (anchored at the first);
 * "no side effects, guaranteed remission" are two promises, two claims.
 */
/** Two word lists may match the same words ("100% success" in English and Spanish lists): keep the first. */
function dropOverlaps(found: RawClaim<'marketing'>[]): RawClaim<'marketing'>[] {
  const out: RawClaim<'marketing'>[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

const OPENERS = '“„「『«‘';
const CLOSERS = '”」』»’';
/** Whether `at` lies inside quotation marks: a paired mark opened and not closed before it, or an odd count of plain ones. */
function quoted(text: string, at: number): boolean {
  let open = -1;
  let close = -1;
  let plain = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) open = i;
    else if (CLOSERS.includes(ch)) close = i;
    else if (ch === '"') plain++;
  }
  return open > close || plain % 2 === 1;
}

/** What parts two promises: a comma or "and"/"or" in the page's language, or a closing quote ("「成功率100%」「副作用なし」"). */
const PROMISE_BREAK =
  /[,;:·•|、，；」』”»"]|(?<![\p{L}])(?:and|or|y|o|e|ou|et|und|oder|и|или)(?![\p{L}])|[や及或和]/u;

function oneClaim(found: RawClaim<'marketing'>[], text: string): RawClaim<'marketing'>[] {
  const out: RawClaim<'marketing'>[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && !PROMISE_BREAK.test(text.slice(last.end, c.start))) {
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
