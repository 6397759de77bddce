// Who a product is for: disease, line of therapy, age, relapsed/refractory. From sentences
// ("indicated for adults with r/r LBCL after two or more lines"), Indication table cells
// ("r/r B-cell ALL (≤25 yrs); r/r DLBCL adults", one claim per condition), and cells that only
// give lines or ages ("2 or more" in a "Prior lines required (US)" row).
import { covers as conditionCovers } from '../../dataset/conditions';
import { excludedSubtype } from '../../match/complements';
import type { Regulator } from '../../dataset/schema';
import type { ClaimRule, FrameOf, RawClaim, RawFrame, SentenceContext } from '../types';
import {
  findDate,
  findPopulation,
  findPriorLines,
  linesAreMinimum,
  findRelapsedRefractory,
  numberFrom,
  populationFields,
} from '../patterns';
import {
  contrastAfter,
  clauseStartBefore,
  contrastStart,
  hitsOf,
  isNegated,
  REFUSAL,
  listGap,
  modifiedByUse,
  namedInQuotes,
  productClauses,
  type LocatedHit,
  itemsBetween,
  SEMICOLONS,
} from '../sentence-tools';
import { EXTENSION_GATE, widensLabel } from '../label-extension';
import { UNDER_STUDY } from '../under-study';
import { distinct } from '../attribution';
import {
  adjectiveRegulator,
  columnRegulator,
  localPlaceRegulator,
  regulatorIn,
  rowRegulator,
} from '../regulator-words';
import { assertedDecision } from '../decisions';
import { looseUnion } from '../quick-reject';

/** This rule's frame (indication.frame.ts), as it fills it. */
type Details = RawFrame<FrameOf<'indication'>>;

// Words that present a disease as a product's use. English also takes headline verbs ("wins FDA
// nod in melanoma"), "can also be given as …", and a count of lines ("they want 2 lines").
const LOCAL_APPROVAL_WORDS = String.raw`承認|批准|获批|獲批|核准|허가|승인|(?<![\p{L}])(?:aprob(?:ó|aron)|autoriz(?:ó|aron|ou|aram)|aprov(?:ou|aram)|одобр\p{L}*|зарегистрирован\p{L}*|разреш[её]н(?:а|о|ы)?|zugelassen|Zulassung|autoris[ée]\p{L}*|avis de conformité|approuv[ée]\p{L}*|aprobad[oa]s?|aprovad[oa]s?|autorizad[oa]s?)(?![\p{L}])`;
/** Any approval word, English too: a subject can deny it ("Neither is approved as first-line therapy"). */
const ANY_APPROVAL = new RegExp(
  String.raw`(?<![\p{L}])(?:approved|authori[sz]ed|licensed|indicated)(?![\p{L}])|` + LOCAL_APPROVAL_WORDS,
  'iu',
);
const CUE_WORDS = [
  // "适应症涵盖…", "適應症包括…": the indications, as Japanese 適応 and Korean 적응증 below.
  String.raw`用于|适用于|治疗|适应症|適應症|适应证|適應證`,
  String.raw`\b(?:aprobad[oa]s? para|indicad[oa]s? para|para (?:el tratamiento|pacientes|adultos|niños)|tratamiento de|indicated|indications?|approv\w*|authori[sz]ed for|licensed for|(?:for )?(?:the )?treatment of|to treat|treats|used (?:for|in|to treat)|for (?:adults?|p(?:a)?ediatric|children|patients|people|use in)|in (?:adults?|p(?:a)?ediatric|children|patients)|eligib\w*|r\/r|relapsed|refractory|prior (?:lines?|therap\w+|treatments?)|lines? of (?:therapy|treatment)|nod|go-ahead|green[- ]light|cleared (?:for|in)|(?:can|may|could|is|are)(?: also| only)? be (?:given|used|offered|prescribed)|given as|(?:\d|one|two|three|four|five)\+?\s+(?:prior\s+|previous\s+)?lines?)\b`,
  // Japanese: "…が対象", "適応", "…に対する", "…向け", "治療に用いる".
  String.raw`対象|適応|に対する|向け|治療`,
  // Korean: treatment, indication, "patients with", "as a treatment for".
  String.raw`치료|적응증|대상|환자`,
  // German, French, Portuguese, Russian: treatment, indicated, patients, lines of therapy.
  // Relapsed or refractory disease and "can be used", the way every language writes a label's
  // population: "再発・難治性の…", "复发难治", "재발성", "в рецидиве", "en recaída", "rezidiviert".
  // An approval word with a disease, as "approved" is in English: "多発性骨髄腫では…が承認されています".
  LOCAL_APPROVAL_WORDS,
  String.raw`再発|難治|使え|使用でき|使うことができ|用いられ|复发|难治|復發|適用於|用於|可以用|재발|불응|쓸 수 있|사용할 수 있`,
  String.raw`(?<![\p{L}])(?:рецидив\p{L}*|рефрактерн\p{L}*|применя\p{L}*|en reca[ií]da|reca[ií]das?|refractari[oa]s?|recidivante|refrat[aá]ri[oa]s?|rezidiviert\p{L}*|refrakt[äa]r\p{L}*|Rückfall|Zweitlinie|Drittlinie|en rechute|rechute|réfractaire)(?![\p{L}])`,
  // "Is used for" in each language: "…에 사용합니다", "…に使われています", "wird … eingesetzt",
  // "est utilisé dans", "é usado na".
  String.raw`사용(?:합니다|됩니다|된다|한다|되며|하며|되고|해요)|쓰(?:입니다|인다|이며|여요|이고)|使われ|使用され|投与され|(?<![\p{L}])(?:eingesetzt|angewendet|verwendet|utilisée?s?|s['’]utilise|usad[oa]s?|utilizad[oa]s?|используется|используются)(?![\p{L}])`,
  // "gegen Nasenrachenkrebs zugelassen", "contra el mieloma": a use, as "against" (not English,
  // where "tested against" compares).
  String.raw`(?<![\p{L}])(?:gegen|contra|contre|против)(?![\p{L}])`,
  // A product said to work in a disease: "Beim Multiplen Myelom wirken Abecma und Carvykti", "works in
  // myeloma", "funciona en el linfoma".
  String.raw`(?<![\p{L}])(?:wirk(?:t|en)|works? (?:in|for|against)|funcionan? (?:en|contra)|funcionam? (?:em|no|na|contra))(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:Behandlung|behandeln|indiziert|Patient(?:en|innen)|Erwachsene[n]?|Vortherapien?|Therapielinien?|traitement|indiqué[es]?|patients|adultes|lignes? de traitement|tratamento|indicad[oa]s?|doentes|pacientes|linhas? de tratamento|лечени\p{L}*|показан\p{L}*|пациент\p{L}*|линии терапии)(?![\p{L}])`,
];
const CUE = new RegExp(CUE_WORDS.join('|'), 'iu');
/** "… for advanced melanoma", "with relapsed multiple myeloma": a condition introduced as a use. */
const FOR_BEFORE =
  /(?:(?<![\p{L}])(?:for|with|treat(?:s|ing)?|against|para|con|für|bei|mit|pour|chez|atteints? de|com|для|с)\s+(?:[\p{L}/-]+\s+){0,4}|用于|治疗)$/iu;
const NEGATED = new RegExp(
  [
    String.raw`\b(?:not (?:approved|indicated|for)|no approval|isn't approved|investigational|experimental|in (?:clinical )?trials?|being (?:studied|tested)|under study|clinical trials?|trials? (?:for|in|of)|do(?:es)? not work)\b|(?<![\p{L}])(?:nicht (?:\p{L}+ )?(?:zugelassen|indiziert)|(?:ainda |todavía |encore )?(?:em estudo|en estudio|em investigação|en investigación|à l['’]étude|en cours d['’]étude|in Erprobung|in (?:klinischen )?Studien))(?![\p{L}])`,
    UNDER_STUDY,
  ].join('|'),
  'iu',
);
const NOT_FOR =
  /\b(?:(?:is|are) not|isn'?t|aren'?t|not)\s+(?:indicated|approved|authori[sz]ed|licensed|label(?:l)?ed)\s+(?:\w+\s+){0,2}?(?:for|in)\b|\bno\s+(?:[\w/-]+\s+){1,3}?indications?\b|\b(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:indication|approval|licen[cs]e|authori[sz]ation)\s+(?:\w+\s+){0,2}?(?:for|in)\b|\b(?:cannot|can't|must not|may not|should not)\s+be\s+(?:used|given)\s+(?:for|in|to)\b/i;
/**
 * Whether a row's other cells deny approval ("не одобрен", "not approved") or place the product in
 * trials, and none dates or states an approval.
 */
function rowDenied(cells: ReadonlyArray<{ text: string }>): boolean {
  let denied = false;
  for (const { text } of cells) {
    const word = ANY_APPROVAL.exec(text);
    const negated = word !== null && isNegated(text, word.index);
    if (negated || (NEGATED_LOOSE.test(text) && NEGATED.test(text))) denied = true;
    else if ((word !== null && !negated) || findDate(text)) return false;
  }
  return denied;
}

/** Words that remove a limitation of use, after it: removed, lifted, deleted, in the languages pages use. */
const LIMITATION_REMOVED =
  /(?<![\p{L}])(?:removed|removing|lifted|deleted|dropped|eliminated|eliminad[oa]|suprimid[oa]|retirad[oa]|removid[oa]|levée?|supprimée?|aufgehoben|gestrichen|strich|strichen|entfernt\p{L}*|снят\p{L}*|удал[её]н\p{L}*|исключен\p{L}*)(?![\p{L}])|削除|撤销|撤銷|删除|刪除|移除|去除|解除|삭제/iu;

/**
 * The same limitation in the other languages pages use, the disease after the words. Also a use set
 * against the one before it by "and not": "aprobados para linfomas y no para leucemia", "und nicht für
 * die ALL", "а не для лейкоза" (English "but not for …" stays inside the approval before it).
 */
const NOT_FOR_LOCAL =
  /(?<![\p{L}])(?:(?:y|e|et|und|и|а)\s+(?:no|não|pas|nicht|не)\s+(?:para|pour|für|for|bei|em|na|no|для|при)(?![\p{L}])|n['’](?:a|ont) pas d['’]indication (?:dans|pour)|n['’](?:est|sont) pas (?:indiqué|autorisé|approuvé|utilisé)e?s? (?:dans|pour|chez|en)|no (?:está|están|es|son) (?:indicad|aprobad|autorizad)[oa]s? (?:para|en)|no tiene indicación (?:en|para)|não (?:tem|têm|possui) indicação (?:em|para|no|na|nos|nas)|(?:hat|haben) keine (?:Zulassung|Indikation) (?:für|bei|in)|не имеет показаний (?:для|при|к)|não (?:está|estão|é|são) (?:indicad|aprovad|autorizad)[oa]s? (?:para|em|no|na)|nicht (?:zugelassen|indiziert|angezeigt) (?:für|bei|zur)|nicht\s+(?:für|bei|beim|zur|zum)(?=\s+(?:[\p{L}\d/-]+\s+){0,5}?(?:zugelassen|indiziert|angezeigt)(?![\p{L}]))|keine Zulassung (?:für|bei)|не (?:показан|одобрен|зарегистрирован)\p{L}* (?:для|при)|(?:no|não) (?:se )?(?:puede|debe|pode|deve) (?:ser )?(?:usar|utilizar|administrar|usad[oa]|utilizad[oa]|administrad[oa]) (?:en|para|em)|darf nicht (?:bei|für)|nicht (?:bei|für) \p{L}+ (?:angewendet|eingesetzt)|ne (?:peut|doit) pas être (?:utilisé|administré)e?s? (?:chez|dans|pour)|не (?:применя|использу)\p{L}* (?:у|для|при))(?![\p{L}])|不(?:适用|適用|适合|能用|可用)于|(?:不|唔|并不|並不|未|均未|都未|皆未|并未|並未)(?:包括|包含)(?=[^，。；,;]{0,6}?(?:瘤|癌|病|淋巴))|(?:未|尚未|没有)(?:获得?|经)?(?:获批|獲批|批准|[注註][册冊])(?:用于|治疗)/iu;
/** A denial of a part of the disease's patients: every one of them, or those with a complication. */
const PART_DENIED =
  /^nicht\s+(?:für|bei|beim|zur|zum)\s+(?:(?:alle|allen|jede\p{L}*|sämtlich\p{L}*)(?![\p{L}])|(?:[\p{L}\d/-]+\s+){0,5}?[\p{L}-]*(?:Befall|Beteiligung|Metastas))/iu;

/** Japanese and Korean: the disease, then the denial ("…には適応がない", "…에는 적응증이 없다"). */
const NOT_FOR_AFTER =
  /(?:には|では|に対しては|への)?(?:適応|承認)(?:が|は)?(?:ない|なく|ありません|されていない|されておらず|外)|(?:에는|에 대해서는)?\s?(?:적응증이|허가가)\s?없|허가되지 않|(?:には|では)?(?:使えない|使えません|使用できない|使用できません|投与できない|投与できません)|(?:에는|에게는)?\s?(?:사용할|쓸|투여할)\s?수\s?없|用不了|不能用(?!于)|不可用(?!于)/u;

const TRIAL_DESCRIPTION =
  /\b(?:trials?|study|studies|phase (?:[123]|I{1,3})\b|randomi[sz]ed|enrol(?:l|led|ling)|cohorts?)\b/i;
const APPROVED_USE = /\b(?:approv\w*|indicated|licensed|authori[sz]\w*)\b/i;
/** A trial's patients or a statistic, in the languages pages use: lines there describe who was studied. */
const STUDIED =
  /(?<![\p{L}])(?:trials?|stud(?:y|ies)|Studie\p{L}*|estudios?|estudos?|études?|essais?|ensayos?|исследовани\p{L}*|medians?|mediana|médiane|Median|медиан\p{L}*|enrol\p{L}*|includ\p{L}* in|eingeschlossen\p{L}*|incluid[oa]s|inclu[íi]d[oa]s|phase)(?![\p{L}])|試験|研究|中位|中央値|임상|중앙값/iu;

/**
 * A patient telling their own treatment ("I had kymriah in 2019 (3rd line back then)"). Case-sensitive,
 * so the EU is not Portuguese "eu".
 */
const FIRST_PERSON =
  /(?<![\p{L}'’])(?:I|I['’]m|[Mm]y|[Ww]e|[Oo]ur|[Ii]ch|[Mm]ein\p{L}*|[Yy]o|[Mm]is?|[Jj]e|[Jj]['’]|[Mm]on|[Mm]a|[Ee]u|[Mm]eu|[Mm]inha|[Яя]|[Мм]не|[Мм]о[йя])(?![\p{L}'’])|我|私|저는|제가/u;

/**
 * "Carvykti exige al menos una línea previa", "Abecma bekommt man nach 2 anderen Behandlungen": a
 * count of prior lines said of a product is a use of it, unless it describes a trial's patients or
 * the writer's own treatment.
 */
function linesOfUse(text: string): boolean {
  return findPriorLines(text) !== undefined && !STUDIED.test(text) && !FIRST_PERSON.test(text);
}
const LINES_HEADER = /\b(?:lines?|prior (?:therap|treatment)|LOT)\b/i;
const BARE_LINES = /(?:≥\s*|at least\s+)?(\d|one|two|three|four|five)\s*(?:\+|or more|and more|or greater)?/i;

/**
 * A sentence that describes the disease itself (how common, what kind) is about the disease, not
 * a product's use: "the most common acute leukaemia in adults", "a rare type of lymphoma".
 */
const DISEASE_DESCRIPTION =
  /\b(?:most common|most frequent|rarest|(?:a|one) (?:rare |common )?(?:type|form|kind|subtype) of|incidence|prevalence|accounts? for|is diagnosed|are diagnosed)\b|(?<![\p{L}])(?:más frecuente|la plus fréquente|mais comum|häufigste)(?![\p{L}])|最も多い|最常见/iu;

// Faster supersets of the patterns every sentence meets (see quick-reject.ts): when one finds
// nothing, the pattern itself is not run.
const CUE_LOOSE = looseUnion([CUE]);
const NEGATED_LOOSE = looseUnion([NEGATED]);
const NOT_FOR_LOCAL_LOOSE = looseUnion([NOT_FOR_LOCAL]);
const ANY_APPROVAL_LOOSE = looseUnion([ANY_APPROVAL]);
const DISEASE_DESCRIPTION_LOOSE = looseUnion([DISEASE_DESCRIPTION]);

function isCued(text: string, extension: RegExp): boolean {
  if (CUE_LOOSE.test(text) && CUE.test(text)) return true;
  // A label extended to a use ("expanded the label to follicular lymphoma"): the packs' words.
  if (!EXTENSION_GATE.test(text)) return false;
  for (const m of text.matchAll(extension)) if (widensLabel(text, m.index)) return true;
  return false;
}

/**
 * The sentence's diseases, without those in a later clause (after "but", "…が、", "…てから、") that
 * names no product and no use of its own: "キムリアが承認されてから、リンパ腫や骨髄腫へと広がってきました"
 * (since Kymriah's approval, the class has spread to lymphoma and myeloma) names no use of Kymriah.
 */
function ownClauseConditions(s: SentenceContext): LocatedHit[] {
  const all = hitsOf(s, 'condition');
  if (all.length === 0) return all;
  const text = s.text;
  const products = hitsOf(s, 'product');
  return all.filter((c) => {
    // "“미국에서 올해 승인된 다발골수종 신약”으로 소개된 anito-cel": a disease in words the sentence quotes
    // as another's is no use it states.
    if (namedInQuotes(text, c.at)) return false;
    const from = contrastStart(text, c.at);
    if (from === 0) return true;
    const to = contrastAfter(text, c.at);
    return (
      products.some((p) => p.at >= from && p.at < to) ||
      isCued(text.slice(from, to), s.dataset.extensionWords)
    );
  });
}

/** The one regulator a sentence names, if it names exactly one. */
function soleRegulator(s: SentenceContext): Regulator | undefined {
  const named = distinct(hitsOf(s, 'regulator').map((h) => h.id as Regulator));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "Yescarta – alvo CD19. Linfoma difuso de grandes células B em recidiva…", "ブレヤンジ：2021年3月に承認。
 * 大細胞型B細胞リンパ腫と濾胞性リンパ腫。": in a product's list entry, a sentence that opens with a
 * disease names the entry's use. Only where the entry or its heading names exactly one product:
 * a list of diseases elsewhere on a product's page says nothing about that product.
 */
function isEntryUse(s: SentenceContext, first: { at: number }): boolean {
  if (s.blockKind !== 'list-item') return false;
  if (!/^[\s\p{P}]*$/u.test(s.text.slice(0, first.at))) return false;
  const inHeading = distinct((s.headingHits?.[0] ?? []).filter((h) => h.kind === 'product').map((h) => h.id));
  return s.blockProducts?.length === 1 || (s.blockProducts?.length === 0 && inHeading.length === 1);
}

/**
 * "Tecartus: linfoma de células do manto após dois ou mais tratamentos, … e também leucemia
 * linfoblástica aguda": a product's name and a colon, then diseases, is that product's entry of uses.
 */
function keyedByProduct(s: SentenceContext, first: { at: number }): boolean {
  const products = hitsOf(s, 'product').filter((p) => p.to <= first.at);
  if (distinct(products.map((p) => p.id)).length !== 1) return false;
  const name = products[0]!;
  return (
    /^[\s\p{P}]*$/u.test(s.text.slice(0, name.at)) &&
    /^\s*(?:[(（][^()（）]{0,40}[)）])?\s*[:：]\s*$/u.test(
      s.text.slice(products[products.length - 1]!.to, first.at),
    )
  );
}

/**
 * "Amtagvi | нет (TIL) | FDA, 16.02.2024 | Меланома после анти-PD-1": a notes cell that opens with a
 * disease, in a row that dates or states the product's approval, names its use. Not a column of
 * trials or studies, whose diseases are who was studied.
 */
function noteOfApprovedRow(s: SentenceContext, first: { at: number }): boolean {
  if (s.role !== 'other' || !s.rowCells || (s.header !== undefined && STUDIED.test(s.header))) return false;
  if (!/^[\s\p{P}]*$/u.test(s.text.slice(0, first.at))) return false;
  const others = s.rowCells.filter((c) => c.text !== s.text);
  return (
    hitsOf(s, 'product').length === 0 &&
    others.some((c) => c.hits.some((h) => h.kind === 'product')) &&
    others.some((c) => findDate(c.text) !== undefined || ANY_APPROVAL.test(c.text))
  );
}

/**
 * Words that put a use in the past ("until now it was only authorised after three lines"): history,
 * not a label presented as today's. Russian "до сих пор" is history only with a past verb ("до сих
 * пор был разрешён"); with the present it means "still" ("до сих пор разрешена только после …"). What
 * the first approval covered ("Первое одобрение FDA касалось …", "its first approval was for …") is history too.
 */
const HISTORY =
  /\b(?:until (?:now|recently|then)|previously|formerly|originally|at first|initially|used to)\b|(?<![\p{L}])(?:jusqu['’](?:ici|alors|à présent)|auparavant|initialement|bisher|zuvor|ursprünglich|zunächst|hasta ahora|anteriormente|inicialmente|até agora|до сих пор(?=\s+(?:\p{L}+\s+){0,2}?был)|ранее|изначально|первоначально|перв(?:ое|ая|ый)\s+(?:\p{L}+\s+)?(?:одобрени|регистраци|разрешени)\p{L}*|(?:primera|primeira)\s+(?:aprobación|autorización|aprovação|autorização)|première\s+(?:autorisation|approbation|AMM)|erste\s+Zulassung)(?![\p{L}])|\b(?:the|its|their)\s+first\s+(?:[\w-]+\s+)?(?:approval|label|authori[sz]ation)\b|これまで|以前は|当初|此前|最初|기존에는|처음에는/iu;
const HISTORY_LOOSE = looseUnion([HISTORY]);
/** A column of first uses ("Indicación inicial", "Initial indication", "首次获批适应症", "Indication lors de l'autorisation"): history too. */
const HISTORY_HEADER =
  /\b(?:initial|original|first)\b|(?<![\p{L}])(?:inicial|original|primera|primeira|première|erste|ursprünglich\p{L}*|initiale|первоначальн\p{L}*|перв(?:ая|ое|ый|ом|ого|ой|ые|ых))(?![\p{L}])|(?<![\p{L}])(?:lors de l['’ ]?autorisation|at (?:the time of )?(?:approval|authori[sz]ation)|bei (?:der )?Zulassung|no momento da aprovação|en el momento de la aprobación)(?![\p{L}])|首次|首个|首個|最初|初回|当初|최초|처음|承認時|获批时|獲批時/iu;

export const indicationRule: ClaimRule<'indication'> = {
  id: 'indication',
  kind: 'indication',
  description: 'Indication statements: disease, line of therapy, age limits, relapsed/refractory.',
  // Reads a named condition, line or age; with none named, only an approval word can start it.
  gate: APPROVED_USE,
  detect(s: SentenceContext): RawClaim<'indication'>[] {
    const out = readIndications(s);
    // A dated sentence ("was approved in March 2021 for … four or more lines") tells history, as
    // does a column of first uses ("Indicación inicial"); an undated one presents the use as today's
    // label, even in a row whose other cell dates the first approval.
    // The date is its own part's: "l'Europe l'autorise depuis mars 2024 … ; aux États-Unis, il reste
    // réservé aux patients ayant reçu au moins quatre lignes" presents the US use as today's.
    if (out.length === 0) return out;
    const history =
      (HISTORY_LOOSE.test(s.text) && HISTORY.test(s.text)) ||
      (s.header !== undefined && HISTORY_HEADER.test(s.header));
    const parts = history ? [] : itemsBetween(s.text, SEMICOLONS);
    for (const c of out) {
      const part = parts.find((p) => c.start >= p.start && c.start < p.end);
      if (!history && presentedAsNow(s.text, c.start)) continue;
      if (history || (part ? findDate(s.text.slice(part.start, part.end)) : findDate(s.text)))
        c.details.dated = true;
    }
    return out;
  },
};

/**
 * "…2022年1月に承認された…で、現在の効能は「…3つ以上の前治療歴…」です": a use the sentence says is today's,
 * whatever date the sentence gives its approval, is presented as the current label.
 */
const NOW =
  /(?<![\p{L}])(?:now|currently|current|today|actuellement|aujourd['’]hui|derzeit|heute|aktuell\p{L}*|actualmente|atualmente|hoy|hoje|сейчас|в настоящее время|текущ\p{L}*)(?![\p{L}])|現在|目前|现在|現時|현재/iu;
function presentedAsNow(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const m = NOW.exec(before);
  if (!m) return false;
  const between = before.slice(m.index);
  return !/[.;。；]\s/u.test(between) && findDate(between) === undefined;
}

/**
 * A payer's decision the sentence asserts ("…リンパ腫に保険適用されています"): it tells the use it pays for.
 * Not one denied or refused ("Le remboursement … a été refusé", "nicht erstattungsfähig"): that tells no use.
 */
function paysFor(text: string, step: { start: number; end: number }): boolean {
  return (
    !isNegated(text, step.start) &&
    !REFUSAL.test(text) &&
    !/(?<![\p{L}])(?:nicht|kein\p{L}*|no|não|non|не)(?![\p{L}])|されていない|されていません|적용되지|않/iu.test(
      text.slice(Math.max(0, step.start - 25), step.end + 25),
    )
  );
}

function readIndications(s: SentenceContext): RawClaim<'indication'>[] {
  {
    const text = s.text;
    const inColumn = s.role === 'indication';
    const conditions = ownClauseConditions(s);
    if (
      conditions.length === 0 &&
      !inColumn &&
      s.header === undefined &&
      !isCued(text, s.dataset.extensionWords) &&
      !linesOfUse(text)
    )
      return [];
    const found =
      conditions.length > 0
        ? (NOT_FOR.exec(text) ?? (NOT_FOR_LOCAL_LOOSE.test(text) ? NOT_FOR_LOCAL.exec(text) : null))
        : null;
    // "nicht für alle Patienten mit DLBCL zugelassen", "nicht für Patienten mit ZNS-Befall": a part of
    // the patients is denied, not the disease.
    const excluded = found && !PART_DENIED.test(text.slice(found.index)) ? found : null;
    const deniedAfter = !excluded && conditions.length > 0 ? NOT_FOR_AFTER.exec(text) : null;
    // "중국에서 … 위암 치료제로 허가된 사트리캅타젠 오토류셀은 국내에서 허가되지 않은": a disease with an approval
    // word of its own before the denial is that approval's use (the modifier of the product); the
    // denial is the product's, which the approval rule reads.
    const excludedAfter =
      deniedAfter && !approvedBetween(s, conditions, deniedAfter.index) ? deniedAfter : null;
    if (excluded || excludedAfter) {
      // A limitation the sentence says was removed ("「原発性中枢神経系リンパ腫には適応がない」とする使用
      // 制限が削除されました", "the limitation … was removed") is no denial: the label now allows it.
      // Or, in languages that put the verb first, before it: "由FDA刪除其…「不適用於原發性中樞神經系統淋巴瘤」的使用限制".
      const limitAt = (excluded ?? excludedAfter)!.index;
      if (
        LIMITATION_REMOVED.test(text.slice(limitAt)) ||
        LIMITATION_REMOVED.test(text.slice(Math.max(0, limitAt - 80), limitAt))
      )
        return [];
      // "not indicated for the treatment of patients with primary CNS lymphoma" (a limitation of use);
      // Japanese and Korean name the disease first ("…には適応がない").
      const c = excluded
        ? conditions.find((h) => h.at >= excluded.index)
        : conditions.filter((h) => h.to <= excludedAfter!.index).pop();
      // A disease describing the product the denial is about ("…변연부림프종까지 적응증을 넓힌 브레얀지는 아직
      // 국내에 허가되지 않았다") is that product's use elsewhere, not the use denied: the approval rule reads the denial.
      if (!c || (excludedAfter && modifiedByUse(s, c))) return [];
      const at = excluded ? excluded.index : c.at;
      const to = excluded ? c.to : excludedAfter!.index + excludedAfter![0].length;
      return [
        {
          start: at,
          end: to,
          scope: 'section',
          requiresProduct: true,
          distributive: true,
          // "日本では…適応がありません": a denial where the sentence names a regulator or its place is that regulator's.
          details: {
            conditionId: c.id,
            approved: false,
            // Past a contrast, the denial's own clause names it ("…日本で承認されたが、アメリカでは承認されていない").
            regulator:
              columnRegulator(s) ??
              ownClauseRegulator(s, (excluded ?? excludedAfter)!.index) ??
              // The place of the denial's own phrase, after the last comma before it ("…허가된 …
              // 문의도 늘고 있으나, 국내에서는 사용할 수 없습니다": Korea's, not China's).
              localPlaceRegulator(phraseBefore(s, (excluded ?? excludedAfter)!.index)) ??
              soleRegulator(s) ??
              placeRegulator(text) ??
              null,
            // "not approved for second-line treatment of LBCL", "… in children": the line and the
            // patients the denial is about.
            minPriorLines: findPriorLines(text)?.value ?? null,
            ...populationFields(findPopulation(text)),
          },
        },
      ];
    }
    // "Tecelra is not approved for children", "Il n'est pas autorisé en première ligne": a denial
    // naming patients or a line but no disease is about every use of the product.
    if (conditions.length === 0 && !inColumn) {
      const denied = deniedParts(s);
      if (denied) return [denied];
    }
    if (NEGATED_LOOSE.test(text)) {
      // A cell of a uses column that opens by placing the use in trials ("in Studien: Melanom") or
      // denying it lists no approved use; elsewhere in a cell such words may be another cell's.
      const negated = NEGATED.exec(text);
      if (negated && (!inColumn || negated.index < 3)) return [];
    }
    // "… ist weder in der EU noch in den USA zugelassen", "未获批", "承認されていない": a denied approval is no use.
    // Unless the denial names the patients or line it excludes in one disease: "Ni Tecartus ni
    // Breyanzi están autorizados en primera línea del LCM" denies that disease's first line.
    const approvalWord = inColumn || !ANY_APPROVAL_LOOSE.test(text) ? null : ANY_APPROVAL.exec(text);
    if (approvalWord && isNegated(text, approvalWord.index)) {
      const denied = conditions.length === 1 ? deniedParts(s) : undefined;
      return denied ? [{ ...denied, details: { ...denied.details, conditionId: conditions[0]!.id } }] : [];
    }
    if (
      !inColumn &&
      DISEASE_DESCRIPTION_LOOSE.test(text) &&
      DISEASE_DESCRIPTION.test(text) &&
      !APPROVED_USE.test(text)
    )
      return [];
    // A row whose status cell denies approval or places the product in trials ("Утжефра | не одобрен,
    // только исследования | взрослые с рецидивом …") lists who is studied, not an approved use.
    // Not a row that dates or states an approval elsewhere ("… | 24.07.2020 | … | не зарегистрирован в РФ"):
    // its denial is one regulator's.
    if (inColumn && s.rowCells && rowDenied(s.rowCells.filter((c) => c.text !== text))) return [];
    // An IND, a designation or a filing "for" a disease is a regulatory step, not an approved use. Not a
    // payer's decision to pay for it ("…リンパ腫に保険適用されています", "納入健保"): that pays for an approved use.
    const step = inColumn ? undefined : assertedDecision(text, undefined, s.dataset.stepWords);
    // A payer's refusal tells no use either ("Le remboursement … a été refusé").
    const pays = step?.kind === 'reimbursement' && paysFor(text, step);
    if (step && !pays) return [];
    // A trial's population ("the trial will compare … in patients with r/r myeloma") is not a use.
    if (!inColumn && TRIAL_DESCRIPTION.test(text) && !APPROVED_USE.test(text)) return [];
    if (conditions.length === 0) return withoutCondition(s);
    const cued =
      inColumn ||
      pays ||
      isCued(text, s.dataset.extensionWords) ||
      isEntryUse(s, conditions[0]!) ||
      keyedByProduct(s, conditions[0]!) ||
      noteOfApprovedRow(s, conditions[0]!) ||
      conditions.some((c) => FOR_BEFORE.test(text.slice(Math.max(0, c.at - 50), c.at))) ||
      conditions.some((c) => topicOf(s, c) !== undefined) ||
      // "多発性骨髄腫のアベクマとカービクティ", "다발골수종용 아베크마": the disease written as the products' use.
      conditions.some((c) => modifiedByUse(s, c) !== undefined);
    if (!cued) return [];
    // The one regulator the sentence names ("FDA-approved for …") is the indication's, as for the approval.
    const named = distinct(hitsOf(s, 'regulator').map((h) => h.id as Regulator));
    const headerRegulator = columnRegulator(s);
    // A row under a regulator's column ("EU-Zulassung | Anwendungsgebiete") lists that regulator's uses.
    const regulator =
      headerRegulator ??
      (named.length === 1 ? named[0] : undefined) ??
      placeRegulator(text) ??
      rowRegulator(s.rowCells, s.text, s.dataset.placeWords, 'headers') ??
      null;
    // "The FDA approved satri-cel for stomach cancer", "foi aprovado pela FDA para …": the sentence's
    // approval claim checks the regulator; this claim checks the use, so one wrong regulator is not accused twice.
    const regulatorOwnedByApproval =
      !headerRegulator && regulator !== null && (APPROVED_USE.test(text) || ANY_APPROVAL.test(text));
    const out: RawClaim<'indication'>[] = [];
    const seen = new Set<string>();
    for (const segment of segments(text)) {
      const inSegment = narrowest(
        s,
        conditions.filter((h) => h.at >= segment.start && h.to <= segment.end),
      );
      // Ages and lines written next to a condition belong to it ("LBCL (2nd line+), follicular
      // lymphoma"); words before the first condition ("adults with …") belong to all of them.
      const lead = text.slice(segment.start, inSegment[0]?.at ?? segment.start);
      // What stands between the lead's last "for" / "with" and the first disease qualifies that
      // disease alone: "approved for second-line LBCL (June 2022), CLL (March 2024) …".
      const shared = lead.slice(0, lastIntroducerEnd(lead));
      inSegment.forEach((c, k) => {
        const excluded = excludedSubtype(s.dataset, c.id, text.slice(Math.max(0, c.at - 40), c.at));
        // "bladder cancer … muscle-invasive bladder cancer": a qualified mention is another disease.
        const key = excluded ? `${c.id}\u0000${excluded.excludes}` : c.id;
        if (seen.has(key)) return;
        seen.add(key);
        const next = inSegment[k + 1];
        const prev = inSegment[k - 1];
        // Words between two diseases: what follows the last "," / "and" / "or" introduces the next
        // one ("children with ALL and for adults with lymphoma"), the rest qualifies the one before
        // ("LBCL (2nd line+), follicular lymphoma").
        const from = k === 0 ? segment.start : prev ? introStart(text, prev.to, c.at) : c.at;
        const to = next ? introStart(text, c.to, next.at) : segment.end;
        const own = text.slice(from, to);
        const population = findPopulation(own) ?? findPopulation(k === 0 ? lead : shared);
        const ownLines = findPriorLines(own);
        const linesText = ownLines ? own : k === 0 ? lead : shared;
        const lines = ownLines ?? findPriorLines(linesText);
        const modified = modifiedByUse(s, c);
        const topic = modified ? undefined : topicOf(s, c);
        out.push({
          start: c.at,
          end: c.to,
          // "メラノーマを対象とするTIL製品アムタグビ": the use belongs to the product the clause modifies.
          // "для миеломы — Абекма и Карвикти": to the products the disease, as the topic, introduces
          // (read back from the last of them).
          // "다발골수종용 아베크마와 카빅티": the modifier names the list that starts at its product.
          ...(modified
            ? { scope: 'row' as const, anchor: modified.at, listsFrom: true }
            : topic !== undefined
              ? { scope: 'row' as const, anchor: topic }
              : { scope: 'page' as const }),
          requiresProduct: true,
          distributive: true,
          details: {
            conditionId: c.id,
            excludesConditionId: excluded?.excludes ?? null,
            conditionQualifier: excluded?.qualifier ?? null,
            regulator,
            regulatorOwnedByApproval: regulatorOwnedByApproval || null,
            ...populationFields(population),
            minPriorLines: lines?.value ?? null,
            linesMinimum: (lines !== undefined && linesAreMinimum(linesText, lines)) || null,
            relapsedRefractory: findRelapsedRefractory(own) || findRelapsedRefractory(lead),
          },
        });
      });
    }
    return [...out, ...extendedParts(s, out, regulator, regulatorOwnedByApproval)];
  }
}

/**
 * A disease named as the topic the products after it answer: "для миеломы — Абекма и Карвикти", "pour
 * le myélome : Abecma, Carvykti", "骨髄腫にはアベクマやカービクティ", "원발성 종격동 B세포 림프종: 예스카타주, 림카토주",
 * "Beim Myelom gibt es Abecma und Carvykti". The disease is introduced as a topic (a preposition
 * before it, a topic particle or a dash or colon after it), and the products come right after, a few
 * words at most between (a verb of use or of existence), before any other disease or clause.
 */
const TOPIC_BEFORE =
  /(?:^|\s)(?:для|при|pour|for|para|für|bei|beim|dans|in|en|na|em|im)\s+(?:(?:le|la|les|l['’]|the|el|los|las|o|a|os|as|den|dem|der|die|das|лечения)\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;
const TOPIC_AFTER =
  /^\s*[)）]?\s*(?:に(?:対して|対し)?(?:は|も)|では|には|에(?:는|서는|도)|에 대해서?는|方面|[—–:：]|\s-\s)/u;
const TOPIC_GAP =
  /^\s*[)）]?\s*(?:に(?:対して|対し)?(?:は|も)|では|には|에(?:는|서는|도)|에 대해서?는|方面|[—–:：,，]|\s-\s)?\s*(?:(?:применяют|используют|есть|gibt es|stehen|kommen|il y a|on utilise|on dispose de|hay|se usan?|existen|há|usa-se|existem|there are|we use|are used|sont utilisés)\s+)?(?:(?:le|la|les|l['’]|the|el|los|las|o|a|os|as|den|die|das)\s*)?$/iu;
/** An article at the end of a gap, before the product ("— los", ", la"). */
const ARTICLE_END = /(?:le|la|les|l['’]|the|el|los|las|o|a|os|as|den|die|das)\s*$/iu;
/** What a topic marked by its preposition alone (then a comma) needs in the sentence: a word of use or approval. */
const TOPIC_USE =
  /(?<![\p{L}])(?:approv\p{L}*|indicated|used|treat\p{L}*|autoris\p{L}*|approuv\p{L}*|utilis\p{L}*|indiqu\p{L}*|aprob\p{L}*|autoriz\p{L}*|aprov\p{L}*|indicad\p{L}*|usad\p{L}*|utilizad\p{L}*|zugelassen|eingesetzt|angewendet|одобр\p{L}*|применя\p{L}*|показан\p{L}*)(?![\p{L}])/iu;
const TOPIC_CONJUNCTION = /(?<![\p{L}])(?:and|y|e|et|und|и|or|o|ou|oder|или)(?![\p{L}])/iu;
function topicOf(s: SentenceContext, c: { at: number; to: number }): number | undefined {
  const text = s.text;
  const before = text.slice(Math.max(0, c.at - 40), c.at);
  const products = hitsOf(s, 'product').filter((h) => h.at >= c.to);
  const first = products[0];
  if (!first || first.at - c.to > 40) return undefined;
  const gap = text.slice(c.to, first.at);
  // "…, y Tecelra", ", e o Abecma": a coordinated product is the next item of a list, not the topic's answer.
  if (!TOPIC_GAP.test(gap) || TOPIC_CONJUNCTION.test(gap)) return undefined;
  const clauseFrom = Math.max(
    0,
    ...[',', ';', ':', '，', '；', '、', '—', '–', '：'].map((m) => text.lastIndexOf(m, c.at - 1) + 1),
  );
  // A preposition opens the clause as a topic, a place at most before it ("В США для лечения миеломы
  // применяют …"); deeper in a clause ("hecha con linfocitos que se infiltran en el melanoma") it is
  // that clause's own words.
  const lead = TOPIC_BEFORE.exec(before);
  // A preposition and a bare comma ("En el linfoma, Abecma no ha sido estudiado") make a topic only in a
  // sentence about a use or an approval.
  const marked = /[—–:：]|\s-\s|\p{L}{2}\s/u.test(gap.replace(ARTICLE_END, '')) || TOPIC_USE.test(text);
  const opens =
    marked &&
    lead !== null &&
    text
      .slice(clauseFrom, c.at - before.length + lead.index)
      .trim()
      .split(/\s+/u)
      .filter(Boolean).length <= 2;
  if (!opens && !TOPIC_AFTER.test(gap)) return undefined;
  if (hitsOf(s, 'condition').some((h) => h.at > c.to && h.at < first.at)) return undefined;
  // A product earlier in the disease's clause is its subject ("Kymriah and Yescarta for follicular
  // lymphoma, Breyanzi for CLL"): the disease is that product's use, not a topic for the next.
  if (hitsOf(s, 'product').some((h) => h.at >= clauseFrom && h.at < c.at)) return undefined;
  // The list the topic introduces: products joined by "and", commas or brackets ("идекабтаген
  // виклейцел (Абекма) и цилтакабтаген аутолейцел (Карвикти)").
  let last = first;
  for (const h of products.slice(1)) {
    if (!listGap(text, last.to, h.at)) break;
    last = h;
  }
  return last.to;
}

/**
 * Whether every disease before `at` is the use of an approval told in a modifier of a product named
 * after it and before `at`: disease, approval word, product, then the denial ("위암 치료제로 허가된
 * 사트리캅타젠 오토류셀은 국내에서 허가되지 않은"). Not "ALLには、米国でテカルタスが承認されていますが、…小児には
 * 使えません", where the approval follows the products and the denial is of the use.
 */
function approvedBetween(s: SentenceContext, conditions: readonly { to: number }[], at: number): boolean {
  const text = s.text;
  const before = conditions.filter((c) => c.to <= at);
  if (before.length === 0) return false;
  const products = hitsOf(s, 'product');
  return before.every((c) => {
    const between = text.slice(c.to, at);
    const m = [ANY_APPROVAL.exec(between), MODIFIER_USE.exec(between)]
      .filter((x): x is RegExpExecArray => x !== null)
      .sort((a, b) => a.index - b.index)[0];
    if (m === undefined || isNegated(text, c.to + m.index)) return false;
    const word = c.to + m.index;
    return products.some((p) => p.at > word && p.to <= at);
  });
}
/** A use told in a modifier of the product after it: "…に用いるテカルタス", "…에 쓰이는 킴리아", "用于…的". */
const MODIFIER_USE =
  /に(?:用いる|用いられる|使われる|使用される|使う)|에\s?(?:쓰이는|사용되는|쓰는)|用于|用於/u;

/**
 * The words from the last comma, semicolon or product name before `at` up to it: "중국에서 … 허가된 사트리캅타젠
 * 오토류셀은 국내에서 허가되지 않은" leaves "은 국내에서", the denial's own place.
 */
function phraseBefore(s: SentenceContext, at: number): string {
  const text = s.text;
  const named = hitsOf(s, 'product')
    .filter((h) => h.to <= at)
    .map((h) => h.to);
  const from = Math.max(
    ...named,
    ...[',', ';', '，', '；', '、'].map((m) => text.lastIndexOf(m, at - 1) + 1),
  );
  return text.slice(from, at);
}

/** Where a clause starts or ends: a comma, semicolon or enumeration comma of any script. */
const CLAUSE_MARK = /[,;，；、]/gu;

/**
 * "…approved for myeloma after four or more prior lines; that label was broadened in April 2024 to
 * patients after two prior lines", "…2024年4月5日，其適應症擴展至既往接受過至少一線治療…的患者": a clause that
 * widens the label and names the new lines or patients but no disease widens the use the sentence
 * named, a claim of its own beside it. Only where the sentence names one disease (two would leave the
 * widened one unknown).
 */
function extendedParts(
  s: SentenceContext,
  read: readonly RawClaim<'indication'>[],
  regulator: Regulator | null,
  ownedByApproval: boolean,
): RawClaim<'indication'>[] {
  const ids = distinct(read.map((c) => c.details.conditionId).filter((c): c is string => Boolean(c)));
  if (ids.length !== 1 || !EXTENSION_GATE.test(s.text)) return [];
  const text = s.text;
  const out: RawClaim<'indication'>[] = [];
  // matchAll reads a copy of the index's shared pattern: its lastIndex stays as the other readers left it.
  for (const m of text.matchAll(s.dataset.extensionWords)) {
    const at = m.index;
    let from = 0;
    CLAUSE_MARK.lastIndex = 0;
    for (let c = CLAUSE_MARK.exec(text); c && c.index < at; c = CLAUSE_MARK.exec(text)) from = c.index + 1;
    CLAUSE_MARK.lastIndex = at + m[0].length;
    const next = CLAUSE_MARK.exec(text);
    // Words in brackets may hold commas ("（包括蛋白酶體抑制劑及免疫調節劑）"): the clause runs past them.
    const to = next ? closingAfter(text, next.index) : text.length;
    if (hitsOf(s, 'condition').some((h) => h.at >= from && h.at < to)) continue;
    if (read.some((c) => c.start >= from && c.start < to)) continue;
    // Only the disease's own product clause widens ("キムリアは…濾胞性リンパ腫が追加され、アベクマは…へ対象が
    // 広がりました": Abecma's widening is not of follicular lymphoma).
    const clause = productClauses(s).find((p) => p.start <= at && at < p.end);
    if (!clause || !read.some((c) => c.start >= clause.start && c.start < clause.end)) continue;
    const part = text.slice(from, to);
    const lines = findPriorLines(part);
    const population = findPopulation(part);
    if (!lines && !population) continue;
    const spans = [lines, population].filter((x): x is { start: number; end: number } => x !== undefined);
    out.push({
      start: from + Math.min(...spans.map((x) => x.start)),
      end: from + Math.max(...spans.map((x) => x.end)),
      scope: 'page',
      requiresProduct: true,
      distributive: true,
      details: {
        conditionId: ids[0]!,
        regulator,
        regulatorOwnedByApproval: ownedByApproval || null,
        ...populationFields(population),
        minPriorLines: lines?.value ?? null,
        linesMinimum: (lines !== undefined && linesAreMinimum(part, lines)) || null,
        relapsedRefractory: findRelapsedRefractory(part),
      },
    });
  }
  return out;
}

/** The end of the clause mark at `at`, or past the bracket it sits in. */
function closingAfter(text: string, at: number): number {
  const open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
  const close = Math.max(text.lastIndexOf(')', at), text.lastIndexOf('）', at));
  if (open <= close) return at;
  const after = text.slice(at).search(/[)）]/u);
  if (after < 0) return text.length;
  CLAUSE_MARK.lastIndex = at + after;
  const next = CLAUSE_MARK.exec(text);
  return next ? next.index : text.length;
}

/** A denied use that names its patients or line but no disease: "not approved for children or teenagers under 18". */
function deniedParts(s: SentenceContext): RawClaim<'indication'> | undefined {
  const text = s.text;
  const not =
    NOT_FOR.exec(text) ??
    (NOT_FOR_LOCAL_LOOSE.test(text) ? NOT_FOR_LOCAL.exec(text) : null) ??
    NOT_FOR_AFTER.exec(text);
  const word = not || !ANY_APPROVAL_LOOSE.test(text) ? null : ANY_APPROVAL.exec(text);
  if (!not && !(word && isNegated(text, word.index))) return undefined;
  const at = not ?? word!;
  // The denial's own clause: "미국에서는 … 2차 치료에 쓰이지만 국내에서는 아직 허가되지 않았습니다"
  // denies no line; the second-line use is the clause before the contrast.
  // Nor is a use told of another product before it: "예스카타주만 2차 치료에 쓰이고, 킴리아주는 2차 치료에
  // 허가되지 않았습니다" denies Kymriah's second line, from its own clause on.
  const own = productClauses(s).find((c) => c.start <= at.index && at.index < c.end);
  // Nor before a semicolon: "… gibt es in der EU Tecartus und Aucatzyl; in der Schweiz konnten wir für beide
  // keine Zulassung finden" denies Switzerland's.
  const from = Math.max(clauseStartBefore(text, at.index), own?.start ?? 0);
  // Up to a semicolon: "not licensed for second-line use; in Europe it is given after two or more
  // lines" denies the second line, not the two.
  const stop = text.slice(at.index).search(/[;；]/u);
  const clause = text.slice(from, stop < 0 ? text.length : at.index + stop);
  const shift = <T extends { start: number; end: number }>(x: T | undefined): T | undefined =>
    x && { ...x, start: x.start + from, end: x.end + from };
  const lines = shift(findPriorLines(clause));
  const population = shift(findPopulation(clause));
  if (!lines && !population) return undefined;
  const spans = [lines, population].filter((x): x is { start: number; end: number } => x !== undefined);
  return {
    start: Math.min(at.index, ...spans.map((x) => x.start)),
    end: Math.max(at.index + at[0].length, ...spans.map((x) => x.end)),
    scope: 'section',
    requiresProduct: true,
    distributive: true,
    details: {
      approved: false,
      regulator:
        columnRegulator(s) ?? soleRegulator(s) ?? placeRegulator(clause) ?? placeRegulator(text) ?? null,
      minPriorLines: lines?.value ?? null,
      ...populationFields(population),
    },
  };
}

/** Words that tell patients as a use ("approved only for adults"), in the languages the engine reads. */
const USE_WORD =
  /\b(?:approv\w*|indicated|only|for)\b|(?<![\p{L}])(?:indicad[oa]s?|aprobad[oa]s?|aprovad[oa]s?|autorizad[oa]s?|solo|sólo|apenas|somente|para|zugelassen|indiziert|nur|für|indiqué(?:e|s|es)?|autorisé(?:e|s|es)?|approuvé(?:e|s|es)?|réservé(?:e|s|es)?|seulement|pour|показан\p{L}*|одобрен\p{L}*|только|для)(?![\p{L}])|対象|適応|承認|대상|적응증|허가|승인|用于|用於|适用|適用|仅限|僅限|获批|獲批|批准|核准/iu;

/** "approved only for adults 18 and older", "2 or more" under "Prior lines required (US)". */
function withoutCondition(s: SentenceContext): RawClaim<'indication'>[] {
  const text = s.text;
  if (LINES_HEADER.test(s.header ?? '')) {
    const m = BARE_LINES.exec(text);
    const v = m ? numberFrom(m[1] ?? '') : undefined;
    if (!m || v === undefined) return [];
    const details: Details = {
      regulator: columnRegulator(s) ?? null,
      minPriorLines: v,
    };
    return [
      {
        start: m.index,
        end: m.index + m[0].length,
        scope: 'section',
        requiresProduct: true,
        distributive: true,
        details,
      },
    ];
  }
  // A count of prior lines is said only of a use ("после трёх и более линий"): a cue of its own.
  if (s.role !== 'indication' && !isCued(text, s.dataset.extensionWords) && !findPriorLines(text)) return [];
  const out: RawClaim<'indication'>[] = [];
  // A cell of a column about uses ("Idade autorizada", "Who it is for") says so by its header.
  // In every language the engine reads: "対象は26歳以上の成人です", "solo en adultos a partir de 26 años",
  // "nur für Erwachsene ab 26 Jahren", "réservé aux adultes", "только для взрослых", "仅限成人".
  const says = s.role === 'indication' || USE_WORD.test(text);
  // "approved in 2021 after four or more lines, and since 2024 after two": one claim per clause; and
  // one per product clause ("Carvykti puede indicarse desde la primera recaída …, y Abecma después de al
  // menos dos líneas"), each with its own lines.
  for (const part of byProductClause(s, clauseParts(text))) {
    const own = text.slice(part.start, part.end);
    const population = findPopulation(own);
    const lines = findPriorLines(own);
    const headerRegulator = columnRegulator(s);
    const regulator =
      headerRegulator ??
      placeRegulator(own) ??
      placeRegulator(text) ??
      rowRegulator(s.rowCells, s.text, s.dataset.placeWords, 'headers') ??
      null;
    const details: Details = {
      regulator,
      // "En Europa, Yescarta se aprobó para segunda línea": the approval claim checks the regulator.
      regulatorOwnedByApproval: (!headerRegulator && regulator !== null && ANY_APPROVAL.test(text)) || null,
    };
    let span: { start: number; end: number } | undefined;
    if (population && says) {
      Object.assign(details, populationFields(population));
      span = { start: part.start + population.start, end: part.start + population.end };
    }
    if (lines) {
      details.minPriorLines = lines.value;
      if (linesAreMinimum(own, lines)) details.linesMinimum = true;
      const at = { start: part.start + lines.start, end: part.start + lines.end };
      span = span ? { start: Math.min(span.start, at.start), end: Math.max(span.end, at.end) } : at;
    }
    if (span)
      out.push({
        start: span.start,
        end: span.end,
        scope: 'section',
        requiresProduct: true,
        distributive: true,
        details,
      });
  }
  return out;
}

const STRONG_JOINER = /^[,，、;；▲■●◆]|as well as|sowie|а также|以及|및|ならびに/iu;

/** Where the words introducing the disease at `to` start: after the last ",", "and", "or" between. */
function introStart(text: string, from: number, to: number): number {
  const between = text.slice(from, to);
  let cut = -1;
  // "and", "or", "as well as" in each language ("sowie bei Erwachsenen mit …", "y en adultos con …",
  // Korean "환자와 성인 …").
  const re =
    /[,，、;；▲■●◆]\s*|\s\/\s|\s(?:and|or|as well as|plus|y|e|o|ou|et|und|oder|sowie|и|или|а также)\s|(?:および|及び|ならびに|또는|및|以及|和|及)|(?:(?<=[\uac00-\ud7af])|^)(?:와|과)\s/giu;
  // A comma or "as well as" parts the two diseases' words before a bare "or" does: ", а также взрослым
  // пациентам с рефрактерной или рецидивирующей …" introduces the next disease from its comma on.
  let strong = -1;
  for (let m = re.exec(between); m; m = re.exec(between)) {
    cut = m.index + m[0].length;
    if (STRONG_JOINER.test(m[0])) strong = cut;
  }
  if (strong >= 0) cut = strong;
  return cut < 0 ? to : from + cut;
}

/** Clauses joined by ", and", "; but" …: each may state its own requirement. */
function clauseParts(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (
    let cut = lastClauseBreakAfter(text, start);
    cut !== undefined;
    cut = lastClauseBreakAfter(text, start)
  ) {
    out.push({ start, end: cut.at });
    start = cut.next;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Parts cut again where a new product's clause starts. */
function byProductClause(
  s: SentenceContext,
  parts: ReadonlyArray<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  const starts = productClauses(s)
    .map((c) => c.start)
    .filter((at) => at > 0);
  return parts.flatMap((p) => {
    const cuts = [p.start, ...starts.filter((at) => at > p.start && at < p.end), p.end];
    return cuts.slice(1).map((end, k) => ({ start: cuts[k]!, end }));
  });
}

/** A comma or semicolon before the conjunction: "18 and older" is one phrase. */
const BREAK = /[,;]\s*(?:and|but|while|whereas|whilst|y|e|et|und|и|pero|mas|mais|aber|но)\s+|;\s+/giu;

function lastClauseBreakAfter(text: string, from: number): { at: number; next: number } | undefined {
  BREAK.lastIndex = from;
  const m = BREAK.exec(text);
  return m && m.index > from ? { at: m.index, next: m.index + m[0].length } : undefined;
}

/**
 * "in Europe", "here in the US": the regulator of the place the sentence speaks of. Not the UK,
 * where medicines authorised by the EMA before 2021 are used without an MHRA approval of their own.
 */
const PLACE =
  /\bin\s+(?:the\s+)?(US|U\.S\.|USA|United States|America|EU|Europe|European Union|China|Japan|India)\b/i;

/** "approved in China": the place the approval word names outranks any other place in the sentence ("the price in the US"). */
const APPROVED_PLACE = new RegExp(
  String.raw`\b(?:approv\w*|authori[sz]ed|licensed|registered)\s+(?:\w+\s+){0,2}?` + PLACE.source.slice(2),
  'i',
);

/** The regulator the clause holding `at` names, when a contrast starts that clause and it names one. */
function ownClauseRegulator(s: SentenceContext, at: number): Regulator | undefined {
  const from = contrastStart(s.text, at);
  if (from === 0) return undefined;
  const named = distinct(
    hitsOf(s, 'regulator')
      .filter((h) => h.at >= from)
      .map((h) => h.id as Regulator),
  );
  if (named.length === 1) return named[0];
  return named.length === 0 ? (placeRegulator(s.text.slice(from)) ?? undefined) : undefined;
}

function placeRegulator(text: string): ReturnType<typeof regulatorIn> {
  const m = APPROVED_PLACE.exec(text) ?? PLACE.exec(text);
  if (!m) return localPlaceRegulator(text) ?? adjectiveRegulator(text);
  const place = (m[1] ?? '').toLowerCase();
  if (/^(?:us|u\.s\.|usa|united states|america)$/.test(place)) return 'FDA';
  if (/^(?:eu|europe|european union)$/.test(place)) return 'EMA';
  if (place === 'china') return 'NMPA';
  if (place === 'japan') return 'PMDA';
  return 'CDSCO';
}

// "grown to": a label's growth lists its new uses, each with its own line ("grown to second-line LBCL
// (June 2022), CLL …"); so does "include" ("other FDA indications include second-line LBCL (June 2022),
// mantle cell lymphoma (May 2024) and CLL": the second line is LBCL's alone). Korean and Japanese put the topic first ("킴리아주는 …", "キムリアは …"): what follows qualifies the diseases.
const INTRODUCER =
  /(?<![\p{L}])(?:for|with|para|con|für|bei|mit|pour|chez|avec|com|для|при|(?:grown|grew|expanded|extended|broadened|widened)\s+to|includ(?:e|es|ed|ing)|such as|incluyen?|incluem?|incluent|comprennent|umfassen|umfasst)\s+|(?<=[\uac00-\ud7af])(?:은|는)\s|(?<=[\u30a0-\u30ff\u4e00-\u9fff])[はが]|用于|适用于/giu;

/** Where the words after a lead's last "for" / "with" start (the whole lead when it has none). */
function lastIntroducerEnd(lead: string): number {
  let end = lead.length;
  INTRODUCER.lastIndex = 0;
  for (let m = INTRODUCER.exec(lead); m; m = INTRODUCER.exec(lead)) end = m.index + m[0].length;
  return end;
}

/**
 * Parts of a sentence that each state one indication: split at ";", " | " and a spaced middle dot or
 * bullet ("LBCG desde la segunda línea · manto tras inhibidor de BTK": each use with its own lines).
 */
function segments(text: string): Array<{ start: number; end: number }> {
  return itemsBetween(text, SEGMENT_BREAK);
}
const SEGMENT_BREAK = /;|\s[|·•]\s/g;

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
