// Rankings in the languages pages other than English write them: "国内首款白血病CAR-T", "中国第二款获批上市
// 的CAR-T产品", "国内で2番目のCAR-T製品", "국내 첫 CAR-T 치료제", "первым CAR-T-препаратом, направленным на
// BCMA", "la primera terapia CAR-T aprobada en la India", "als erstes onkolytisches Virus", "la première
// TIL". A ranking is an assertion of its own, beside the approval the sentence may date, so it is a
// claim of its own, checked by lib/verify/rank.ts against every product of the class. English firsts
// stay with the approval rule, which reads them inside the approval they qualify ("the first CAR-T
// approved by the FDA, in August 2017"); English seconds and thirds are read here ("the second CAR-T
// approved in China").
//
// The reading: an ordinal, a class the dataset knows within a few words of it, and around them the
// limits of the ranking: a place ("国内", "en la India", "weltweit"), a disease, a target ("BCMA
// CAR-T"), solid tumours. Any other limit ("domestically developed", "commercial", "without a REMS",
// "国产", "1类生物制品") leaves the ranking's scope unread, and the verdict unverified.
import type { Regulator } from '../../dataset/schema';
import type { ClaimRule, FrameOf, RawClaim, RawFrame, SentenceContext } from '../types';
import {
  contrastAfter,
  contrastStart,
  hitsOf,
  isHedged,
  modifiedByUse,
  modifiesLaterProduct,
} from '../sentence-tools';
import { localPlaceRegulator, scriptRegulator } from '../regulator-words';
import { awaitsDecision } from '../decisions';
import { limitsToPopulation } from '../patterns';

type Details = RawFrame<FrameOf<'rank'>>;

/**
 * Latin-script ordinals need their own language's article ("la primera", "o primeiro", "das erste",
 * "le premier"), or open the text, a cell or a label, or an apposition after a comma or bracket
 * ("…el 30 de agosto de 2017, primera terapia CAR-T del mundo"): an English "a premier CAR-T centre"
 * is no ranking.
 */
const START = String.raw`(?:^|[:：]\s*|[,，(（]\s*)`;
const ES = String.raw`(?:${START}|(?<![\p{L}])(?:el|la|los|las|un|una|su|como)\s+)`;
const PT = String.raw`(?:${START}|(?<![\p{L}])(?:o|a|os|as|um|uma|seu|sua|como)\s+)`;
const DE = String.raw`(?:${START}|(?<![\p{L}])(?:der|die|das|den|dem|des|als|ein|eine|einer|eines|zum|zur)\s+)`;
const FR = String.raw`(?:${START}|(?<![\p{L}])(?:le|la|les|du|au|un|une|comme)\s+|(?<![\p{L}])l['’])`;
/** English "the second", "its third": a first is the approval rule's (it reads it inside the approval). */
const EN = String.raw`(?:${START}|(?<![\p{L}])(?:the|its|as)\s+)`;

/** Ordinals by place, in each language's forms; 0 stands for "only". */
const ORDINALS: ReadonlyArray<readonly [number, string]> = [
  [
    1,
    String.raw`首个|首款|首家|首支|第一个|第一款|初の|初めての|最初の|第1号の?|첫|최초의?|перв\p{L}*|${ES}primer[oa]?|${PT}primeir[oa]|${DE}erste[rsnm]?|${FR}premi(?:er|ère)`,
  ],
  [
    2,
    String.raw`第二款|第二个|[2２二]番目(?:の|に)|두 번째|2번째|втор\p{L}*|${ES}segund[oa]|${PT}segund[oa]|${DE}zweite[rsnm]?|${FR}deuxième|${EN}second`,
  ],
  [
    3,
    String.raw`第三款|第三个|[3３三]番目(?:の|に)|세 번째|3번째|трет\p{L}*|${ES}tercer[oa]?|${PT}terceir[oa]|${DE}dritte[rsnm]?|${FR}troisième|${EN}third`,
  ],
  [
    0,
    // "the only one", and "only one" said as a count ("только один … препарат", "只有一款"); not the Latin-script
    // counts, which as often count prior treatments ("après un seul traitement antérieur").
    String.raw`唯一(?:一款|的)?|唯一の|유일한|единствен\p{L}*|(?:только|лишь)\s+(?:один|одна|одно)|只有一款|仅有一款|僅有一款|只有一个|${ES}únic[oa]|${PT}únic[oa]|${DE}einzige[rsnm]?|${FR}seule?`,
  ],
];
const ORDINAL = new RegExp(ORDINALS.map(([, w]) => `(${w})`).join('|'), 'giu');
/**
 * Between the ordinal and the class: a few words, no clause break, and nothing that makes the
 * ordinal another thing's ("primera línea", "erste Linie", "первой линии", "第一次", a first patient).
 */
const BETWEEN_BAD =
  /[.;!?。；]|l[ií]nea|linha|Linie|ligne|лини|line|recaída|recidiva|Rückfall|rechute|рецидив|vez|Mal(?![\p{L}])|fois|раз(?![\p{L}])|次|回目|paciente|Patient|patient|пациент|mes(?![\p{L}])|Monat|mois|месяц|año|Jahr|an(?![\p{L}])|год/iu;
const BETWEEN_MAX = 24;
/** Japanese "…としては世界初", "国内初": the ordinal after the class. */
const FIRST_AFTER = /(国内|本邦|日本|世界|アジア|中国|全球|国内外)?初(?![めの期回診])/u;

/** Classes the verifier reads, in English (lib/verify/rank.ts kindsOf), from each language's words. */
const CLASSES: ReadonlyArray<readonly [string, RegExp]> = [
  ['CAR-T', /CAR[- ‑]?T/iu],
  // "TCR-T", and the Russian "TCR-терапия" (a Cyrillic т).
  ['TCR-T', /TCR[- ‑]?[TТт]/iu],
  ['TIL', /(?<![\p{L}])TIL(?![\p{L}])/u],
  [
    'oncolytic virus',
    /溶瘤病毒|腫瘍溶解性ウイルス|ウイルス療法|종양용해|항암\s?바이러스|онколитическ\p{L}*\s+вирус|oncolític[oa]|on[ck]olytisch\p{L}*|oncolytique/iu,
  ],
  [
    'gene therapy',
    /基因治疗|基因疗法|遺伝子治療|유전자\s?치료|генн\p{L}*\s+терапи|terapia g[eé]nica|Gentherapie|thérapie génique/iu,
  ],
];

/** How far the class may sit from the ordinal, in characters: a few words in Latin scripts, a phrase in CJK. */
const SPAN = 40;

/**
 * Where the ranking's clause ends after its class: a full stop or semicolon, a word of later time, or a
 * comma opening a dated clause ("…최초의 CAR-T 치료제로 허가하였고, 2018년 5월에는 성인 거대 B세포 림프종 적응증을
 * 추가로 승인": the later decision's disease does not limit the ranking).
 */
const CLAUSE_AFTER =
  /[.;!?。；]|이후|以降|之后|以后|此后|その後|(?<![\p{L}])(?:after which|since then|desde entonces|depuis|seitdem|после чего)(?![\p{L}])|[,，]\s*(?:(?:and|then|y|e|et|und|и|а)\s+)?(?:(?:in|en|em|im|au|в|on|am|le)\s+)?(?:\d{1,2}[.\s]\s*)?(?:\p{L}+\.?\s+)?(?:19|20)\d{2}/iu;

/** Words for the whole world and for regions. */
const WORLD = /全球|世界|world|mundo|monde|Welt|weltweit|мир[аеу]?(?![\p{L}])|국내외/iu;
const ASIA = /亚洲|アジア|아시아|Asia|Asien|Asie|Азии/iu;
const EUROPE_REGION = /(?<![\p{L}])(?:en|in|na)\s+Europa(?![\p{L}])/iu;
/** "国内", "국내", "本邦", "в стране", "no país", "en el país", "im Land", "dans le pays": the page's own country. */
const DOMESTIC =
  /国内|我国|我國|本国|本邦|我が国|わが国|국내|우리나라|в стране|в нашей стране|no país|en el país|im Land|dans le pays/iu;
/** Words of approval or registration near a ranking ("国内首个获批的", "국내 첫 허가", "first approved"). */
const APPROVAL_WORD =
  /批准|获批|獲批|核准|上市|注册|註冊|承認|発売|허가|승인|출시|approv|authori[sz]|licen[sc]|regist|market|launch|mercado|Markt|marché|aprob|autoriz|aprov|zugelassen|Zulassung|autoris|approuv|одобр|регистр|рын(?:ок|ке)/iu;
/** A product still in trials is ranked among trials, not approvals: no claim. */
const IN_TRIALS =
  /临床试验|临床研究|臨床試驗|治験|臨床試験|임상\s?시험|клиническ\p{L}*\s+исследовани|(?<![\p{L}])(?:КИ|изучается|изучаются)(?![\p{L}])|ensayo|estudo clínico|ensaio clínico|klinische\p{L}*\s+Studie|essai clinique/iu;
/** A class of candidates ("세 번째 BCMA CAR-T 후보", "der dritte CAR-T-Kandidat"): ranked among candidates, not approvals. */
const CANDIDATE = /^[\s-]{0,2}(?:候选|候補|후보|candidat\p{L}*|Kandidat\p{L}*|кандидат\p{L}*)/iu;
/**
 * A place that gives the class ("県内で最初のCAR-T細胞療法の実施施設", "the first CAR-T centre in the
 * region", "첫 CAR-T 치료 기관"): a ranking of facilities, not of products.
 */
const FACILITY =
  /^[\s-]{0,2}(?:(?:細胞)?(?:療法|治療)|细胞(?:疗法|治疗)|治疗|(?:cell\s)?(?:therapy|treatment)|치료|Therapie|terapia|thérapie)?\s?(?:の)?(?:実施)?(?:施設|病院|医療機関|センター|医院|醫院|机构|中心|병원|기관|센터|cent(?:re|er|ro)s?|facilit(?:y|ies)|hospitals?|sites?|clinics?|Zentrum|Zentren|Klinik\p{L}*|hôpital|clínica|clinique|центр\p{L}*|клиник\p{L}*)(?![a-zA-Z\u00C0-\u024F\u0400-\u04FF])/iu;
/**
 * A limit after the class that none of the words above read ("el primer virus oncolítico aprobado
 * para un tumor cerebral"): a preposition, then no disease, place or regulator the rule knows.
 */
const LIMIT_AFTER =
  /(?<![\p{L}])(?:para|for|für|pour|contra|gegen|bei|against|против|для|при|em|en|in|im|dans|aux?|в|no|na|sin|sem|ohne|sans|без)\s+\p{L}/iu;
/** "de fabricación académica", not "do país", "du monde" or a place's name ("de Europa"). Case-sensitive. */
const LIMIT_DE =
  /(?<![\p{L}])(?:de|del|do|da|du|des)\s+(?:(?:la|el|los|las|le|les|l['’]|o|a|os|as)\s*)?(?!(?:la|el|los|las|le|les|o|a|os|as)\s)(?!(?:país|pays|mundo|monde|historia|histoire|história)(?![\p{L}]))\p{Ll}/u;
/** A preposition of place before a proper name: "en la India", "in Deutschland", "в Японии". */
const PLACE_NAMED =
  /(?<![\p{L}])(?:en|em|no|na|in|im|au|aux|dans|в|во)\s+(?:(?:la|le|el|the|der|den|l['’])\s*)?\p{Lu}/u;
/** A demonstrative right before a disease: "this lymphoma", "este linfoma", "cette maladie", "dieses Lymphom", "этой лимфоме", "该淋巴瘤", "このリンパ腫", "이 림프종". */
const POINTING_BACK =
  /(?:(?<![\p{L}])(?:this|that|these|those|este|esta|estos|estas|ese|esa|esse|essa|este|dies\p{L}*|jene\p{L}*|ce|cet|cette|ces|эт\p{L}*|тот|той|том)\s+|该|此|这种|這種|这类|この|その|이\s|그\s)$/iu;

/** Solid tumours, in each language. */
const SOLID =
  /实体瘤|實體瘤|固形がん|固形癌|고형암|солидн\p{L}*|tumou?r(?:es)? s[óo]lid|tumeurs? solides?|solide[nr]? Tumor|solid[- ](?:tumou?r|cancer)s?|cancers? solides?|c[áâ]nc(?:er|eres) s[óo]lidos?/iu;
/**
 * Limits TherapyLens does not read: who made it, how it is sold or classed ("1-й категории"), what it did without,
 * or a kind pointed back to ("Первый такой CAR-T", "the first such therapy").
 * Any of them near the ranking leaves its scope unread.
 */
const UNREAD =
  /国产|國產|研发|开发|研製|自研|本土|1类|一类|商业化|国産|開発|自社|국산|국내 기업|개발|отечествен\p{L}*|разработ\p{L}*|коммерческ\p{L}*|REMS|desarrollad\p{L}*|desenvolvid\p{L}*|entwickelt\p{L}*|développé\p{L}*|comercial|kommerziell\p{L}*|commercial\p{L}*|home-grown|domestic|категори\p{L}*|categor(?:y|ies|ía|ia)|Kategorie|catégorie|カテゴリー|분류|(?<![\p{L}])(?:такой|такого|таких|such)(?![\p{L}])/iu;

/**
 * Its origin, beside the class noun: "premier CAR-T européen d'origine académique", "primer CAR-T
 * académico", "erste akademische CAR-T" (made where or by whom, not approved where; not "aprobada por la
 * Comisión Europea").
 */
const ORIGIN_WORD = String.raw`(?:académi\p{L}*|academic|acadêmic\p{L}*|akademisch\p{L}*|universitari\p{L}*|d['’]origine|de origen|de origem|européen\p{L}*|europe[oa]s?|europeu|europeia|europäisch\p{L}*)`;
const CLASS_NOUN = String.raw`(?:CAR-?Ts?|thérapies?|therap(?:y|ies)|terapias?|Therapien?|produits?|products?|productos?|produtos?|Produkte?)`;
const ORIGIN = new RegExp(
  String.raw`(?<![\p{L}])(?:${CLASS_NOUN}\s+(?:[\p{L}-]+\s+)?${ORIGIN_WORD}|${ORIGIN_WORD}\s+(?:[\p{L}-]+\s+)?${CLASS_NOUN})(?![\p{L}])`,
  'iu',
);

export const rankRule: ClaimRule<'rank'> = {
  id: 'rank',
  kind: 'approval',
  description:
    'First, second or only of a class, in languages other than English; second and third in English.',
  gate: new RegExp(`${ORDINALS.map(([, w]) => w).join('|')}|初`, 'iu'),
  detect(s: SentenceContext): RawClaim<'rank'>[] {
    return readRanks(s);
  },
};

/**
 * Every ranking of the sentence, each of its own class: "首個TIL療法Amtagvi…以及首個TCR-T療法Tecelra"
 * ranks two products.
 */
function readRanks(s: SentenceContext): RawClaim<'rank'>[] {
  const out: RawClaim<'rank'>[] = [];
  for (let from = 0; from < s.text.length;) {
    const found = readRank(s, from);
    if (!found) break;
    // A later ranking counts only where it names its own product right after its class.
    if (out.length === 0 || found.anchor !== undefined) out.push(found);
    from = found.end;
  }
  return out;
}

function readRank(s: SentenceContext, from = 0): RawClaim<'rank'> | undefined {
  const text = s.text;
  // Nor is one whose decision is still to come ("un troisième CAR-T anti-BCMA … attend une décision de la FDA").
  if (IN_TRIALS.test(text) || awaitsDecision(text)) return undefined;
  ORDINAL.lastIndex = from;
  for (let m = ORDINAL.exec(text); m; m = ORDINAL.exec(text)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    const place = ORDINALS[k]![0];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + BETWEEN_MAX + 12);
    const cls = classIn(after);
    if (!cls || cls.start > BETWEEN_MAX || BETWEEN_BAD.test(after.slice(0, cls.start))) continue;
    if (isHedged(text, m.index)) continue;
    const classEnd = m.index + m[0].length + cls.end;
    if (
      CANDIDATE.test(text.slice(classEnd, classEnd + 14)) ||
      FACILITY.test(text.slice(classEnd, classEnd + 24))
    )
      continue;
    // An apposition's comma or bracket (START) is no part of the quoted ranking.
    const lead = /^[,，(（]\s*/u.exec(m[0])?.[0].length ?? 0;
    return claimOf(s, place, cls.name, m.index + lead, classEnd);
  }
  // "悪性神経膠腫を対象としたウイルス療法の承認としては世界初", "国内初のCAR-T": the ordinal after the class.
  const first = from === 0 ? FIRST_AFTER.exec(text) : null;
  if (first && /[\u3040-\u30ff]/u.test(text)) {
    const before = text.slice(Math.max(0, first.index - SPAN), first.index);
    const cls = classIn(before);
    if (cls)
      return claimOf(s, 1, cls.name, first.index - before.length + cls.start, first.index + first[0].length);
    const next = classIn(text.slice(first.index, first.index + SPAN));
    if (next) return claimOf(s, 1, next.name, first.index, first.index + next.end);
  }
  return undefined;
}

/** Chinese and Japanese name the country right before the ordinal: "中国第二款", "日本初の". */
const COUNTRY_BEFORE: ReadonlyArray<readonly [Regulator, RegExp]> = [
  ['NMPA', /中国|中國|内地|內地/u],
  ['PMDA', /日本/u],
  ['FDA', /美国|美國|米国/u],
  ['MFDS', /韩国|韓國|韓国|한국/u],
  ['EMA', /欧洲|歐洲|欧盟|欧州/u],
];

/** The regulator the ranking is within: a country before it, "国内", a regulator or place named near it. */
function placeOf(
  s: SentenceContext,
  lead: string,
  window: string,
  from: number,
  to: number,
): Regulator | undefined {
  const country = COUNTRY_BEFORE.find(([, re]) => re.test(lead))?.[0];
  if (country) return country;
  if (DOMESTIC.test(window)) return scriptRegulator(window);
  const named = hitsOf(s, 'regulator').find((h) => h.at >= from && h.at < to)?.id as Regulator | undefined;
  return named ?? localPlaceRegulator(window);
}

/** Where the clause holding `before`'s end starts: after its last full stop or semicolon. */
function lastBreak(before: string): number {
  const m = /.*[.;!?。；]\s*/su.exec(before);
  return m ? m[0].length : 0;
}

function classIn(text: string): { name: string; start: number; end: number } | undefined {
  let best: { name: string; start: number; end: number } | undefined;
  for (const [name, re] of CLASSES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.start)) best = { name, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

function claimOf(
  s: SentenceContext,
  place: number,
  className: string,
  start: number,
  end: number,
): RawClaim<'rank'> {
  const text = s.text;
  // The ranking's words, and a little either side: "国内首款…", "…aprobada en la India"; never past
  // its clause ("…が最初のCAR-Tとして承認されてから、リンパ腫や骨髄腫へと広がってきました": the diseases
  // the class spread to do not limit the ranking).
  const from = Math.max(0, start - 30, lastBreak(text.slice(0, start)), contrastStart(text, start));
  // Nor past the clause's end or a word that moves on in time ("…승인한 이후 림프종과 백혈병 분야의 CD19 표적
  // 제품을…": the target and diseases after it are the later products').
  const stop = text.slice(end).search(CLAUSE_AFTER);
  const to = Math.min(text.length, end + SPAN, contrastAfter(text, end), stop >= 0 ? end + stop : Infinity);
  const window = text.slice(from, to);
  const targets = hitsOf(s, 'target').filter((h) => h.at >= from && h.at < to);
  const label = targets[0] ? s.dataset.targets.find((t) => t.id === targets[0]!.id)?.label : undefined;
  // "首個TCR-T療法Tecelra": the product named right after the class is the one ranked.
  const next = hitsOf(s, 'product').find((p) => p.at >= end && RANKED_NEXT.test(text.slice(end, p.at)));
  const ranked = next ?? hitsOf(s, 'product').find((p) => p.at >= end);
  // Then a disease before the ranking across a comma is another clause's ("用於晚期黑色素瘤，以及首個TCR-T療法Tecelra").
  const conditions = hitsOf(s, 'condition').filter(
    (h) =>
      h.at >= from &&
      h.at < to &&
      (next === undefined || h.at >= start || !/[,，、;；]/u.test(text.slice(h.at, start))) &&
      !modifiesLaterProduct(s, h, end) &&
      // Nor a use describing another product than the ranked one ("최초의 BCMA 표적 CAR-T인 아벡마와
      // …변연부림프종까지 적응증을 넓힌 브레얀지").
      !(ranked !== undefined && modifiedByUse(s, h) !== undefined && modifiedByUse(s, h)!.id !== ranked.id),
  );
  const world = WORLD.test(window);
  const region = world ? 'world' : ASIA.test(window) ? 'asia' : EUROPE_REGION.test(window) ? 'europe' : null;
  // Failing a place near the ranking, the one regulator the sentence names before it, whose approval
  // the ranked product is the object of ("FDA одобрило … Текелра, первую TCR-терапию").
  const before = [...new Set(hitsOf(s, 'regulator').map((h) => h.id))];
  const sentenceRegulator =
    before.length === 1 && hitsOf(s, 'regulator').every((h) => h.at < start)
      ? (before[0] as Regulator)
      : undefined;
  const solid = SOLID.test(window);
  const regulator: Regulator | undefined =
    region !== null
      ? undefined
      : (placeOf(s, text.slice(Math.max(0, start - 4), start), window, from, to) ??
        (solid ? undefined : sentenceRegulator));
  // A place named but not read as a regulator ("aprobada en Corea del Sur" where the table has no such
  // name) limits the ranking all the same.
  const placeUnread = region === null && regulator === undefined && PLACE_NAMED.test(window);
  // A place TherapyLens cannot name as a regulator ("domestic" on a Spanish page), or a limit it does not read.
  // The words after the class, to the clause's end: a limit there must be one the rule read.
  const tail = text.slice(end, Math.min(text.length, end + SPAN)).split(/[,;:.!?。；，：]/u)[0] ?? '';
  const tailRead =
    hitsOf(s, 'condition').some((h) => h.at >= end && h.at < end + tail.length) ||
    hitsOf(s, 'regulator').some((h) => h.at >= end && h.at < end + tail.length) ||
    hitsOf(s, 'target').some((h) => h.at >= end && h.at < end + tail.length) ||
    WORLD.test(tail) ||
    SOLID.test(tail) ||
    localPlaceRegulator(tail) !== undefined;
  // A population in the limit ("the only … for children with leukemia") is not read: the ranking
  // would be judged against products for other patients.
  // "el primer CAR-T de fabricación académica": a "de" phrase limits the class too.
  // A "de" limit is not read even beside a place the rule reads ("…de doble dominio autorizado en España").
  const limitUnread =
    (LIMIT_AFTER.test(tail) && !tailRead) || LIMIT_DE.test(tail) || limitsToPopulation(tail);
  // "la primera CAR-T para este linfoma", "первый CAR-T при этой лимфоме": a disease pointed back to is
  // the one named before, which the ranking's own words do not say.
  const pointedBack = hitsOf(s, 'condition').some(
    (h) => h.at >= from && h.at < to && POINTING_BACK.test(text.slice(Math.max(0, h.at - 12), h.at)),
  );
  // A Chinese, Japanese, Korean or Russian page that names no place may well mean its own country
  // ("다발골수종 첫 CAR-T" on a Korean page): only the world, said, makes the ranking worldwide.
  const localScript = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0400-\u04ff]/u.test(window);
  const implicitPlace = localScript && region === null && regulator === undefined;
  // The clause after the class, however long: "первый CAR-T, зарегистрированный в Китае как биопрепарат 1-й категории".
  const clauseAfter = text.slice(end, Math.min(text.length, end + 120)).split(/[;.!?。；]/u)[0] ?? '';
  const unread =
    UNREAD.test(window) ||
    ORIGIN.test(text.slice(start, Math.min(text.length, end + 40))) ||
    UNREAD.test(clauseAfter) ||
    placeUnread ||
    limitUnread ||
    pointedBack ||
    implicitPlace ||
    (DOMESTIC.test(window) && regulator === undefined);
  const details: Details = {
    firstOf: label ? `${label} ${className}` : className,
    rank: place === 0 ? 'only' : 'first',
    place: place > 1 ? place : null,
    rankScopeRead: !unread,
    rankRegion: region,
    rankCategory: solid ? 'solid' : null,
    regulator: regulator ?? null,
    conditionId: solid ? null : (conditions[0]?.id ?? null),
    rankHome: (DOMESTIC.test(window) && !APPROVAL_WORD.test(window)) || null,
    approvalNamed: APPROVAL_WORD.test(window) || APPROVAL_WORD.test(clauseAfter) || null,
  };
  return { start, end, scope: 'page', requiresProduct: true, details, ...(next ? { anchor: next.at } : {}) };
}

/** Between a ranked class and the product it names: a class noun, no punctuation. */
const RANKED_NEXT = /^(?:[)）]?\s*(?:療法|疗法|製品|产品|產品|药物|藥物|치료제|제품|therapy|product))?\s*$/u;
