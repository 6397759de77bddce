// Approval statements: "FDA-approved for …", "approved by the NMPA on June 30, 2023",
// "EMA approval in 2018", "approved in Japan", a heading "Kymriah — Approved", a table cell under
// "First FDA approval"; and the opposite: "not yet approved by the FDA", "still investigational".
import type { Regulator } from '../../dataset/schema';
import type { Hit } from '../../match/types';
import type { LocatedHit } from '../sentence-tools';
import { REGULATOR_PLACES } from '../../match/regulators';
import { excludedSubtype } from '../../match/complements';
import type { ClaimRule, FrameOf, RawClaim, RawFrame, SentenceContext } from '../types';
import {
  limitsToPopulation,
  findDate,
  findDates,
  findPopulation,
  populationFields,
  findPriorLines,
  linesAreMinimum,
  findRelapsedRefractory,
  type FoundDate,
  namesSameYear,
} from '../patterns';
import {
  bracketOwner,
  openBracketAt,
  hitsOf,
  isGeneralStatement,
  isHedged,
  isNegated,
  lastClauseBreak,
  listGap,
  nearestHit,
  productClauses,
  isRefused,
  fromSubject,
  NEGATIVE_SUBJECT,
  clauseStartBefore,
  contrastStart,
  contrastAfter,
  quotedApart,
  namedInQuotes,
  quotationAround,
  japaneseClauseStart,
  spanAround,
  CLAUSE_EDGE,
  REFUSAL,
  itemsBetween,
  SEMICOLONS,
  modifiesLaterProduct,
  afterUnknownProduct,
} from '../sentence-tools';
import { EXTENSION_GATE, widensLabel } from '../label-extension';
import { unknownProductsApart } from '../unknown-products';
import { UNDER_STUDY } from '../under-study';
import { hasProductAfter, hasSubject, SUCCESSION_GATE } from '../succession';
import {
  columnRegulator,
  firstLocalPlace,
  LOCAL_PLACES,
  mayNameLocalPlace,
  ministryCountry,
  placeZh,
  regulatorIn,
  rowRegulator,
} from '../regulator-words';
import {
  coordinatedStep,
  decisionGoverning,
  decisionIn,
  firstStepBreak,
  lastStepBreak,
  stepsIn,
  type StepWords,
} from '../decisions';
import { distinct, FRONTED } from '../attribution';
import { looseUnion } from '../quick-reject';

/** This rule's frame (approval.frame.ts), as it fills it. */
type Details = RawFrame<FrameOf<'approval'>>;

const APPROVAL =
  /\b(?:approved|approval|approves|approve|label(?:\s+for\s+\S+)?\s+(?:now\s+)?(?:covers|includes|extends to|moved to)|notice of compliance|NOC(?:\/c)?|authori[sz]ed|(?:marketing )?authori[sz]ation|licensed|green[- ]lit|green[- ]light(?:ed)?|cleared|okayed|OK['’]d|on the (?:Australian )?Register of Therapeutic Goods|(?:on|in) the ARTG|(?:conditional |marketing |full |product )?licence(?!\s+(?:agreement|deal|fee|option|rights|holder|partner))|(?:conditional|marketing) license|(?<=\b(?:holds?|held|has|have|had|granted|received)\s+(?:(?:a|an|the|its|their|US|EU|UK|FDA|full|marketing|conditional)\s+){0,2})licen[cs]es\b|(?<=\b(?:TGA|ANVISA|MFDS|Health Canada|Swissmedic|CDSCO|NMPA|Roszdravnadzor|regulator|Ministry of Health)\s+(?:has\s+|had\s+|then\s+|also\s+)?)registered|registered(?=\s+(?:for\s|by\s|with\s|in\s+(?:Australia|Brazil|Russia|Canada|Switzerland|(?:South\s+)?Korea|Japan|China|India|Singapore|the\s+(?:UK|EU|US)))\b)|aprobad[oa]s?|aprobaci[oó]n|autorizad[oa]s?|autorizaci[oó]n(?:es)?)\b|获批|批准/gi;
/**
 * Approval words in the other languages pages use (Spanish and Chinese are in APPROVAL): verbs and
 * nouns of marketing authorisation. Bounded by letters, not \b, which is ASCII-only.
 */
const LOCAL_APPROVAL = new RegExp(
  [
    // Whole verb paradigms, not a few participles: "aprobó", "se aprobaron", "autorizó", "aprovaram",
    // "genehmigte", "approbation", "registró" (the regulator registered the product). The present is
    // PRESENT_APPROVAL's.
    '(?<![\\p{L}])(?:aprob(?:ó|aron|ará|ara|aría|ar)|autoriz(?:ó|aron|ará|ara)|registr(?:ó|aron)|registros? sanitarios?|aprov(?:ou|aram|ara|ado|ada|ados|adas|ação|ações|acao)|autoriz(?:ou|aram|ara|ação|ações)|registrad[oa]s?|registou|zugelassen(?:e[nrs]?)?|Zulassung|genehmigt(?:e|en)?|autoris(?:é|ée|és|ées|ation|ait|a)|avis de conformité|AC-C|approuv(?:é|ée|és|ées|ait|a)|approbation|homologu(?:é|ée))(?![\\p{L}])',
    // German separable "ließ … zu": "Die FDA ließ das Virus am 27.10.2015 zu".
    '(?<![\\p{L}])(?:ließ|ließen|lässt)(?=(?:[^.;:!?]|(?<=\\d)\\.|\\.(?=\\d)){0,160}?\\szu(?![\\p{L}]))',
    // "obteve registro na Anvisa", "obtuvo el registro sanitario": the registration the regulator gave.
    // "A Anvisa concedeu em fevereiro de 2022 o primeiro registro", "tem registro na Anvisa", "cuenta con
    // registro": the registration as a thing held or given, a date or an adjective between.
    '(?<![\\p{L}])(?:obteve|obtém|recebeu|obtuvo|recibió|concedeu|concedió|otorgó|tem|têm|possui|possuem|tiene|tienen|cuenta\\s+con|cuentan\\s+con)\\s+(?:[\\p{L}\\d.,º]+\\s+){0,6}?(?:o\\s+|el\\s+|seu\\s+|su\\s+)?(?:\\p{L}+\\s+)?(?:registro|registo)(?![\\p{L}])',
    // "com registro na Anvisa", "con registro en COFEPRIS": a registration held, where it is held said.
    '(?<![\\p{L}])(?:com|con)\\s+(?:o\\s+|el\\s+)?(?:registro|registo)(?=\\s+(?:\\p{L}+\\s+)?(?:na|no|en|de\\s+la|del|da|do)\\s+\\p{Lu})',
    // Traditional Chinese and other Chinese wordings: "獲美國FDA核准", "獲得上市許可".
    // "国内已上市的同靶点产品": on the market, as only an approval puts it there.
    // A zh block is folded to simplified (lib/normalize/han-fold.ts): "獲准" reads "获准" there.
    '核准|獲批|獲准|获准|上市許可|上市许可|许可上市|許可上市|已(?:经|經)?上市',
    // "разрешён к применению" (permitted for use); not "разрешение", which also permits trials.
    // "в апреле 2024 г. его разрешили применять": permitted for use.
    '(?<![\\p{L}])(?:(?:одобр|зарегистрир|регистрац)\\p{L}*|разреш[её]н(?:а|о|ы)?|разрешил[аио]?(?=\\s+(?:\\p{L}+\\s+)?(?:применя|использова)))(?![\\p{L}])',
    // Japanese: a use added to the label ("効能に加わった", "適応が追加", "対象が拡大") is an approval.
    '承認|認可|薬事承認|保険適用|保険収載|効能に加わ|効能(?:・効果)?が追加|適応(?:が|を)?追加|対象が拡大',
    // In use at home, as only an approval puts a product there: "国内ではアベクマとカービクティの2製品が
    // すでに使われています", "국내에서는 킴리아가 사용되고 있다" (not "使えません", a denial read above).
    '(?<=(?:国内|日本)(?:で|では|でも)[^。、]{0,30}?)(?:使われて(?:い|お)|使用されて(?:い|お)|使え(?:る|ます)(?!ん))|(?<=(?:국내|한국)에서(?:는|도)?[^.。]{0,30}?)(?:사용되고 있|쓰이고 있)',
    // "green light" as other languages write it: "grünes Licht", "luz verde", "feu vert".
    '(?<![\\p{L}])(?:grünes Licht|luz verde|feu vert|sinal verde|зел[её]ный свет)(?![\\p{L}])|开绿灯|開綠燈',
    // French "AMM" (autorisation de mise sur le marché); Portuguese "AIM" (autorização de introdução no
    // mercado) where a place or a grant follows, not English "aim".
    '(?<![\\p{L}])AMM(?![\\p{L}])|(?<![\\p{L}])AIM(?=\\s+(?:na|no|da|do|pela|em|europeia|concedida|para|à|ao|desde)(?![\\p{L}]))|(?<=(?<![\\p{L}])(?:tem|têm|com|sem|uma|sua|a)\\s)AIM(?![\\p{L}])',
    '허가|승인',
  ].join('|'),
  'giu',
);
/**
 * Statements that a product is not approved, in the languages pages use: a denied approval word
 * (with words between the negation and the verb where a language puts them there), "still
 * investigational", "only in trials", a complete response letter, a pending decision.
 */
const NOT_APPROVED_WORDS = [
  // Chinese, Japanese, Korean: "未获(美国FDA…)批准", "未有任何地方批准", "承認されていません", "허가는 받지 않았다";
  // an indication no approval includes: "已核准之CAR-T產品均未包含多發性骨髓瘤適應症".
  String.raw`(?:未|均未|都未|皆未|并未|並未)(?:包括|包含)[^，。；,;]{0,16}?(?:适应症|適應症|适应证|適應證)|未获批|尚未获批|未批准|尚未批准|(?:未|没|沒)有任何[^，。；]{0,8}?(?:批准|核准|获批|注册)|仍(?:处于|停留在|在)临床(?:试验)?阶段|(?:未|尚未|没有)(?:获得?|獲得?|取得|见|見)[^，。；]{0,24}?(?:批准|核准|许可|注册)|(?:未|尚未|暂未|没有)(?:在[^，。；]{1,8})?注册|(?:暂|暫|尚)?未有(?:在?(?:香港|本地|台湾|台灣|澳门|澳門|内地|內地))?(?:注册|註冊|核准|批准)|未承認|承認されていない|承認されておらず|承認されていません|承認を受けていない|承認(?:に|には)(?:まだ)?至って(?:いない|いません|おらず)|承認[はもが](?:ありません|ない|なく|まだ)|承認(?:された|済みの?)(?:製品|医薬品|薬|治療薬)では(?:な|ありません)|(?:허가|승인)(?:된|받은)\s?(?:제품|의약품|약|치료제)(?:이|가)\s?아(?:니|닙|닌|님)|허가되지 않|미허가|(?:허가|승인)\s?전(?:입니다|이며|이다|이고|이에요|이라)|(?:허가|승인)(?:된|받은)\s?(?:곳|나라|국가)(?:은|이|도)?\s?(?:아직\s?)?없|(?:허가|승인)(?:는|은|도|이)?\s?없|(?:허가|승인)(?:는|를|은|을)?\s*받지 (?:않|못)`,
  // German, Portuguese, French, Russian, Spanish; German may deny after the noun ("Eine Zulassung in der EU
  // besteht nicht").
  String.raw`\bnicht (?:\w+ )?zugelassen|(?<![\p{L}])nicht\s+(?:für|bei|beim|zur|zum)\s+(?!(?:alle|allen|jede\p{L}*|sämtlich\p{L}*)(?![\p{L}]))(?:(?![\p{L}-]*(?:Befall|Beteiligung|Metastas))[\p{L}\d/-]+\s+){0,5}?zugelassen(?![\p{L}])|\b(?:noch )?keine (?:\w+ )?Zulassung|(?<![\p{L}])Zulassung\s+(?:[\p{L}-]+\s+){0,5}?(?:(?:besteht|existiert|gibt\s+es)\s+(?:[\p{L}-]+\s+){0,4}?nicht(?![\p{L}])(?!\s+(?:nur|bei|beim|im|in|für)(?![\p{L}]))|liegt\s+(?:[\p{L}-]+\s+){0,4}?nicht\s+vor(?![\p{L}]))|\bnão (?:está |foi |é |tem |possui )?(?:aprovad|autorizad|registrad|autoriza)\w*|\bn['’]est pas (?:encore )?(?:autoris|approuv)\w*|\bpas d['’]autorisation\b|(?<![а-яё])не (?:одобрен|зарегистрирован)(?!и[еяюйи])\S*|(?<![а-яё])(?:регистрации|одобрения)\s+(?:(?:пока|ещё|еще|до сих пор)\s+)?нет(?![а-яё])|(?:регистрационное\s+)?удостоверени\S*(?:\s+\S+){0,4}?\s+не\s+выдан\S*|\bno (?:está|ha sido|han sido|están|tiene|cuenta con) (?:aprobad|autorizad|autorizaci|aprobaci)\w*|(?:\bnão (?:tem|têm|possui|possuem)|\bsem|\bsin|\bno (?:tiene|tienen|cuenta con|cuentan con)) (?:\S+ )?(?:registro|registo)\b|\ben (?:fase de )?investigación\b|\ben ensayos clínicos\b`,
  // "sin aprobación", "sem registro", "sans autorisation", "ohne Zulassung", "without approval", "без
  // регистрации"; a bare negated participle: "non autorisé dans l'UE", "no autorizado en la UE".
  String.raw`(?<![\p{L}])(?:sin|sem|sans|ohne|without|без)\s+(?:\p{L}+\s+)?(?:aprobaci[oó]n|autorizaci[oó]n|aprova[çc][ãa]o|autoriza[çc][ãa]o|autorisation|approbation|AMM|AIM|Zulassung|approval|authori[sz]ation|licen[cs]e|одобрени\p{L}*|регистраци\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:non|no)\s+(?:encore\s+|todavía\s+)?(?:autoris[ée]|approuv[ée]|aprobad[oa]|autorizad[oa])\p{L}*`,
  // No news of an approval: "승인 소식은 확인되지 않았다", "承認の発表はない", "no word of an approval yet",
  // "sin noticias de su aprobación", "aucune annonce d'autorisation", "сообщений об одобрении нет".
  String.raw`(?:허가|승인)\s?(?:소식|발표|여부)(?:은|는|이|가|도)?[^.。]{0,12}?(?:확인되지 않|없)|承認(?:の)?(?:報告|発表|情報|知らせ)[はもが]?(?:まだ)?(?:ない|なく|ありません|確認されていな|確認されていません)|\bno (?:news|word|sign|report|announcement) (?:yet )?of (?:an? |any |the )?(?:\w+ )?(?:approval|authori[sz]ation|licen[cs]e)\b|\bsin noticias? de (?:la |su )?(?:aprobación|autorización)|\bsem not[ií]cias? (?:de|da|sobre a) (?:aprovação|autorização)|\baucune (?:annonce|nouvelle) d['’](?:autorisation|approbation)|\bkeine (?:Meldung|Nachricht)(?:en)? (?:über|von) (?:einer |der )?Zulassung|сообщени\p{L}* об одобрении (?:нет|не поступало)`,
  // Not usable at home yet: "국내에서는 아직 쓸 수 없어요", "国内ではまだ使えません", "国内尚不能使用".
  String.raw`(?:국내|한국)에서(?:는|도)?\s*(?:아직\s*)?(?:쓸|사용할)\s?수\s?(?:가\s?)?없|国内(?:では|でも)(?:まだ)?(?:使え|使用でき|投与でき)(?:ない|ません|ず)|(?:国内|在中国)(?:尚|还|暂时?)?(?:不能|无法|未能)使用`,
  // No record found: "未能找到资料显示Carvykti已在香港注册", "국내 허가 정보를 찾지 못해", "承認の記録は見つからない",
  // "we could not find any record of an approval", "no encontramos registro de su aprobación", "Eine
  // Schweizer Zulassung für die B-ALL konnten wir nicht finden".
  String.raw`未能?(?:找到|查到|检索到)(?:[^。；]{0,12}?(?:资料|记录|信息|证据)[^。；]{0,30}?(?:注册|批准|核准|获批)|[^。；]{0,30}?(?:注册|批准|核准|获批)[^。；]{0,8}?(?:资料|记录|信息|证据))|(?:허가|승인)\s?(?:정보|기록|자료|사실)[를을은는]?\s?(?:찾지 못|확인하지 못|찾을 수 없)|承認(?:の)?(?:情報|記録)(?:は|が)?(?:見つか(?:らな|りません)|確認でき(?:な|ません))|\b(?:could|can)\s?not find (?:any )?(?:record|evidence|information|sign) (?:of|that)\b[^.;]{0,60}?\b(?:approv|authori[sz]|licen[cs]|regist)\w*|(?<![\p{L}])(?:não (?:localiz|encontr|identific)|no (?:localiz|encontr|identific|hall))\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:registros?|registos?|autoriza[çc][ãa]o|autorizaci[oó]n|aprova[çc][ãa]o|aprobaci[oó]n)(?![\p{L}])|(?<![\p{L}])n['’]avons (?:pas )?trouvé (?:aucune?|d['’]|de )\s*(?:trace d['’]\s*)?(?:autorisation|AMM|approbation)|(?<![\p{L}])keine\s+(?:\p{L}+\s+)?Zulassung\s+(?:\p{L}+\s+){0,4}?(?:gefunden|finden)|(?<![\p{L}])Zulassung\s+(?:[\p{L}-]+\s+){0,5}?(?:konnten|können|haben)\s+wir\s+(?:\p{L}+\s+)?(?:nicht|keine)\s+(?:\p{L}+\s+)?(?:finden|gefunden|ermitteln|ermittelt)|(?:сведени|данны|информаци|запис|след)\p{L}*\s+(?:о|об)\s+(?:\p{L}+\s+)?(?:регистрации|одобрении)\s+(?:\p{L}+\s+){0,5}?(?:не\s+(?:нашли|найден\p{L}*|обнаружен\p{L}*|обнаружили|удалось\s+найти)|нет)`,
  // Still under study, in the other languages (lib/claims/under-study.ts).
  UNDER_STUDY,
  // English.
  String.raw`\b(?:complete response letter|CRL)\b|\b(?:rejected|refused|declined) (?:by|approval)\b|\b(?:not (?:yet |been |currently )?(?:(?:FDA|EMA|NMPA)[- ])?(?:approved|licensed|authori[sz]ed)|(?:has|have|is|are)n't (?:yet )?been approved|unapproved|investigational(?! new drug)|experimental|(?:available |offered )?only (?:available )?(?:in|through|via) (?:a )?(?:clinical )?(?:trials?|studies|research)|awaiting (?:an? |the )?(?:[\w-]+ ){0,2}?(?:approval|decision|verdict|ruling|green light)|pending (?:an? |the )?(?:[\w-]+ ){0,2}?(?:approval|decision)|under (?:\w+ )?review|in clinical development|still in (?:clinical )?trials?)\b`,
];
const NOT_APPROVED = new RegExp(NOT_APPROVED_WORDS.join('|'), 'iu');
const NOT_APPROVED_ALL = new RegExp(NOT_APPROVED.source, 'giu');

/**
 * Whether an approval word lies in a denial ("승인 소식은 확인되지 않았다", "承認はまだ"): the text's
 * denials are read once, on the first approval word asked about.
 */
function denialTest(text: string): (at: number) => boolean {
  let spans: Array<readonly [number, number]> | undefined;
  return (at) => {
    if (!spans) {
      spans = [];
      NOT_APPROVED_ALL.lastIndex = 0;
      for (let m = NOT_APPROVED_ALL.exec(text); m; m = NOT_APPROVED_ALL.exec(text))
        spans.push([m.index, m.index + m[0].length]);
    }
    return spans.some(([from, to]) => from <= at && at < to);
  };
}
/** Countries and regions pages name with "in", the regulator found through REGULATOR_PLACES. */
const PLACE_NAMES =
  '(?:the\\s+)?(?:U\\.?S\\.?A?\\.?|United States|America|EU|E\\.U\\.|European Union|Europe|(?:mainland\\s+)?China|Japan|India|UK|U\\.K\\.|United Kingdom|Britain|Canada|Australia|Singapore|Turkey|T[üu]rkiye|(?:South\\s+)?Korea|Brazil|Switzerland|Israel|Taiwan|Saudi Arabia|Mexico|Argentina|Russia|Thailand|Malaysia|New Zealand|Hong Kong|Macao|Macau)';
const PLACE = new RegExp(
  `\\b(?:approved|approval|authori[sz]ed|authori[sz]ation|licensed|licen[cs]e|registered|available|launched|cleared|used|marketed)\\s+(?:\\w+\\s+){0,3}?in\\s+(${PLACE_NAMES})\\b`,
  'i',
);
/** PLACE with an approval word only. */
const APPROVED_PLACE = new RegExp(
  `\\b(?:approved|approval|authori[sz]ed|authori[sz]ation|licensed|licen[cs]e|registered|cleared)\\s+(?:\\w+\\s+){0,3}?in\\s+(${PLACE_NAMES})\\b`,
  'i',
);
/** Any "in <place>", for the places coordinated after a first regulator or place. */
const IN_PLACE = new RegExp(`\\bin\\s+(${PLACE_NAMES})\\b`, 'gi');
/**
 * "… in the EU in 2022 and in Switzerland in February 2022", "y en Suiza", "и в Евросоюзе": what
 * joins a further place to the approval, just before it.
 */
const COORDINATED =
  /(?:[,;—–]|\band\b|\bas well as\b|(?<![\p{L}])(?:y|e|et|und|и|а также|nor|noch|ni|nem|ни)(?![\p{L}]))\s*(?:(?:also|later|then|también|também|depois|auch|später|aussi|puis|также|затем)\s+)?$/iu;

/** The kind of approval a page names: "full approval", 完全批准; "accelerated", "conditional", 附条件. */
const APPROVAL_TYPES: ReadonlyArray<readonly [NonNullable<Details['approvalType']>, RegExp]> = [
  [
    'accelerated',
    /\baccelerated approval\b|加速批准|迅速承認|(?:가속|신속)\s?승인|aprobación acelerada|vía acelerada|beschleunigte Zulassung|(?:approbation|autorisation) accélérée|aprovação acelerada|ускоренн\p{L}* (?:одобрен|регистрац)\p{L}*/iu,
  ],
  [
    'conditional',
    /\bconditional(?:ly)? (?:approv|marketing authori[sz]|authori[sz])\w*|附条件|有条件批准|条件付き|条件(?:及び|および|・)?期限付|조건부\s?(?:허가|승인)|bedingte Zulassung|aprobación condicional|autorización condicional|autorisation conditionnelle|avis de conformité (?:conditionnel|avec conditions)|notice of compliance with conditions|\bAC-C\b|\bNOC\/c\b|aprovação condicional|условн\p{L}* регистрац/iu,
  ],
  [
    'regular',
    // "full marketing approval", "通常の承認", "条件や期限の付かない承認", "정식 허가", "volle Zulassung".
    /\b(?:full|regular|traditional|standard|unconditional)(?: marketing)? (?:approval|authori[sz]ation)\b|完全批准|正式批准|常规批准|本承認|正式承認|通常(?:の)?承認|条件や期限の付かない|정식\s?(?:허가|승인)|(?:vollständige|volle|reguläre|uneingeschränkte) Zulassung|aprobación (?:completa|regular|definitiva)|plena aprobación|(?:autorisation|approbation) (?:complète|pleine|standard)|aprovação (?:completa|plena|regular|definitiva)|полн\p{L}* (?:одобрен|регистрац)\p{L}*/iu,
  ],
];
function approvalTypeIn(text: string): Details['approvalType'] {
  return APPROVAL_TYPES.find(([, re]) => re.test(text))?.[0] ?? null;
}

/**
 * "autorización condicional, circunstancias excepcionales (Ebvallo, diciembre de 2022) y …": where the
 * part's product stands in a bracket after one item of a list, that item alone says its kind of approval.
 */
function listedTypeItem(s: SentenceContext, piece: { start: number; end: number }): string | undefined {
  const product = hitsOf(s, 'product').find((h) => h.at >= piece.start && h.at < piece.end);
  if (!product) return undefined;
  const at = openBracketAt(s.text, product.at, piece.start);
  if (at === undefined || !/^\s*$/u.test(s.text.slice(at + 1, product.at))) return undefined;
  const item = s.text.slice(piece.start, at);
  const cut = Math.max(...[',', ';', '，', '；', '、'].map((c) => item.lastIndexOf(c)));
  return cut >= 0 ? item.slice(cut + 1) : undefined;
}

/** "approved for …" introduces the indication. */
const FOR = /\b(?:for|to treat|in (?:the )?treatment of|para)\b|用于/i;
const PROCESS =
  /^(?:approval|authori[sz]ation)\s+(?:process|pathway|application|submission|status|timeline|rates?|decision)/i;

/** A status noun right after an approval word: "承認状況", "审批状态", "허가 현황", "Zulassungsstatus". */
const STATUS_AFTER = /^\s?(?:の)?(?:状況|状态|狀態|狀況|現況|现况|現狀|现状|현황|상태|status)/iu;
/** A status noun or a criterion before it: "estado de aprobación", "статус регистрации", "依美國或原產地首次核准". */
const CRITERION_BEFORE =
  /(?:(?<![\p{L}])(?:estado|situação|statut|status|статус)\s+(?:de\s+|da\s+|do\s+|of\s+)?(?:la\s+|l['’]\s*|the\s+)?|[（(]\s*(?:依|按|根据|根據)[^，。；、,;（）()]{0,10})$/iu;

/** A place of treatment an approval word qualifies, after it ("authorized center") or before it ("centro autorizado"). */
const SITE_AFTER =
  /^\s+(?:(?:treatment|CAR-T|cell therapy)\s+)?(?:cent(?:er|re)s?|hospitals?|sites?|facilit(?:y|ies)|clinics?|institutions?|providers?|Zentr(?:um|en)|Kliniken|Klinik|Einrichtung(?:en)?|Behandlungszentr(?:um|en))(?![\p{L}])/iu;
const SITE_BEFORE =
  /(?<![\p{L}])(?:centros?|hospital(?:es|ais)?|cl[ií]nicas?|instituciones|instituições|centres?|établissements?|h[oô]pitaux)\s+(?:de\s+tratamiento\s+|de\s+tratamento\s+|de\s+traitement\s+)?$/iu;

/** "is still investigational", "not yet approved by the FDA", "available only in clinical trials". */
const NOT_APPROVED_GATE =
  /investig|experiment|expérim|étude|essai|évaluation|Erprobung|Prüfung|Entwicklung|estudio|estudo|исслед|изуча|испытани|экспериментальн|trial|stud|research|review|pending|await|approv|letter|CRL|reject|refus|declin|development|ablehn|abgelehnt|lehnte|verweiger|versagt|rechaz|deneg|recus|indeferi|отказ|отклон|拒绝|拒絕|驳回|駁回|不予批准|不承認|却下|거부|반려|获批|批准|核准|许可|注册|aprob|autoriz|ensayos|aprov|registrad|registro|registo|zugelassen|Zulassung|autoris|approuv|одобр|зарегистр|регистрац|承認|허가|승인|쓸 수|쓸수|사용할 ?수|使え|使用でき|投与でき|不能使用|无法使用|未能使用/i;

/** Approval and not-approved words in every language the rule reads. */
const GATE = new RegExp(
  // "since"/"seit"/"depuis"/"desde": a use dated from its approval (sinceDatesUse decides).
  [
    APPROVAL.source,
    LOCAL_APPROVAL.source,
    NOT_APPROVED_GATE.source,
    EXTENSION_GATE.source,
    SUCCESSION_GATE.source,
    'licen[sc]|上市|since|seit|depuis|dès|desde|(?<![\\p{L}])с\\s|から|より|以降|起|以来|부터|이후',
  ].join('|'),
  'iu',
);

export const approvalRule: ClaimRule<'approval'> = {
  id: 'approval',
  kind: 'approval',
  description:
    'Regulatory approval statements (or statements that a product is not approved): regulator, date, indication.',
  gate: GATE,
  detect(s: SentenceContext): RawClaim<'approval'>[] {
    // An undated status may title a list ("CAR-T products on the Australian Register"); a dated one
    // dates the list ("CAR-T anti-BCMA autorizadas (mayo de 2026)"), not each entry's approval.
    const found = namedBackUse(s, detectApproval(s));
    return (found.length > 0 ? found : datedUseItems(s)).map((raw) =>
      raw.distributive && !raw.details.date ? { ...raw, titles: true } : raw,
    );
  },
};

/** A use noun an approval word describes: "approved indication(s)/label/use", "indicación autorizada", "zugelassene Indikation". */
const USE_NOUN_AFTER =
  /^\s*(?:indications?|labell?(?:ing)?|uses?|Indikation(?:en)?|Anwendungsgebiet\p{L}*|показани\p{L}*|(?:的)?适应症|適応|적응증)(?![\p{L}])/iu;
/** The use nouns that come before their adjective: "indicación autorizada", "indicações aprovadas". */
const USE_NOUN = String.raw`(?:indicaci(?:ón|ones)|indicaç(?:ão|ões)|indications?|usos?)\s+$`;
const USE_NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}])${USE_NOUN}`, 'iu');
/** A preposition (and article) the use noun is the object of: "restricted to the …", "con restricción a la …". */
const PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:to|within|outside|beyond|a|al|à|aux?|en|dentro\s+de|fuera\s+de|auf|für|nach|на|к|по|para|pour|for|ao|à)\s+(?:(?:the|its|la|las|los|el|le|les|l['’]|die|den|der|das|o|os|as|sua|su|sus|son|sa|ses|seine|ihre)\s*)?$/iu;
function describesUse(s: SentenceContext, from: number, to: number): boolean {
  const text = s.text;
  const after = USE_NOUN_AFTER.exec(text.slice(to, to + 24));
  // "to the approved indication" (the word before its noun), "a la indicación autorizada" (after it).
  const before = after
    ? text.slice(Math.max(0, from - 24), from)
    : (USE_NOUN_BEFORE.exec(text.slice(Math.max(0, from - 24), from)) ?? undefined) &&
      text.slice(Math.max(0, from - 48), from).replace(USE_NOUN_TAIL, '');
  if (!before || !PREPOSITION_BEFORE.test(before)) return false;
  const noun = after ? to + after[0].length : to;
  return !s.hits.some((h) => h.kind === 'condition' && h.at >= noun && h.at - noun <= 30);
}
/** The use noun itself, cut off before looking for its preposition. */
const USE_NOUN_TAIL = new RegExp(USE_NOUN, 'iu');

/**
 * "…при фолликулярной лимфоме (FDA, май 2022); в России это показание не зарегистрировано": a denial
 * whose subject is "this indication" denies the use named before it, not the product. With no one
 * such use, it is left unread.
 */
function namedBackUse(s: SentenceContext, found: RawClaim<'approval'>[]): RawClaim<'approval'>[] {
  if (!THIS_USE.test(s.text)) return found;
  return found.flatMap((c) => {
    if (c.details.approved !== false || c.details.conditionId) return [c];
    const from = clauseStartBefore(s.text, c.start);
    if (!THIS_USE.test(s.text.slice(from, contrastAfter(s.text, c.end)))) return [c];
    // Every use named before it, not only the one an approval took ("…for B-ALL and follicular
    // lymphoma; this indication …" names two, and says not which).
    const uses = new Set(
      hitsOf(s, 'condition')
        .filter((h) => h.to <= from)
        .map((h) => h.id),
    );
    return uses.size === 1 ? [{ ...c, details: { ...c.details, conditionId: [...uses][0]! } }] : [];
  });
}

/** A use named back by a demonstrative: "this indication", "это показание", "该适应症", "この適応", "이 적응증". */
const THIS_USE =
  /(?<![\p{L}])(?:this|that|the same)\s+(?:indication|use)|(?:esta|essa|esa|dicha)\s+indica(?:ción|ção)|cette\s+indication|diese[rm]?\s+Indikation|(?:это|данное|этого|данного)\s+показани\p{L}*|(?:该|此|這|这)(?:一)?(?:适应症|適應症)|(?:この|本|同)適応|(?:이|해당|같은)\s?적응증/iu;

/**
 * A uses cell whose items carry their own dates ("LAL-B jusqu'à 25 ans ; lymphome folliculaire, ajouté
 * en 2022", "LBCL; MCL since November 2025"): each dated item is the approval of that use then, by the
 * regulator the row's columns name. An item with one date and one disease, nothing else.
 */
function datedUseItems(s: SentenceContext): RawClaim<'approval'>[] {
  if (s.role !== 'indication' || !s.rowCells || !HAS_YEAR_DIGITS.test(s.text)) return [];
  const regulator = columnRegulator(s) ?? rowRegulator(s.rowCells, s.text, s.dataset.placeWords, 'headers');
  const out: RawClaim<'approval'>[] = [];
  for (const item of itemsBetween(s.text, SEMICOLONS)) {
    const dates = findDates(item.text);
    const conditions = idsWithin(s, 'condition', item);
    if (dates.length === 1 && conditions.length === 1 && !isStatusDate(item.text, dates[0]!))
      out.push({
        start: item.start + dates[0]!.start,
        end: item.start + dates[0]!.end,
        scope: 'row',
        requiresProduct: true,
        details: {
          approved: true,
          conditionId: conditions[0]!,
          regulator: regulator ?? null,
          date: dates[0]!.date,
          first: false,
        },
      });
  }
  return out;
}

/** The distinct names of one kind the sentence holds between `start` and `end`. */
function idsWithin(
  s: SentenceContext,
  kind: 'condition' | 'product',
  span: { start: number; end: number },
): string[] {
  return distinct(
    hitsOf(s, kind)
      .filter((h) => h.at >= span.start && h.to <= span.end)
      .map((h) => h.id),
  );
}
const HAS_YEAR_DIGITS = /(?:19|20)\d{2}/;

/** Words of the whole world: "the world's first", "世界初", "全球首个", "세계 최초", "weltweit". */
const WORLD =
  /(?<![\p{L}])(?:world(?:'s|wide)?|mundial|mundo|monde|mondial|weltweit|Welt|мире|мировой)(?![\p{L}])|世界|全球|세계/iu;

function worldwide(clause: string): boolean {
  return WORLD.test(clause);
}

/** A dated cell under a column the header gives to one regulator ("TGA decision | Dec 2018"). */
function inRegulatorColumn(
  cell: { role?: string | undefined; header?: string | undefined; text: string },
  s: SentenceContext,
): boolean {
  return (
    cell.role === 'other' &&
    regulatorIn(cell.header, s.dataset.placeWords) !== undefined &&
    findDate(cell.text) !== undefined
  );
}

/** Words that forbid or advise against writing or saying something, in the languages pages use. */
const FORBIDS =
  /(?<![\p{L}])(?:нельзя|не\s+(?:пиши|пишите|стоит|следует|надо|нужно|говорите)\p{L}*|избега\p{L}*|avoid\p{L}*|don['’]t|do not|never (?:write|say|call)|evit\p{L}*|no (?:escrib|dig|us)\p{L}*|não (?:escrev|dig|us)\p{L}*|n['’]écrivez pas|ne (?:pas|jamais) écrire|éviter|vermeid\p{L}*|nicht (?:schreiben|sagen)|keinesfalls)(?![\p{L}])|不要|切勿|请勿|請勿|避免|禁止|書かない|使わない|쓰지 말|금지/iu;

/** Whether the approval word at `at` stands in a quotation the sentence forbids ("писать «одобрен» нельзя"). */
function forbiddenQuote(text: string, at: number): boolean {
  const quote = quotationAround(text, at);
  if (!quote || quote.end - quote.start > 60) return false;
  const around =
    text.slice(Math.max(0, quote.start - 40), quote.start) + ' ' + text.slice(quote.end, quote.end + 40);
  return FORBIDS.test(around) && SAYING.test(around);
}

/** A verb of writing, saying or calling: what a forbidding word forbids here. */
const SAYING =
  /(?<![\p{L}])(?:писать|пишите|напиш\p{L}*|говорить|называть|write|writing|say|saying|call|calling|escrib\p{L}*|decir|diga|llamar|écri\p{L}*|dire|appeler|schreib\p{L}*|sagen|bezeichnen|escrev\p{L}*|dizer|chamar)(?![\p{L}])|写|說|说|称|稱|書|言|呼|쓰|말하|표현/iu;

/** A limitation of use removed: "删除…使用限制", "limitation of use … removed", "Anwendungsbeschränkung aufgehoben". */
const LIMITATION_LIFTED =
  /(?:删除|刪除|移除|解除|取消|撤销|撤銷)[^|，。]{0,24}?限制|限制(?:被|已)?(?:删除|刪除|解除|取消)|(?:remov|lift|delet|drop)\w*[^|.;]{0,40}?limitation|limitation[^|.;]{0,40}?(?:removed|lifted|deleted|dropped)|Beschränkung[^|.;]{0,30}?(?:aufgehoben|gestrichen|entfernt)|(?:levée|suppression|retrait)[^|.;]{0,30}?(?:limitation|restriction)|(?:eliminación|retirada|remoção)[^|.;]{0,30}?(?:limitación|restricción|limitação|restrição)|(?:снят|отмен)\p{L}*[^|.;]{0,30}?ограничени|制限[^|。]{0,6}?(?:削除|解除)|제한[^|.]{0,6}?(?:삭제|해제)/iu;

/**
 * Whether another cell of the sentence's row names a limitation of use removed as the row's event: no
 * cell of the row names an approval of its own ("… | February 2021 | Approval for relapsed LBCL |
 * Limitation for PCNSL removed in 2024" is the approval's row, its note a later change).
 */
function rowRemovesLimitation(s: SentenceContext): boolean {
  const cells = s.rowCells ?? [];
  return (
    cells.some((c) => c.text !== s.text && LIMITATION_LIFTED.test(c.text)) &&
    !cells.some((c) => !LIMITATION_LIFTED.test(c.text) && approvalTriggers(c.text, s.dataset).length > 0)
  );
}

/** An approval word's class noun after it: "核准之CAR-T產品", "获批的细胞治疗产品". */
const CLASS_DESCRIBED =
  /^(?:之|的)\s*(?:CAR-?T|细胞|細胞|基因)?\s*(?:治疗|治療)?(?:产品|產品|疗法|療法|药物|藥物|药品|藥品)/iu;

function detectApproval(s: SentenceContext): RawClaim<'approval'>[] {
  // A row whose event is a limitation of use removed ("美国说明书删除原发性中枢神经系统淋巴瘤使用限制 | … |
  // 美国FDA，2026年2月"): its regulator and date are that label change's, no approval.
  if (s.rowCells && rowRemovesLimitation(s)) return [];
  if (s.role === 'approval') return tableCell(s);
  // A column per regulator ("Terapia | União Europeia | Estados Unidos"): a dated cell under it is
  // that regulator's decision, whatever else the cell says of the use ("≥ 2 linhas (abril de 2024)").
  if (s.rowCells && inRegulatorColumn(s, s)) return tableCell(s);
  const text = s.text;
  // Most sentences name no conversion: its clause is looked for only in those that do.
  const converts = CONVERSION.test(text);
  const found = approvalTriggers(text, s.dataset, s.hits);
  const named = hitsOf(s, 'product').length > 0;
  // "2022년 4월부터 건강보험이 적용", "保険適用", "納入健保": a payer's decision, the designation rule's step,
  // though the words still tell the use an approval covers (the indication rule reads them).
  const paid = stepsIn(text, s.dataset.stepWords).filter((st) => st.kind === 'reimbursement');
  const triggers = found.filter((t) => {
    if (converts && inConversion(text, t.index)) return false;
    if (paid.some((p) => t.index < p.end && p.start < t.index + t[0].length)) return false;
    // "писать «одобрен в США» нельзя", "don't write \"approved\"": quoted words the sentence forbids are
    // mentioned, not claimed.
    if (forbiddenQuote(text, t.index)) return false;
    // "我國目前已核准之CAR-T產品均未包含…": an approval word that describes a class the sentence names no
    // member of is the subject's description; the sentence's claim is its predicate.
    // A heading or caption that titles what follows ("NMPA批准的CAR-T产品及首个获批适应症") says it of them.
    const titles = s.blockKind === 'heading' || s.blockKind === 'caption';
    if (
      !named &&
      !titles &&
      CLASS_DESCRIBED.test(text.slice(t.index + t[0].length, t.index + t[0].length + 12))
    )
      return false;
    // "…, con restricción a la indicación autorizada", "restricted to the approved indication": the
    // label spoken of, no decision; unless the uses follow ("its approved indications are B-ALL …").
    if (!titles && describesUse(s, t.index, t.index + t[0].length)) return false;
    if (!SINCE_WORD.test(t[0])) return true;
    // "y en Japón está autorizado desde marzo de 2021": a clause with an approval word of its own
    // is dated there; its "since" adds no decision. Not across "and" ("se aprobó en 2017 y desde
    // abril de 2022 puede usarse …": two decisions).
    const around = spanAround(text, t.index, DATE_CLAUSE_EDGE);
    // A fronted "since" ends at its comma and dates the clause after it ("2024年4月5日起，美國Carvykti仿單
    // 已擴大到…", "Since April 2024, the label …"): that clause is its own.
    const fronted = /^\s*[,，、]/u.test(text.slice(t.index + t[0].length)) && around.to < text.length;
    const clause = fronted
      ? { from: around.from, to: spanAround(text, around.to + 1, DATE_CLAUSE_EDGE).to }
      : around;
    const sameClause = (o: RegExpExecArray) =>
      o.index >= clause.from &&
      o.index < clause.to &&
      !AND.test(text.slice(Math.min(o.index, t.index), Math.max(o.index, t.index)));
    if (found.some((o) => !SINCE_WORD.test(o[0]) && sameClause(o))) return false;
    return sinceDatesUse(s, t.index);
  });
  // "Ninguno de estos productos está aprobado por COFEPRIS": a denial carried by the subject.
  // Not where a clause of its own follows with an approval word ("…ни один анти-BCMA CAR-T не
  // зарегистрирован; единственным зарегистрированным остаётся Кимрая, одобренный…").
  if (
    triggers.length > 0 &&
    NEGATIVE_SUBJECT.test(fromSubject(text)) &&
    !triggers.some((t) => /[;；]/u.test(text.slice(triggers[0]!.index, t.index)))
  )
    return denial(s, triggers[0]!);
  // "…aprobados en Estados Unidos desde 2024, pero ninguno cuenta con autorización en la Unión Europea":
  // a clause after a contrast whose subject is "none" denies its approval word (and any after it).
  const noneAt = triggers.findIndex((t) => {
    const from = contrastStart(text, t.index);
    return from > 0 && NEGATIVE_SUBJECT.test(text.slice(from, t.index));
  });
  const noneDenial = noneAt >= 0 ? denial(s, triggers[noneAt]!) : [];
  if (noneAt >= 0) {
    triggers.splice(noneAt);
    if (triggers.length === 0) return noneDenial;
  }
  if (triggers.length === 0) {
    const denied = notApproved(s);
    if (denied.length > 0) return denied;
    // "Tecartus — FDA, 1 октября 2021 г.", "Kymriah (EMA, August 2018)": a regulator and a date
    // side by side are the decision's shorthand in lists and captions.
    const paired = regulatorBesideDate(s);
    if (paired.length === 0) return underApprovalHeading(s);
    triggers.push(...paired);
  }
  const sentenceRegulators = regulatorsNear(s, triggers[0]!.index, { start: 0, end: text.length });
  // "NMPA одобрило A 30.06.2023 и B 23.02.2023": where the sentence names one regulator, before the
  // decision, and no other place, every date it gives an approval is that regulator's, however many
  // products share it. Not one named after it ("… approved on 16 Feb 2024, and Health Canada issued a
  // conditional NOC in August 2025": the first decision's regulator is left unnamed).
  // And only for a date its own product precedes in its part ("… и зеворкабтаген аутолейцел (CT053)
  // 23.02.2023"): a date before any product, or in a part naming none, may be another product's
  // decision ("Health Canada followed on September 6, 2018, and Yescarta …": the sentence before's).
  // Nor across a clause of its own between them ("Health Canada approved Amtagvi in August 2025;
  // Carvykti, approved in February 2022, …", "…, während Yescarta schon im Oktober 2017 …"): only a
  // verbless list after the regulator's verb (the part has no approval word of its own, see decision).
  const soleRegulator = (r: NamedRegulator, partStart: number, at: number): boolean =>
    sentenceRegulators.length === 1 &&
    sentenceRegulators[0]!.id === r.id &&
    r.at < at &&
    !OWN_CLAUSE_BETWEEN.test(text.slice(r.to, at)) &&
    !DOMESTIC.test(text) &&
    hitsOf(s, 'product').some((h) => h.at >= partStart && h.to <= at) &&
    // No more dates than products: each its own ("… June 2026 … ASCO 2025" is not two decisions).
    findDates(dated).length <= distinct(hitsOf(s, 'product').map((h) => h.id)).length;
  // "…zugelassen: Amtagvi beim Melanom und Tecelra beim Synovialsarkom": each listed product with its use.
  const listed = listedUses(s, triggers[0]!, sentenceRegulators[0]);
  if (listed.length > 0) return listed;
  // "米国でTecelraが滑膜肉腫に、Amtagviが悪性黒色腫に承認されています": the same list before a final verb.
  const gapped = verbFinalUses(s, triggers[0]!, sentenceRegulators[0]);
  if (gapped.length > 0) return gapped;
  // "米国でテカルタス（2021年）とオーカタジル（2024年）が承認": each product with its own date.
  const ownDates = productDates(s, withoutDateline(text));
  if (ownDates.length > 0) {
    const regulator = sentenceRegulators[0];
    // A disease in a clause after the approval word is another statement's ("…が相次いで承認され、
    // 多発性骨髄腫ではカービクティも…").
    const approvedAt = triggers[0]!.index;
    const conditions = distinct(
      hitsOf(s, 'condition')
        .filter((h) => h.at < approvedAt || !/[,，、;；]/u.test(text.slice(approvedAt, h.at)))
        .map((h) => h.id),
    );
    const population = findPopulation(text);
    // "アムタグビ（悪性黒色腫、FDA 2024年2月）、…デリタクト（悪性神経膠腫、2021年6月…）": where the brackets
    // name diseases or regulators, each product's are its own, and a product whose brackets name none
    // takes no other's.
    // A place in the brackets ("アドスティラドリン（米国、2022年12月）") or right before the name ("中国の今又生")
    // is that product's too.
    const own = ownDates.map((d) => ({
      conditions: idsWithin(s, 'condition', d),
      regulator: ownPlace(s, d),
    }));
    const ownConditions = own.some((o) => o.conditions.length > 0);
    const ownRegulators = own.some((o) => o.regulator !== undefined);
    const firstName = ownDates[0]!.start;
    const inFirstModifier = (h: { at: number; to: number }) =>
      h.at < firstName && MODIFIER_TO_NAME.test(text.slice(h.to, firstName));
    const laterConditions = distinct(
      hitsOf(s, 'condition')
        .filter((h) => conditions.includes(h.id) && !inFirstModifier(h))
        .map((h) => h.id),
    );
    // "米国で初めて承認されたイムリジック（2015年…）とデリタクト（2021年…）": a place in a modifier clause
    // that ranks the first product first describes that product alone (two cannot both be first).
    const modifierOwned =
      regulator !== undefined &&
      inFirstModifier(regulator) &&
      RANKED_MODIFIER.test(text.slice(regulator.to, firstName));
    // "膀胱がんに…承認された…アドスティラドリン（…）と、…とされる中国の今又生（2003年）": a later product
    // with a clause of its own does not share the first one's disease.
    const ownClause = (k: number) =>
      k > 0 && /[、，,]/u.test(text.slice(ownDates[k - 1]!.end, ownDates[k]!.start));
    const datedApprovals = ownDates.map((d, k): RawClaim<'approval'> => {
      const cs = ownConditions ? own[k]!.conditions : ownClause(k) ? laterConditions : conditions;
      const r = ownRegulators ? own[k]!.regulator : modifierOwned && k > 0 ? undefined : regulator;
      return {
        start: d.start,
        end: d.end,
        scope: 'page' as const,
        requiresProduct: true,
        anchor: d.anchor,
        details: {
          approved: true,
          conditionId: cs.length === 1 ? cs[0]! : null,
          ...populationFields(population),
          relapsedRefractory: findRelapsedRefractory(text),
          first: false,
          regulator: (r?.id as Regulator | undefined) ?? null,
          regulatorName: r?.name ?? null,
          date: d.date,
        },
      };
    });
    // "예스카타(2021년 1월), 브레얀지, 아베크마, 카빅티가 차례로 승인되었습니다": the names listed with the
    // dated ones, up to the approval word, share its regulator without a date (and without the
    // dated ones' brackets).
    const listVerb = triggers.find((t) => t.index >= ownDates[ownDates.length - 1]!.end)?.index;
    const undated = (listVerb === undefined ? [] : listedWithout(s, ownDates, listVerb)).map(
      (h): RawClaim<'approval'> => ({
        start: h.at,
        end: h.to,
        scope: 'page' as const,
        requiresProduct: true,
        anchor: h.to,
        details: {
          approved: true,
          conditionId: !ownConditions && conditions.length === 1 ? conditions[0]! : null,
          relapsedRefractory: false,
          first: false,
          regulator:
            ownRegulators || modifierOwned ? null : ((regulator?.id as Regulator | undefined) ?? null),
          regulatorName: ownRegulators || modifierOwned ? null : (regulator?.name ?? null),
          date: null,
        },
      }),
    );
    // "…獲批…，但兩者都未見在香港註冊": a denial past a contrast is a claim of its own beside them.
    return [...datedApprovals, ...undated, ...contrastDenials(s, datedApprovals)];
  }
  // About therapies in general: only what the sentence itself names may be attributed.
  const scope = isGeneralStatement(s) ? 'row' : 'page';
  // Read once for the sentence: a withdrawal it names tells its approvals as history; the disease the
  // other cells of its table row name.
  const historical = stepsIn(text, s.dataset.stepWords).some((st) => st.kind === 'withdrawal') || null;
  const rowDisease = rowCondition(s);
  const out: RawClaim<'approval'>[] = [];
  // Dates are read from the text without a press release's dateline (its date is the release's).
  const dated = withoutDateline(text);
  // One claim per product clause ("The FDA approved Abecma in 2019, and Tecartus is now approved
  // for children"): each clause with a trigger, or a date once the sentence is about approval
  // ("Yescarta followed in January 2021 and Breyanzi in March 2021").
  let receiving = false;
  // The sentence's unknown medicines, read once for every part's diseases.
  const unknown = unknownProductsApart(s);
  for (const clause of productClauses(s)) {
    const inClause = triggers.filter((t) => t.index >= clause.start && t.index < clause.end);
    if (inClause.length === 0 && !findDate(dated.slice(clause.start, clause.end))) continue;
    const clauseRegulators = regulatorsNear(s, inClause[0]?.index ?? clause.start, clause);
    // "approved … in March 2021 for …, and since April 2024 it can be used after two prior lines":
    // each coordinated part with its own trigger and date is a claim of its own.
    for (const piece of approvalPieces(s, clause, inClause)) {
      const own = inClause.filter((t) => t.index >= piece.start && t.index < piece.end);
      const part = text.slice(piece.start, piece.end);
      const trigger = own[0];
      // The part's dates, read once: the trigger's own (dateNear) and each use's (datedUses).
      const partText = dated.slice(piece.start, piece.end);
      // Not a date of a Japanese clause that ends before the approval word's ("当センターは2021年4月に…
      // 実施施設となり、現在は国内で承認されている…"): it dates that clause's event.
      const clauseFrom = trigger ? japaneseClauseStart(text, trigger.index) - piece.start : 0;
      const partDates = findDates(partText).filter(
        (d) =>
          !isStatusDate(partText, d) &&
          d.start >= clauseFrom &&
          !(trigger && otherEventDate(partText, d, trigger.index - piece.start)),
      );
      const date = dateNear(
        partText,
        partDates,
        s.dataset.stepWords,
        trigger ? trigger.index - piece.start : 0,
        trigger ? trigger[0].length : 0,
      );
      if (!trigger && !date) continue;
      // A part with no approval word of its own that names a step ("Kite received IND clearance for
      // Yescarta in 2014, and the FDA approved it in 2017") dates that step, the designation rule's.
      // The clause's steps are read in the whole clause: a pack's step word may need the words before
      // the cut ("une autorisation, retirée en 2019": "retirée" of an authorisation).
      if (!trigger && (decisionIn(part, s.dataset.stepWords) || stepInPiece(s, clause, piece))) continue;
      // A part with no approval word whose verb is receiving ("RP1 получал такие письма в июле 2025 г.",
      // "received two letters in 2025") dates what it received, which is no approval.
      // So does a verbless part after it ("…, а tab-cel — в январе 2025 г.": received too).
      if (!trigger && (receiving || RECEIVED.test(part))) {
        receiving = true;
        continue;
      }
      receiving = false;
      // "By the end of 2025, eight CAR-T products had been approved": a part about a counted group
      // that names no product is a count (the approval-count rule's), not this product's approval.
      // Not a group the page lists next ("下表所列七个CAR-T产品均已获…批准", "the seven products below"):
      // those are the entries' approvals, which the claims stage gives to the list after.
      if (
        COUNTED_GROUP.test(part) &&
        !LISTED_AHEAD.test(part) &&
        !hitsOf(s, 'product').some((h) => h.at >= piece.start && h.at < piece.end)
      )
        continue;
      const at = trigger?.index ?? piece.start + (date?.start ?? 0);
      // The part's own words end at a contrast: its indication follows the trigger ("approved in 2017
      // for …"), failing that any "for …" in the part, never past a contrast ("approved in the US, but
      // not for children"); nor is a place past it the part's ("… et le zévorcabtagène depuis février
      // 2024, mais ils ne sont pas autorisés en Europe": the approval is China's, named before).
      // Nor past a semicolon that opens a later decision ("…于2021年9月获批…；此后又先后获批滤泡性淋巴瘤…":
      // the diseases added later are not this approval's).
      const later = part.slice(at - piece.start).search(LATER_DECISION);
      const ownEnd = Math.min(
        contrastAfter(part, at - piece.start),
        later >= 0 ? at - piece.start + later : part.length,
        regulatorClauseAfter(s, at, piece) - piece.start,
      );
      const regulators = regulatorsNear(s, at, { start: piece.start, end: piece.start + ownEnd });
      // Nor a date past that end ("…são aprovados nos Estados Unidos, assim como o Aucatzyl, aprovado pela
      // FDA em 8 de novembro de 2024": Aucatzyl's).
      const ownDate = date && date.start < ownEnd ? date : undefined;
      // Failing its own, the sentence's regulator, never one inside a later product's clause
      // ("… 에퀘셀을 허가했고, 12월 4일 FDA는 브레얀지를 …": the FDA is Breyanzi's).
      // A clause that ranks the product in the world ("…世界初の…はデリタクトである", "the world's
      // first …") borrows no regulator from another product's clause.
      const keyed = regulators.length > 0 ? undefined : keyedPlace(s, piece, at);
      const regs =
        regulators.length > 0
          ? regulators
          : keyed
            ? [keyed]
            : (worldwide(text.slice(clause.start, clause.end)) || placeOwnsProduct(s, clause)) &&
                clause.start > 0
              ? []
              : (nearestBefore(
                  clauseRegulators.filter((r) => r.at < piece.start + ownEnd),
                  at,
                ) ??
                borrowedRegulator(
                  sentenceRegulators
                    // Not one past the part's own end after the approval word: a later clause's
                    // ("l'Europe l'autorise depuis mars 2024 ; aux États-Unis, il reste réservé …").
                    .filter(
                      (r) =>
                        r.at < clause.end &&
                        (r.at < at || r.at < piece.start + ownEnd) &&
                        // Nor one past a semicolon after the word ("…批准Ebvallo…；美國FDA則…發出完整回應函").
                        !(r.at > at && /[;；]/u.test(text.slice(at, r.at))) &&
                        !quotedApart(text, r.at, at),
                    ),
                  at,
                ));
      // "Union européenne : autorisation … en août 2018": a line keyed by the place it is about.
      if (regs.length === 0) {
        const keyed = keyRegulator(s);
        if (keyed) regs.push(keyed);
      }
      // "2026. 1. | 미국 FDA | tab-cel | … | PTLD 허가": a decision cell whose row names the regulator in a
      // short cell of its own.
      if (regs.length === 0 && s.rowCells) {
        const id = rowRegulator(
          s.rowCells.filter((c) => c.text.trim().length <= REGULATOR_CELL_MAX),
          s.text,
          s.dataset.placeWords,
          'labels',
        );
        if (id) regs.push({ id, at: 0, to: 0 });
      }
      const ownPart = part.slice(0, ownEnd);
      const fromTrigger = ownPart.slice(at - piece.start);
      const forAfter = fromTrigger.search(FOR);
      const forAt = ownPart.search(FOR);
      const indicationText =
        forAfter >= 0 ? fromTrigger.slice(forAfter) : forAt >= 0 ? ownPart.slice(forAt) : ownPart;
      const population = findPopulation(indicationText);
      const lines = findPriorLines(indicationText);
      // A disease modifying a product named after the approval word is that product's use.
      // Nor a disease after an unknown medicine's name ("테셀라가 활막육종에, … 치료제 암탁비가 흑색종에"): that
      // medicine's use.
      const conditions = hitsOf(s, 'condition').filter(
        (h) => !modifiesLaterProduct(s, h, at) && !afterUnknownProduct(s, h, unknown),
      );
      // After the approval word, or naming it ("Kymriah's US lymphoma approval", "ALL-Zulassung"),
      // before any other disease the part names.
      // A date inside the list of uses dates the one right after it ("aprobado para linfoma B …, leucemia
      // linfocítica crónica y, desde 2023, linfoma de la zona marginal"), not the first.
      const datedUse =
        ownDate && piece.start + ownDate.start > at
          ? conditions.find(
              (h) =>
                h.at >= piece.start + ownDate.end &&
                h.at < piece.start + ownEnd &&
                /^[\s,:]{0,3}$/u.test(text.slice(piece.start + ownDate.end, h.at)),
            )
          : undefined;
      // Japanese and Korean put the use before the verb ("…흑색종 치료제로 허가된 데 이어 비소세포폐암 치료제로도
      // 승인되었다"): the one right before the approval word in its clause is its own, not the next clause's.
      const verbFinal = VERB_FINAL.test(part)
        ? conditions
            .filter((h) => h.at >= piece.start && h.to <= at && !/[,，、;；。]/u.test(text.slice(h.to, at)))
            .pop()
        : undefined;
      const condition =
        datedUse ??
        verbFinal ??
        conditions.find((h) => h.at >= at && h.at < piece.start + ownEnd) ??
        conditions.find((h) => h.at >= piece.start && h.to <= at && /^[\s-]?$/u.test(text.slice(h.to, at))) ??
        conditions.find((h) => h.at >= piece.start && h.at < piece.start + ownEnd);
      const excluded = condition
        ? excludedSubtype(s.dataset, condition.id, text.slice(Math.max(0, condition.at - 40), condition.at))
        : undefined;
      const base = {
        approved: true,
        conditionId: condition?.id ?? rowDisease ?? null,
        excludesConditionId: excluded?.excludes ?? null,
        conditionQualifier: excluded?.qualifier ?? null,
        ...populationFields(population),
        minPriorLines: lines?.value ?? null,
        linesMinimum: (lines !== undefined && linesAreMinimum(indicationText, lines)) || null,
        relapsedRefractory: findRelapsedRefractory(indicationText),
        // "was first approved in 2015" dates the product's first approval; "the first CAR-T approved" ranks the class.
        first: FIRST_APPROVAL.test(part) || (s.header !== undefined && /\bfirst\b/i.test(s.header)),
        // The kind its own clause names: "FDA早在2022年4月就批准了…，国内的附条件批准晚了一年多" was a
        // regular approval; the conditional one is the other regulator's.
        // Not where the part's date stands past a semicolon or a word of succession ("d'abord AC-C après
        // trois lignes; AC le 21/11/2024", "…, puis, en 2024, un avis de conformité"): the kind is the
        // undated decision's, the date a later one's.
        approvalType:
          ownDate &&
          ownDate.start > at - piece.start &&
          LATER_APART.test(part.slice(at - piece.start, ownDate.start))
            ? null
            : approvalTypeIn(listedTypeItem(s, piece) ?? ownClause(part, at - piece.start)),
        ...rankOf(s, piece),
      } satisfies Partial<Details>;
      // "seit 2023 hat es eine Swissmedic-Zulassung": the entry under a named regulator (unnamed,
      // "the first approved in Asia", it is no regulator's first decision the records could hold).
      // Not where "since" dates a use ("puede usarse en la UE desde abril de 2024 …"): that use's approval.
      // A row whose other cell names the disease ("Linfoma de células do manto | Breyanzi | Autorizado na
      // UE desde novembro de 2025"): its "since" dates that use's approval.
      // A part with no approval word of its own borrows the sentence's ("deux CAR-T sont autorisés en
      // deuxième ligne … : Yescarta, depuis octobre 2022, et Breyanzi, depuis 2023"): a use named
      // there is the one it dates.
      const borrowsUse = !trigger && namesUse(text.slice(0, piece.start));
      const entry = entryDated(part) && !s.dataset.sinceWords.uses.test(part) && !rowDisease && !borrowsUse;
      const start = trigger ? trigger.index : at;
      const end = Math.max(
        trigger ? trigger.index + trigger[0].length : at,
        condition && condition.at < piece.end ? condition.to : 0,
        ownDate ? piece.start + ownDate.end : 0,
      );
      // Whose approval: the product (or list of products) this part names first ("… and the FDA
      // approved Breyanzi"), else the one before it. Anchored at its end, so the list reads back from it.
      const subject = subjectEnd(s, piece) ?? at;
      // An approval told inside one product's bracket is that product's, not the list's.
      const bracketed = trigger ? bracketOwner(s, trigger.index) : undefined;
      /** Where the decision's date stands, when it is known, for soleRegulator. */
      let dateAt: number | undefined;
      /** One decision of this part: by `r`, on `date`, for the part's use unless `use` names its own. */
      const decision = (
        from: number,
        to: number,
        r: NamedRegulator | undefined,
        date: string | null,
        use: Partial<Details> = {},
      ): RawClaim<'approval'> => ({
        start: from,
        end: to,
        scope,
        distributive: bracketed === undefined,
        requiresProduct: true,
        anchor: bracketed ? bracketed.to : subject,
        details: {
          ...base,
          ...use,
          regulator: r?.id ?? null,
          regulatorName: r?.name ?? null,
          date,
          regulatorDated:
            (r !== undefined &&
              date !== null &&
              (datedInClause(dated, r.at, date) ||
                // "韓國：Kymriah於2020年獲食藥處核准，2022年4月起納入健保": the approval word's own clause
                // holds the date, and no other regulator is named.
                (regs.length === 1 && ownClauseRegulator(dated, r, at) && datedInClause(dated, at, date)) ||
                (dateAt !== undefined && !trigger && soleRegulator(r, piece.start, dateAt)))) ||
            null,
          // The entry is the part's own dated decision, not another date the part gives a use ("于2017年10月18日
          // 在美国首次获批，2022年起用于…": 2022 is a later widening).
          first:
            base.first || (entry && r !== undefined && (date === null || !ownDate || date === ownDate.date)),
          domestic: (r === undefined && DOMESTIC.test(part)) || null,
          historical,
        },
      });
      if (regs.length <= 1) {
        const r = regs[0];
        // "am 02.06.2025 auf das follikuläre Lymphom und am 19.02.2026 auf das Mantelzell-Lymphom",
        // "2020年にマントル細胞リンパ腫、2021年に成人の…白血病に", "for CLL (March 2024), FL (May 2024)":
        // each use with its own date is a decision of its own.
        const uses = datedUses(s, piece, partDates);
        // Each dated decision keeps the kind of approval its own clause names ("2020年7月FDA加速批准
        // …，2021年10月扩展至…": only the first was accelerated) and a regulator named there.
        const decisions =
          uses.length >= 2
            ? uses.flatMap((u) => {
                const own = spanAround(dated, u.start, DATE_CLAUSE_EDGE);
                const clause = dated.slice(own.from, own.to);
                // "…, a fait l'objet d'une demande auprès de l'EMA en juin 2024": a date whose clause
                // names a step and no approval word dates that step (the designation rule's).
                if (namesOnlyStep(s, clause, own.from, inClause)) return [];
                return [
                  {
                    start: u.start,
                    end: u.end,
                    date: u.date,
                    r: regulatorsNear(s, own.from, { start: own.from, end: own.to })[0] ?? r,
                    use: {
                      conditionId: u.conditionId,
                      excludesConditionId: null,
                      conditionQualifier: null,
                      approvalType: approvalTypeIn(clause),
                    },
                  },
                ];
              })
            : [
                {
                  start,
                  end,
                  date: (r && bracketDateAfter(dated, r.to)) ?? ownDate?.date ?? null,
                  r,
                  use: {},
                },
              ];
        for (const d of decisions) {
          dateAt = uses.length >= 2 ? d.start : ownDate ? piece.start + ownDate.start : undefined;
          out.push(decision(d.start, d.end, d.r, d.date, d.use));
        }
        continue;
      }
      // "approved by the FDA in 2017 and the EMA in 2018": one claim per regulator, each with its own date.
      // "2017 in den USA und 2018 in der EU", "2017年在美國、2018年在歐盟獲批": where each regulator has a date
      // between it and the one before, and none follows the last, the dates come first.
      const gapStart = (k: number) => (k > 0 ? regs[k - 1]!.to : piece.start);
      const gapDates = regs.map((r, k) => placeDate(text.slice(gapStart(k), r.at)));
      const last = regs[regs.length - 1]!;
      const datesFirst =
        gapDates.every((d) => d !== undefined) && findDate(text.slice(last.to, piece.end)) === undefined;
      regs.forEach((r, k) => {
        const next = regs[k + 1];
        // "autorizado por la AEMPS …; no tiene autorización de la EMA": this regulator's own approval
        // word is denied, so the page says it has not approved the product.
        // "只在内地获批，美国方面仍停留在临床阶段": a regulator whose own part says the product is not
        // approved there ("still in clinical trials") is a denial too.
        // Never past a contrast ("одобрены FDA, а также Еврокомиссией, но в Российской Федерации не
        // зарегистрированы": the denial is Russia's).
        const partEnd = next ? next.at : piece.end;
        const ownPart = text.slice(r.at, r.at + contrastAfter(text.slice(r.at, partEnd), 0));
        // "…, but the FDA has issued it two complete response letters": a later regulator whose part
        // names a step and no approval word of its own is that step's (the designation rule's).
        if (k > 0 && namesOnlyStep(s, ownPart, r.at, own)) return;
        if (deniedFor(text, r, own) || (k > 0 && NOT_APPROVED.test(ownPart))) {
          out.push({
            start: r.at,
            end: r.to,
            scope: 'section',
            requiresProduct: true,
            distributive: true,
            details: { approved: false, regulator: r.id, conditionId: null, everywhere: null },
          });
          return;
        }
        const from = datesFirst ? gapStart(k) : r.at;
        const dated = datesFirst ? gapDates[k] : findDate(text.slice(from, next ? next.at : piece.end));
        dateAt = dated ? from + dated.start : undefined;
        out.push(decision(r.at, Math.max(r.to, end), r, dated?.date ?? null));
      });
    }
  }
  return [...out, ...companions(s, out), ...contrastDenials(s, out), ...noneDenial];
}

/** "…, en même temps que Yescarta", "together with Yescarta", "zeitgleich mit Yescarta": a product approved alongside. */
const COMPANION =
  /[,，]?\s*(?:(?:at the same time as|together with|alongside|along with)|(?:en même temps que|ainsi que)|(?:junto (?:con|a)|al mismo tiempo que|a la vez que)|(?:ao mesmo tempo que|juntamente com|junto com)|(?:zeitgleich mit|gleichzeitig mit|gemeinsam mit|zusammen mit)|одновременно с)\s+(?:(?:le|la|l['’]|el|o|a|der|die|das|dem|den|the)\s*)?$/iu;

/**
 * The regulator a part with none of its own borrows from the sentence: its first. Not where two or
 * more regulators stand before the part ("阿基仑赛…获FDA批准…；瑞基奥仑赛…获NMPA批准；纳基奥仑赛…于2023年11月获批"):
 * each is an earlier part's, and which one this part means the sentence does not say.
 */
function borrowedRegulator(candidates: readonly NamedRegulator[], at: number): NamedRegulator[] {
  const before = new Set(candidates.filter((r) => r.at < at).map((r) => r.id));
  return before.size >= 2 ? [] : candidates.slice(0, 1);
}

/**
 * The decision a product shares with the one just told ("autorisé … dans l'Union européenne en août
 * 2018, en même temps que Yescarta"): the same regulator and date, for the product after the phrase.
 */
function companions(s: SentenceContext, out: readonly RawClaim<'approval'>[]): RawClaim<'approval'>[] {
  const extra: RawClaim<'approval'>[] = [];
  for (const h of hitsOf(s, 'product')) {
    const before = s.text.slice(Math.max(0, h.at - 40), h.at);
    if (!COMPANION.test(before)) continue;
    // "Zusammen mit Kymriah wurde Yescarta … zugelassen", "Together with Kymriah, Yescarta was …": a
    // phrase that opens the sentence shares the decision told after it.
    const fronted = /^[\s,，]*$/u.test(s.text.slice(0, h.at).replace(COMPANION, ''));
    const approved = out.filter((c) => c.details.approved === true).sort((a, b) => a.start - b.start);
    const told =
      approved.filter((c) => c.start < h.at).pop() ??
      (fronted ? approved.find((c) => c.start > h.to) : undefined);
    if (!told) continue;
    extra.push({ ...told, start: h.at, end: h.to, anchor: h.at, distributive: false, scope: 'row' });
  }
  return extra;
}

/** The one disease the other cells of the sentence's table row name, if the row names exactly one. */
function rowCondition(s: SentenceContext): string | undefined {
  if (!s.rowCells) return undefined;
  const ids = distinct(
    s.rowCells
      .filter((c) => c.text !== s.text)
      .flatMap((c) => c.hits.filter((h) => h.kind === 'condition').map((h) => h.id)),
  );
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * Whether `part` (the sentence's text from `at`) names a regulatory step (a filing, a complete response
 * letter …) and none of the approval `triggers`: what it says is that step's, the designation rule's.
 */
function namesOnlyStep(
  s: SentenceContext,
  part: string,
  at: number,
  triggers: readonly RegExpExecArray[],
): boolean {
  return (
    !triggers.some((t) => t.index >= at && t.index < at + part.length) &&
    decisionIn(part, s.dataset.stepWords) !== undefined
  );
}

/**
 * "미국에서는 2022년부터 2차 치료에 쓰이지만 국내에서는 아직 허가되지 않았습니다", "approved in the US, but
 * not yet in Korea": a denial after a contrast, by a regulator the approvals before it do not name, is
 * a claim of its own beside them.
 */
function contrastDenials(
  s: SentenceContext,
  approvals: readonly RawClaim<'approval'>[],
): RawClaim<'approval'>[] {
  if (approvals.length === 0) return [];
  const named = new Set(approvals.map((a) => a.details.regulator));
  const m = NOT_APPROVED_GATE.test(s.text) ? (NOT_APPROVED.exec(s.text) ?? negatedApproval(s.text)) : null;
  if (!m) return ellipticalDenial(s, approvals, named);
  // The denial's own clause starts at a contrast or a semicolon ("…aprobación acelerada de la FDA …; no
  // consta autorización en la UE").
  const from = clauseStartBefore(s.text, m.index);
  if (approvals.some((a) => a.start >= (from > 0 ? from : m.index))) return [];
  // With no contrast or semicolon before it, the approval may sit in a modifier of the product
  // ("米国で承認されているテカルタスは、国内では承認されていません": the US approval, the domestic denial):
  // the denial is its own claim when the place it names is one the approvals do not.
  // Its place is then the one between the product's name and the denial ("중국에서 … 허가된 사트리캅타젠 오토류셀은
  // 국내에서 허가되지 않은": Korea's).
  const after =
    from > 0
      ? 0
      : Math.max(
          0,
          ...hitsOf(s, 'product')
            .filter((h) => h.to <= m.index)
            .map((h) => h.to),
        );
  return denial(s, m, after).filter((d) => d.details.regulator !== null && !named.has(d.details.regulator));
}

/**
 * The approval word left out after a contrast: "approved in the US, but not yet in Japan",
 * "aprobado en Estados Unidos, pero todavía no en Japón", "…使えるようになっていますが、日本ではまだです",
 * "…허가됐지만 국내에서는 아직입니다". The last clause names a place and a "not (yet)" and nothing else.
 */
function ellipticalDenial(
  s: SentenceContext,
  approvals: readonly RawClaim<'approval'>[],
  named: ReadonlySet<Regulator | null | undefined>,
): RawClaim<'approval'>[] {
  const text = s.text;
  const from = contrastStart(text, text.length);
  if (from === 0 || approvals.some((a) => a.start >= from)) return [];
  const clause = text.slice(from, contrastAfter(text, from));
  if (!ELLIPTICAL_NOT.test(clause)) return [];
  const place = firstLocalPlace(clause);
  const regulator = place?.id ?? s.dataset.placeWords.find(([, re]) => re.test(clause))?.[0] ?? undefined;
  if (!regulator || regulator === 'OTHER' || named.has(regulator)) return [];
  // Nothing left but the place, the "not (yet)" and a copula: no other verb the "not" could deny.
  const rest = clause
    .replace(place?.match[0] ?? '', ' ')
    .replace(s.dataset.placeWords.find(([id]) => id === regulator)?.[1] ?? /(?!)/u, ' ')
    .replace(ELLIPSIS_FILLER, ' ');
  if (/[\p{L}]{3,}/u.test(rest)) return [];
  const uses = new Set(approvals.map((a) => a.details.conditionId).filter((c): c is string => Boolean(c)));
  return [
    {
      start: from,
      end: from + clause.trimEnd().length,
      scope: 'section',
      requiresProduct: true,
      distributive: true,
      // The use the approval before it names is the one denied there ("…beim Marginalzonenlymphom
      // zugelassen, in der EU bislang nicht"), when it names one.
      details: {
        approved: false,
        regulator,
        regulatorName: place?.match[0].trim() ?? null,
        ...(uses.size === 1 ? { conditionId: [...uses][0]! } : {}),
      },
    },
  ];
}

/** "not (yet)", "todavía no", "ainda não", "pas encore", "noch nicht", "ещё нет", "まだです", "아직입니다", "尚未". */
const ELLIPTICAL_NOT =
  /(?<![\p{L}])(?:not|nor|no|não|pas|nicht|не|нет)(?![\p{L}])|まだ(?:です|だ|。|$)|아직(?:입니다|이다|이에요|\s*[.。]|$)|尚未|还没有|還沒有|仍未/iu;
/** What an elliptical denial may hold besides its place: negators, "yet", copulas, particles, articles. */
const ELLIPSIS_FILLER =
  /(?<![\p{L}])(?:but|not|nor|yet|still|is|it|in|the|pero|todavía|aún|no|en|la|el|mas|porém|ainda|não|em|na|no|o|a|mais|pas|encore|en|au|aux|dans|le|l|nicht|noch|in|der|aber|jedoch|bislang|bisher|но|ещё|еще|пока|не|нет|в|однако)(?![\p{L}])|では|には|で|は|まだ|です|だ|에서는|에서|는|아직|입니다|이다|이에요|尚未|还没有|還沒有|仍未|[\s,.;:!?。、，；：—–-]/giu;

const FIRST_APPROVAL =
  /\b(?:first\s+(?:approved|authori[sz]ed|licensed|cleared)|first\s+(?:FDA|EMA|NMPA)?\s*approval|was first)\b/i;
/**
 * Words that date the product's entry under a regulator, its first approval there, not a later
 * widening: "initially", "erstmals", "por primera vez", "pela primeira vez", "pour la première
 * fois", "впервые", "首次", "初めて", "처음"; a registration received ("recebeu registro da Anvisa",
 * "зарегистрирован", a Brazilian or Russian product's entry: a new use is an amendment there); the
 * first of its kind in the country ("国内首个", "国内初", "국내 첫"), so its own first approval there.
 */
const ENTRY =
  /\b(?:initially|originally)\s+(?:approved|authori[sz]ed|licensed|registered)\b|(?<![\p{L}])(?:erstmal(?:s|ig)|zum\s+ersten\s+Mal|por\s+primera\s+vez|pela\s+primeira\s+vez|pour\s+la\s+première\s+fois|впервые|(?:recebeu|obteve|obtuvo|recibió|concedeu|concedió)\s+(?:o\s+|el\s+)?registro|зарегистриров\p{L}*)(?![\p{L}])|首次|国内首[个款]|初めて|国内初|처음|최초로|국내\s*첫/iu;
/**
 * "premier CAR-T autorisé au Canada", "the first CAR-T approved in Australia", "el primer CAR-T aprobado
 * en Brasil": the first of its kind in the country, so its own first approval there (not a use
 * named after it: "the first CAR-T approved in Japan for follicular lymphoma").
 */
const FIRST_IN_COUNTRY =
  /(?<![\p{L}])(?:first|premi(?:er|ère)|primer[oa]?|primeir[oa]|erste[rns]?|перв\p{L}+)\s+(?:[\p{L}-]+\s+){0,3}?(?:approved|authori[sz]ed|licensed|registered|autoris\p{L}*|aprobad\p{L}*|autorizad\p{L}*|aprovad\p{L}*|registrad\p{L}*|zugelassen\p{L}*|одобрен\p{L}*|зарегистрирован\p{L}*)\s+(?:in|au|en|em|no|na|in der|в)\s+(?:the\s+|l['’]\s*)?\p{Lu}\p{L}+(?![^.;]{0,6}(?:for|pour|para|für|bei|при|для)\s)/u;
/** "The country" unnamed, in the Latin-script languages pages use (its regulator is not named). */
const DOMESTIC =
  /(?<![\p{L}])(?:in (?:this|the|our) country|no país|neste país|em nosso país|en (?:el|este|nuestro) país|dans (?:le|ce|notre) pays|im (?:Land|Inland)|in (?:diesem|unserem) Land|hierzulande)(?![\p{L}])/iu;
/** "since 2023", "seit 2023", "desde 2022", "depuis 2019", "dès 2019", "с 2021 года", "自2021年", "2021年以来". */
const SINCE_DATE =
  /(?<![\p{L}])(?:since|seit|depuis|dès|desde|с)\s+(?:[\p{L}\d.]+\s+){0,3}?(?:19|20)\d{2}(?!\d)|自\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年[^，。]{0,6}?以来/iu;
/** A use added to others ("also", "auch", "también", "aussi", "também", "тоже", "也", "も"). */
const ALSO =
  /(?<![\p{L}])(?:also|too|as\s+well|auch|ebenfalls|también|además|aussi|également|também|ainda|тоже|также)(?![\p{L}])|也|还|亦|にも/iu;

/** Whether the text names a line of therapy or a population, so a use rather than the product. */
function namesUse(text: string): boolean {
  return findPriorLines(text) !== undefined || findPopulation(text) !== undefined;
}

/**
 * Whether the part dates the product's first approval by its regulator: an entry word, or "since"
 * a date where no use is added ("hat seit 2023 eine Swissmedic-Zulassung"; not "since 2024 also
 * for …", a widening dated from its own decision); never where it names a line or population.
 */
function entryDated(part: string): boolean {
  // "erstmals für die Zweitlinie", "国内首个可以在二线使用的": the first approval of a use, not the entry.
  // So is a use pointed back to ("seit dem 4. Dezember 2025 dafür zugelassen", "approved for it since").
  if (namesUse(part) || USE_POINTED_BACK.test(part)) return false;
  return ENTRY.test(part) || FIRST_IN_COUNTRY.test(part) || (SINCE_DATE.test(part) && !ALSO.test(part));
}
/** A word pointing back to a use named before: "dafür", "hierfür", "for it", "para ello", "pour cela", "для этого". */
const USE_POINTED_BACK =
  /(?<![\p{L}])(?:dafür|hierfür|for (?:it|this|that)(?! (?:product|therapy|drug))|for this (?:indication|disease|use)|para (?:ello|esto|isso|essa indicação|esta indicación)|pour (?:cela|cette indication)|для этого|при этом заболевании)(?![\p{L}])/iu;
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "since December 2025, for marginal zone lymphoma", "since April 2024 it can be used after …": a use dated from an approval. */
const SINCE_USE = new RegExp(
  `\\bsince\\s+(?=(?:(?:\\d{1,2}\\s+)?${MONTH_WORD}\\s+(?:\\d{1,2},?\\s+)?)?(?:19|20)\\d{2}\\b)|(?<![\\p{L}])(?:seit|depuis|dès|desde)\\s+(?=(?:[\\p{L}\\d.]+\\s+){0,4}?(?:19|20)\\d{2}(?!\\d))`,
  'giu',
);
/** "and" between two decisions of one clause ("se aprobó en 2017 y desde abril de 2022 …"). */
const AND = /(?<![\p{L}])(?:and|y|e|und|et|и)(?![\p{L}])/iu;
/** A clause of its own: a full stop or semicolon, or a conjunction of contrast or time ("while", "während", "а"). */
const OWN_CLAUSE_BETWEEN =
  /[;；。]|(?<![\p{L}])(?:while|whereas|but|when|während|aber|als|mientras|pero|cuando|tandis|alors|mais|quand|enquanto|mas|quando|но|а|однако|когда)(?![\p{L}])/iu;
/** A cheap test the packs' markers of "since" pass (lib/claims/since-use.ts). */
const SINCE_MARKER_GATE = /с\s|から|より|以降|起|以来|부터|이후/iu;
/**
 * What starts a "since" trigger: SINCE_USE's, or a pack's marker (lib/claims/since-use.ts): "с"
 * before a Russian date, a Chinese "自", or the date itself before "から", "부터", "起".
 */
const SINCE_WORD = /^(?:(?:since|seit|depuis|dès|desde|с)(?![\p{L}])|自|\d)/iu;
const SINCE_FOR =
  /^[^.;]{0,12}?(?<![\p{L}])(?:for|für|pour|para|chez|bei)\s+((?:[\p{L}-]+\s+){0,5}?)(?:adults?|children|p(?:a)?ediatric|patients|people|use|the treatment|Erwachsene[n]?|Kinder[n]?|Patient(?:en|innen)|adultes|enfants|patients|adultos|niños|pacientes|crianças|doentes)(?![\p{L}])/iu;
/** Headline verbs: "wins FDA nod", "gets the go-ahead", "receives the thumbs-up". */
const WON =
  /\b(?:wins?|won|gets?|got|receives?|received|earns?|earned|secures?|secured|lands?|landed|given|grants?|granted)\s+(?:[\w'’.-]+\s+){0,3}?(?:nod|go-ahead|thumbs[- ]up)\b/gi;

/** End of the first product name, or list of names ("Kymriah and Yescarta"), in the part. */
function subjectEnd(s: SentenceContext, piece: { start: number; end: number }): number | undefined {
  const named = s.hits
    .filter((h) => h.kind === 'product' && h.at >= piece.start && h.at < piece.end)
    // "After NexCAR19, Var-cel was approved": a product in a fronted phrase is not the subject.
    .filter((h) => !FRONTED.test(s.text.slice(0, h.at)) || !/^[^,]{0,40},/.test(s.text.slice(h.to)))
    .sort((a, b) => a.at - b.at);
  let last = named[0];
  if (!last) return undefined;
  for (const h of named.slice(1)) {
    if (h.at < last.to || !listGap(s.text, last.to, h.at)) break;
    last = h;
  }
  return last.to;
}

/** The regulator sits in the approval word's clause, or labels it ("韓國：Kymriah於2020年獲食藥處核准"). */
function ownClauseRegulator(text: string, r: NamedRegulator, at: number): boolean {
  const { from, to } = spanAround(text, at, CLAUSE_EDGE);
  return (r.at >= from && r.at < to) || /^\s*[:：]\s*$/u.test(text.slice(r.to, from));
}

/** Whether the clause around a regulator's name holds one date, and it is `date`. */
function datedInClause(text: string, at: number, date: string): boolean {
  const { from, to } = spanAround(text, at, CLAUSE_EDGE);
  const dates = findDates(text.slice(from, to));
  return dates.length === 1 && dates[0]!.date === date;
}

/** "since December 2025, for marginal zone lymphoma" or "since 2022 Carvykti can be used": not "since 2016" alone. */
function sinceDatesUse(s: SentenceContext, at: number): boolean {
  const date = findDate(s.text.slice(at, at + 40));
  if (!date) return false;
  const from = at + date.end;
  const rest = s.text.slice(from);
  // "follikuläres Lymphom (seit 2022)", "DLBCL in der Zweitlinie (since October 2022)": a use with the
  // date it was approved from, in brackets after it.
  if (/[(（]\s*$/u.test(s.text.slice(0, at)) && /^\s*[)）]/u.test(rest)) {
    const open = s.text.slice(0, at).search(/[(（]\s*$/u);
    if (s.hits.some((h) => h.kind === 'condition' && h.to <= open && open - h.to <= 40)) return true;
  }
  if (SINCE_FOR.test(rest)) return true;
  // "for" and a disease the matcher found ("since October 2021 for B-cell ALL", "desde 2025, también
  // para cáncer de pulmón").
  const m = /^[^.;]{0,12}?(?<![\p{L}])(?:for|para|pour|für|bei|для|при)\s+/iu.exec(rest);
  if (
    m !== null &&
    s.hits.some(
      (h) => h.kind === 'condition' && h.at >= from + m[0].length && h.at - (from + m[0].length) < 50,
    )
  )
    return true;
  // A use in the clause that holds the date, up to the sentence's end or 60 characters after it: a
  // verb of use before or after the date ("since 2022 Carvykti can be used", "se usa en Estados Unidos
  // desde 2022", "2023年12月から…使える"), or a line of therapy or prior lines ("desde 2022 en segunda
  // línea", "seit März 2024 nach mindestens zwei Vortherapien").
  const start = spanAround(s.text, at, CLAUSE_EDGE).from;
  // A full stop ends it where a sentence could start after it, never the "г." of "с марта 2024 г.".
  const ahead = rest.slice(0, 60).replace(/(?<![\p{L}])г\./gu, 'г ') + ';';
  const end = from + Math.max(0, ahead.search(/[;。；!?]|\.(?=\s+\p{Lu}|\s*$)/u));
  const clause = s.text.slice(start, end);
  return s.dataset.sinceWords.uses.test(clause) || findPriorLines(clause) !== undefined;
}

/** Whether the approval word nearest to regulator `r` is a denied one ("no tiene autorización de la EMA"). */
function deniedFor(text: string, r: NamedRegulator, positive: readonly RegExpExecArray[]): boolean {
  let nearestDenied = Infinity;
  for (const re of [APPROVAL, LOCAL_APPROVAL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      if (isNegated(text, m.index)) nearestDenied = Math.min(nearestDenied, Math.abs(m.index - r.at));
  }
  const nearestPositive = Math.min(Infinity, ...positive.map((t) => Math.abs(t.index - r.at)));
  return nearestDenied < nearestPositive && nearestDenied < 40;
}

/**
 * The trigger patterns, each with a word it cannot match without (same flags, so the same case
 * folding): every sentence goes through approvalTriggers, and a plain word test is much cheaper
 * than these patterns' lookaheads and lookbehinds at every position. Only a speed-up: a pattern
 * skipped here would have found nothing.
 */
/**
 * The present a timeline or a headline tells a past decision in ("2018: la Comisión Europea autoriza
 * Kymriah", "Anvisa aprova Carvykti", "l'EMA approuve Aucatzyl", "Tecartus se autoriza en la UE"): only
 * with a name right after the verb (capitalised, after an article at most) or a reflexive "se" or an
 * object pronoun before it ("Santé Canada l'autorise aussi …"). "autoriza un ensayo", "aprova o desenho
 * do estudo", "autorise un essai" authorise something else. Case-sensitive, so no i flag.
 */
const PRESENT_APPROVAL =
  /(?<![\p{L}])(?:(?:[Aa]prueban?|[Aa]utorizan?|[Aa]prova[m]?|[Aa]utorizam|[Aa]pprouve(?:nt)?|[Aa]utorise(?:nt)?)(?=\s+(?:(?:el|la|los|las|al|o|a|os|as|le|les|l['’])\s*)?[A-ZÁÉÍÓÚÑÇ])|(?<=(?:(?<![\p{L}])(?:se|la|le|les|lo|los|las|o|os)\s|(?<![\p{L}])l['’]))(?:autoriza[nm]?|aprueban?|aprova[m]?|autorise(?:nt)?|approuve(?:nt)?))(?![\p{L}])/gu;

const TRIGGERS: ReadonlyArray<readonly [RegExp, RegExp | null]> = [
  [APPROVAL, null],
  [LOCAL_APPROVAL, looseUnion([LOCAL_APPROVAL])],
  [PRESENT_APPROVAL, null],
  [SINCE_USE, /since|seit|depuis|dès|desde/iu],
  [WON, /nod|go-ahead|thumbs[- ]up/i],
];

/** The words of the page's languages an analysis compiles once (lib/index-dataset.ts). */
type Words = Pick<
  SentenceContext['dataset'],
  'stepWords' | 'extensionWords' | 'sinceWords' | 'successionWords'
>;

/**
 * Approval words not negated or hedged ("not yet approved", "if approved", "approval process"). With
 * the sentence's hits, also a verb of following whose subject is a product or regulator.
 */
function approvalTriggers(text: string, words: Words, hits?: SentenceContext['hits']): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const denied = denialTest(text);
  const floor = productFloor(hits);
  for (const [re, needs] of TRIGGERS) scanTrigger(text, re, needs, words.stepWords, denied, out, floor);
  // A label extended to a new use ("expanded the label to", "Indikation … erweitert"): the packs'
  // words, behind the gate every language's words pass.
  const widened: RegExpExecArray[] = [];
  scanTrigger(text, words.extensionWords, EXTENSION_GATE, words.stepWords, denied, widened);
  // "The Yescarta trial was extended to patients with lymphoma", "El estudio … fue ampliado a …", "L'accès
  // à Kymriah a été étendu …": a study, access or funding widened, not the label.
  out.push(...widened.filter((m) => widensLabel(text, m.index)));
  // A product that followed an approval just told, with its own date ("Yescarta followed on 18
  // October 2017", "Breyanzi se sumó en mayo de 2024").
  if (hits) {
    const followed: RegExpExecArray[] = [];
    scanTrigger(text, words.successionWords, SUCCESSION_GATE, words.stepWords, denied, followed);
    out.push(
      ...followed.filter((m) =>
        m.groups?.['turn'] !== undefined
          ? hasProductAfter(text, m.index + m[0].length, hits)
          : hasSubject(text, m.index, hits),
      ),
    );
  }
  // "Since" as the packs write it around a date ("с октября 2022 г.", "2023年12月から"), behind a gate.
  scanTrigger(text, words.sinceWords.markers, SINCE_MARKER_GATE, words.stepWords, denied, out);
  return out.sort((a, b) => a.index - b.index);
}

/** A verb of naming or presenting right before an approval word: "called", "described as", "назван", "présenté comme". */
const NAMED_AS =
  /(?<![\p{L}])(?:called|described as|presented as|referred to as|touted as|advertised as|назван\p{L}*|называ\p{L}*|(?:описан|представлен|преподносит)\p{L}* как|(?:présenté|décrit|qualifié)e?s? (?:comme|d['’]|de)|(?:descrit|apresentad|presentad|calificad)[oa]s? como|bezeichnet als|dargestellt als)\s*$/iu;

/**
 * Where the clause of the product named last before `at` starts, in a sentence naming another
 * product before it: a step told of that earlier product ("Provenge … retirado en 2015, y Zalmoxis,
 * con autorización …") does not name what the later one's approval word is.
 */
function productFloor(hits: SentenceContext['hits'] | undefined): (at: number) => number {
  const products = (hits ?? []).filter((h) => h.kind === 'product').sort((a, b) => a.at - b.at);
  return (at) => {
    const before = products.filter((h) => h.at < at);
    const last = before[before.length - 1];
    return last && before.some((h) => h.id !== last.id) ? last.at : 0;
  };
}

/** Adds the matches of one trigger pattern that are approvals (see approvalTriggers). */
function scanTrigger(
  text: string,
  re: RegExp,
  needs: RegExp | null,
  steps: Words['stepWords'],
  denied: (at: number) => boolean,
  out: RegExpExecArray[],
  floor: (at: number) => number = () => 0,
): void {
  re.lastIndex = 0;
  if (needs !== null && !needs.test(text)) return;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (isHedged(text, m.index) || PROCESS.test(text.slice(m.index)) || denied(m.index)) continue;
    // "主な製品の承認状況", "허가 현황", "estado de aprobación", "（依美國或原產地首次核准）": an approval word
    // naming a status or a sorting criterion, a caption's or heading's, asserts no decision.
    if (STATUS_AFTER.test(text.slice(m.index + m[0].length)) || CRITERION_BEFORE.test(text.slice(0, m.index)))
      continue;
    // "treated at an authorized center", "centros autorizados", "zugelassene Zentren": a place of
    // treatment the word qualifies, not a product's approval.
    if (SITE_AFTER.test(text.slice(m.index + m[0].length)) || SITE_BEFORE.test(text.slice(0, m.index)))
      continue;
    // "lehnte die Zulassung … ab": the approval word names what was refused (a denial, below).
    if (isRefused(text, m.index)) continue;
    // "не называйте её «одобренным лекарством»", "do not call it an 'approved therapy'": a name the
    // sentence quotes, not an approval it states.
    if (namedInQuotes(text, m.index)) continue;
    // "RP1 назван одобренным, но FDA …", "it was presented as approved": another's word the sentence
    // reports, not an approval it states.
    if (NAMED_AS.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "IND approval", "cleared" an IND, "approval" of a designation: the designation rule reads those.
    if (decisionGoverning(text, m.index, m[0].length, steps, floor(m.index))) continue;
    out.push(m);
  }
}

function notApproved(s: SentenceContext): RawClaim<'approval'>[] {
  if (!NOT_APPROVED_GATE.test(s.text)) return [];
  // A complete response letter is a step of its own, dated and checked by the designation rule; read
  // as "not approved" it would be judged against approvals that may have come later. Not a denial of
  // a clause of its own past a semicolon ("…兩度收到FDA完整回應函；截至…，本公司未見其獲批公告").
  const phrase = NOT_APPROVED.exec(s.text);
  const step = decisionIn(s.text, s.dataset.stepWords);
  const denied = step?.kind === 'crl' ? (phrase ?? negatedApproval(s.text)) : undefined;
  if (
    step?.kind === 'crl' &&
    !(
      denied &&
      /[;；]/u.test(s.text.slice(Math.min(step.end, denied.index), Math.max(step.start, denied.index)))
    )
  )
    return [];
  // A denial phrase the sentence denies in turn says nothing of approval; a negated approval word
  // (below) is the denial itself.
  if (phrase && deniedDenial(s.text, phrase.index)) return [];
  // "denied it as "investigational"", "called it 'experimental'": another's word the sentence quotes.
  if (phrase && namedInQuotes(s.text, phrase.index)) return [];
  // "Eine positive CHMP-Empfehlung ist noch keine Zulassung": what a step is not, said of the step.
  // Not "Für Tecelra ist noch keine Zulassung … erteilt worden": the approval denied.
  if (
    phrase &&
    /^(?:noch\s+)?keine/iu.test(phrase[0]) &&
    IS_NO.test(s.text.slice(0, phrase.index)) &&
    STEP_SUBJECT.test(s.text.slice(0, phrase.index)) &&
    !/^[^.;]{0,40}?(?<![\p{L}])(?:erteilt|vorhanden|erfolgt|ausgesprochen)/iu.test(s.text.slice(phrase.index))
  )
    return [];
  const m = phrase ?? negatedApproval(s.text) ?? refusedApproval(s.text);
  if (!m) return [];
  return denial(s, m);
}

/**
 * A not-approved word the sentence itself denies or sets aside: "no longer experimental", "not an
 * experimental treatment", "ya no es un tratamiento experimental", "o que afasta a tese de
 * tratamento experimental" (which rules out the argument that it is experimental). A few words may
 * stand between, never a conjunction or a comma that starts another statement.
 */
const DENIED_DENIAL =
  /(?:^|[^\p{L}])(?:not|no|never|nicht|kein\p{L}*|não|nem|pas|plus|не|нет|afasta\p{L}*|afastad\p{L}*|descart\p{L}*|rul(?:e|es|ed|ing)\s+out|refut\p{L}*|widerleg\p{L}*|écart\p{L}*|опроверг\p{L}*|deixou\s+de\s+ser|dej[óa]\s+de\s+ser)\s+(?:(?!(?:and|but|y|pero|und|aber|et|mais|e|mas|и|но)\s)[\p{L}'’-]+\s+){0,4}$/iu;
function deniedDenial(text: string, at: number): boolean {
  return DENIED_DENIAL.test(text.slice(Math.max(0, at - 50), at));
}

/**
 * An approval word the sentence negates in a way the fixed phrases above do not spell out
 * ("weder in der EU noch in den USA zugelassen"): the same negators that keep it from being an
 * approval make it a denial.
 */
function negatedApproval(text: string): RegExpExecArray | undefined {
  for (const re of [APPROVAL, LOCAL_APPROVAL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      if (isNegated(text, m.index) && !definesStep(text, m.index)) return m;
  }
  return undefined;
}
/**
 * "…la designación PRIME, que no es una autorización de comercialización", "a designation, which is not
 * an approval": a relative clause saying what another thing is not, no denial of the product's approval.
 */
const NOT_AN_APPROVAL =
  /(?:^|[^\p{L}])(?:que|which|that|qui|ce qui|die|das|der|что|которая|которое|который|o que)\s+(?:no|not|n['’]est pas|nicht|не|não)\s+(?:es|is|est|ist|является|é)\s+(?:(?:una?|an?|une?|eine?|um|uma|la|el|the)\s+)?$/iu;
/** Russian's dash for the copula before "не": "Положительное заключение CHMP — тоже не одобрение". */
const DASH_NOT = /\s[—–-]\s*(?:(?:тоже|также|ещё|еще|пока|это)\s+)?не\s+$/u;

/** Whether the negated approval word at `at` says what another thing, a step, is not. */
function definesStep(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (NOT_AN_APPROVAL.test(before)) return true;
  // The dash only after a step as the subject: "Карвикти в России — не регистрация, а …" denies the product's.
  const dash = DASH_NOT.exec(before);
  return dash !== null && STEP_SUBJECT.test(text.slice(0, at - before.length + dash.index));
}

/** A step as a sentence's subject: what "is not an approval" is said of ("Die CHMP-Empfehlung ist …"). */
const STEP_SUBJECT =
  /Empfehlung|Stellungnahme|Votum|Gutachten|Antrag|Ausweisung|Status|Designation|CHMP|opinion|recommendation|dictamen|opinión|designación|parecer|designação|avis|désignation|заключени|рекомендаци|статус|заявк|разрешени\p{L}*\s+на\s+(?:клинич|исследов)/iu;

/** A copula right before "keine Zulassung": the sentence says what its subject is not. */
const IS_NO =
  /(?<![\p{L}])(?:ist|sind|war|wäre|bedeutet)\s+(?:(?:noch|auch|also|aber|jedoch|eben|damit)\s+)?$/iu;

/** An approval word a regulator refused ("verweigerte die FDA … die Zulassung"): a denial. */
function refusedApproval(text: string): RegExpExecArray | undefined {
  for (const re of [APPROVAL, LOCAL_APPROVAL]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (isRefused(text, m.index)) return m;
  }
  return undefined;
}

/** The page says the product is not approved: by the regulators the denial spans, or the nearest. */
function denial(s: SentenceContext, m: RegExpExecArray, clauseFrom = 0): RawClaim<'approval'>[] {
  // "미국에서는 … 쓰이지만 국내에서는 아직 허가되지 않았습니다": the regulator of the denial's own
  // clause, after the contrast; the sentence's when that clause names none.
  // So does a clause after a semicolon ("…in der EU Tecartus und Aucatzyl; in der Schweiz … keine Zulassung").
  const from = Math.max(clauseStartBefore(s.text, m.index), clauseFrom);
  const own = regulatorsNear(s, m.index, { start: from, end: s.text.length });
  const regulators = own.length > 0 ? own : regulatorsNear(s, m.index);
  const condition = nearestHit(s, 'condition', m.index, m.index + m[0].length);
  // "未获美国FDA或欧洲药品管理局批准", "not approved by the FDA or the EMA": each regulator the
  // denial spans is denied; otherwise the one nearest the words.
  const spanned = regulators.filter((r) => r.at >= m.index && r.to <= m.index + m[0].length + 40);
  const before = coordinatedBefore(s.text, regulators, m.index);
  // One word for two regulators ("欧美") denies both.
  const first = regulators.slice(0, 1);
  const oneWord = WEST_ZH.test(s.text) ? regulators.filter((r) => r.name === '欧' || r.name === '美') : [];
  const denied =
    spanned.length > 1 ? spanned : before.length > 1 ? before : oneWord.length > 1 ? oneWord : first;
  const population = findPopulation(s.text);
  const clause = spanAround(s.text, m.index, CLAUSE_EDGE);
  const ownClause = s.text.slice(clause.from, clause.to);
  return (denied.length > 0 ? denied : [undefined]).map((r) => ({
    // Several regulators: each claim marks its own regulator's name.
    start: denied.length > 1 && r ? r.at : m.index,
    end: denied.length > 1 && r ? r.to : m.index + m[0].length,
    scope: 'section' as const,
    requiresProduct: true,
    distributive: true,
    details: {
      approved: false,
      regulatorName: r?.name ?? null,
      regulator: r?.id ?? null,
      conditionId: condition?.id ?? null,
      // "not approved for second-line treatment", "… for children": the line and patients the
      // denial is about, in its own clause ("not licensed for second-line use; in Europe it is given
      // after two or more lines": the two lines are the next clause's).
      minPriorLines: findPriorLines(ownClause)?.value ?? null,
      ...populationFields(population),
      // "still investigational", "only in clinical trials": not approved anywhere.
      everywhere: /investig|experiment|trials?|stud|research|ensayos/i.test(m[0]) ? true : null,
    },
  }));
}

/**
 * A number of products as a subject: "eight CAR-T products", "8款CAR-T产品", "6개 제품", "шесть
 * препаратов"; not a span of months ("4개월", "3个月").
 */
const COUNTED_GROUP =
  /(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+|[两二三四五六七八九十多数几]+\s*(?:款|个(?!月)|種類?|种)|\d+\s*(?:款|个(?!月)|種類?|种|종|개(?!월)))\s*(?:(?:CAR-?T|cell|gene|TIL|TCR-?T)[- ]?(?:cells?\s)?)?\s*(?:products?|therapies|treatments|drugs|medicines|产品|疗法|药物|製品|治療薬|제품|치료제|препарат\p{L}*)?(?<=[\p{L}])/iu;

/** A group the page lists after the sentence: "下表所列", "以下の", "아래", "below", "the following". */
const LISTED_AHEAD =
  /下表|下列|以下の|下記の?|아래(?:의)?\s|(?<![\p{L}])(?:below|the following|siguientes|suivants|folgenden?|seguintes|следующ\p{L}*|ниже)(?![\p{L}])/iu;

/** "then", "later", "puis", "danach", "затем": words of succession that mean nothing else. */
const THEN_WORDS = String.raw`(?<![\p{L}])(?:then|later|subsequently|puis|ensuite|luego|después|depois|danach|später|затем|позже)(?![\p{L}])`;
/**
 * A word of succession (after a semicolon where the word also means "after <something>"): what follows
 * is a later decision ("…승인한 이후 림프종과 백혈병 분야의…").
 */
const SUCCESSION = new RegExp(
  `[;；]\\s*(?:之后|后来|${THEN_WORDS})|此后|随后|其后|その後|(?:한|된)\\s?이후|그 후`,
  'iu',
);
/** A semicolon or a word of succession between an approval word and a date: the date is a later decision's. */
const LATER_APART = new RegExp(`[;；]|${THEN_WORDS}|その後|此后|随后|之后|이후|그 후`, 'iu');

/** A later decision, or another product's told by comparison (", as well as", ", как и"). */
const LATER_DECISION = new RegExp(
  `${SUCCESSION.source}|[,，]\\s*(?:as well as|just like|like|assim como|ainsi que|así como|al igual que|so wie|wie auch|как и)\\s`,
  'iu',
);

/**
 * Where a clause after `at` that opens with a regulator of its own starts: a semicolon with a
 * regulator or its place just after it ("…适应症前移至…的患者；欧盟于2024年4月完成同类扩展", "…; the EMA
 * followed in 2022"). That regulator is its clause's, not the approval's before it. `piece.end` when
 * there is none, or when the part names a regulator of its own before the semicolon.
 */
function regulatorClauseAfter(s: SentenceContext, at: number, piece: { start: number; end: number }): number {
  const text = s.text;
  SEMICOLONS.lastIndex = at;
  for (let m = SEMICOLONS.exec(text); m && m.index < piece.end; m = SEMICOLONS.exec(text)) {
    // The first words of the clause after the semicolon: a regulator named there, or its place.
    const head = { start: m.index + 1, end: Math.min(piece.end, m.index + 1 + CLAUSE_HEAD) };
    if (
      regulatorIn(text.slice(head.start, head.end), s.dataset.placeWords) === undefined &&
      regulatorsNear(s, head.start, head).length === 0
    )
      continue;
    // A clause that tells a step and no approval ("…；美國FDA則…發出完整回應函") is a statement of its own.
    const rest = text.slice(m.index + 1, piece.end);
    if (decisionIn(rest, s.dataset.stepWords) && approvalTriggers(rest, s.dataset).length === 0)
      return m.index;
    // A part that names its own regulator before the semicolon keeps both ("FDA: 30 Aug 2017; EU: Aug
    // 2018": two decisions read together, each with its date).
    return regulatorsNear(s, at, { start: piece.start, end: m.index }).length > 0 ? piece.end : m.index;
  }
  return piece.end;
}
/** How far into the clause after a semicolon its regulator may be named ("; in Europe the EMA"). */
const CLAUSE_HEAD = 24;

/** How far after the approval word a place it names may start: "approuvé au Japon", "aprobado en Japón". */
const PLACE_AFTER_WORD = 24;

/** What joins two regulators of one list: "FDA나 유럽 EMA", "FDA und EMA", "FDA、PMDA". */
const REGULATOR_JOINER =
  /^\s*(?:,|、|・|和|或|及|と|や|나|이나|와|과|및|또는|and|or|nor|und|oder|noch|et|ou|ni|y|o|e|nem|и|или|ни)\s*(?:\p{L}{1,8}\s*)?$/iu;

/**
 * "미국 FDA나 유럽 EMA의 허가는 받지 않았다": in languages that put the verb last, the regulators
 * listed right before the denial word are all denied.
 */
function coordinatedBefore(
  text: string,
  regulators: readonly NamedRegulator[],
  at: number,
): NamedRegulator[] {
  const ahead = regulators.filter((r) => r.to <= at).sort((a, b) => a.at - b.at);
  const last = ahead[ahead.length - 1];
  if (!last || at - last.to > 12) return [];
  const out = [last];
  for (let k = ahead.length - 2; k >= 0; k--) {
    if (!REGULATOR_JOINER.test(text.slice(ahead[k]!.to, out[0]!.at))) break;
    out.unshift(ahead[k]!);
  }
  return out;
}

/** A column header that says its cells are approvals ("Approved in", "Onde está aprovado", "Zugelassen in"). */
const APPROVAL_HEADER =
  /approv|aprov|aprob|autoriz|zugelassen|zulassung|autoris|approuv|одобр|зарегистр|批准|获批|承認|허가|승인/iu;

/**
 * Places a cell of an approvals column lists by name alone ("EUA, União Europeia, Japão"), in the
 * languages pages use: the regulator of each. Prose needs a preposition (LOCAL_PLACES); a cell
 * under such a header has nothing else to say.
 */
const CELL_PLACES: ReadonlyArray<readonly [Regulator, RegExp]> = (
  [
    [
      'FDA',
      'U\\.?S\\.?A?\\.?|United States|EUA|EE\\.?\\s?UU\\.?|Estados Unidos|États-Unis|Etats-Unis|США|美国|米国|미국',
    ],
    [
      'EMA',
      'EU|UE|European Union|Europe|Europa|União Europeia|Unión Europea|Union européenne|Евросоюз|ЕС|欧盟|欧州|유럽',
    ],
    [
      'MHRA',
      'UK|GB|Great Britain|United Kingdom|Reino Unido|Royaume-Uni|Großbritannien|Великобритания|英国|영국',
    ],
    ['PMDA', 'Japan|Japão|Japón|Japon|Япония|日本|일본'],
    ['HC', 'Canada|Canadá|Kanada|Канада|加拿大|カナダ|캐나다'],
    ['NMPA', 'China|Chine|Китай|中国|중국'],
    ['ANVISA', 'Brazil|Brasil|Brasilien|Brésil|Бразилия'],
    ['SWISSMEDIC', 'Switzerland|Suíça|Suiza|Schweiz|Suisse|Швейцария|瑞士|スイス|스위스'],
    ['TGA', 'Australia|Austrália|Australien|Australie|Австралия'],
  ] as const
).map(([id, names]) => [id, new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, 'gu')] as const);

/** Regulators a cell names, as hits or as bare places, each once, in text order. */
function cellRegulators(s: SentenceContext): Array<{ id: string; at: number; to: number }> {
  const found: Array<{ id: string; at: number; to: number }> = hitsOf(s, 'regulator').map((h) => ({
    id: h.id,
    at: h.at,
    to: h.to,
  }));
  for (const [id, re] of CELL_PLACES) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text))
      if (!found.some((f) => m!.index < f.to && f.at < m!.index + m![0].length))
        found.push({ id, at: m.index, to: m.index + m[0].length });
  }
  found.sort((a, b) => a.at - b.at);
  return found.filter((h, k) => found.findIndex((x) => x.id === h.id) === k);
}

/** A trial as a table row's event: "clinical trial", "ensayo clínico", "клинических исследований", "临床试验". */
const TRIAL_EVENT =
  /clinical (?:trial|stud)|ensayos? clínicos?|estudos? clínicos?|essais? cliniques?|klinische[rn]? (?:Studie|Prüfung)|клиническ\p{L}* исследовани|临床试验|臨床試驗|治験|임상/iu;

/** Whether a text holds an approval word of its own. */
function namesApproval(text: string): boolean {
  APPROVAL.lastIndex = 0;
  LOCAL_APPROVAL.lastIndex = 0;
  return APPROVAL.test(text) || LOCAL_APPROVAL.test(text);
}

/** A cell under "First FDA approval" / "NMPA approval" / "Status": the header says what the date means. */
function tableCell(s: SentenceContext): RawClaim<'approval'>[] {
  const text = s.text;
  // The header row itself ("식약처 허가" over its column) states nothing.
  if (s.header !== undefined && text.trim() === s.header.trim()) return [];
  // A date in a row whose event is a step or a decision still to come ("целевая дата
  // рассмотрения | 02.08.2026", "CRL | 09.01.2026") dates that event, not an approval.
  // So does a row whose event is a trial or a refusal and names no approval ("Старт клинических
  // исследований «Утжефры» | декабрь 2024 г.", "FDA lehnt ab | 2025").
  // Not another regulator's column ("米国FDA | 2024/02/16 | 欧州EC | 2024-06申請"): its step is that regulator's.
  if (
    s.rowCells?.some(
      (c) =>
        c.text !== text &&
        !(c.header !== undefined && c.header !== s.header && regulatorIn(c.header, s.dataset.placeWords)) &&
        (PENDING_EVENT.test(c.text) ||
          // Not a payer's decision: a coverage column beside the regulator's ("… | 30.08.2017 | erstattet
          // seit 2019", "經TFDA核准；健保給付") dates its own event, not the row's approval.
          decisionIn(c.text, s.dataset.stepWords, 'reimbursement') ||
          ((TRIAL_EVENT.test(c.text) || REFUSAL.test(c.text)) && !namesApproval(c.text))),
    )
  )
    return [];
  // "None; approved for mantle cell lymphoma (July 24, 2020) …" under "Indolent lymphoma approval (FDA)":
  // the "none" answers the column, and what the cell goes on to approve is an approval of its own.
  const none = NONE_CELL.exec(text);
  const instead = none !== null && /[;；]/u.test(none[0]) && namesApproval(text.slice(none[0].length));
  if (NOT_APPROVED.test(text) || (none && !instead)) {
    // "None; not approved for lymphoma": the denial of the one disease the cell names, not of the product.
    const denied = distinct(hitsOf(s, 'condition').map((h) => h.id));
    return [
      {
        start: 0,
        end: text.length,
        scope: 'row',
        requiresProduct: true,
        details: {
          approved: false,
          regulator: columnRegulator(s) ?? null,
          ...(denied.length === 1 ? { conditionId: denied[0]! } : {}),
        },
      },
    ];
  }
  // Past a denial, a status cell telling steps ("혁신치료제 지정, 순차 허가신청(롤링 BLA) 진행 중": a designation, an
  // application under way): the designation rule's, whatever approval word the application holds.
  if (!APPROVED_CELL.test(text) && !findDate(text) && decisionIn(text, s.dataset.stepWords)) return [];
  // The cell's own event, when it is a step, a trial or a refusal and names no approval
  // ("zwei Ablehnungsbescheide der FDA (Juli 2025, April 2026)"), is that event's, whatever the column.
  if (
    !namesApproval(text) &&
    (decisionIn(text, s.dataset.stepWords) || TRIAL_EVENT.test(text) || REFUSAL.test(text))
  )
    return [];
  const date = findDate(text);
  const places = cellRegulators(s);
  // "EUA (Outubro de 2021), União Europeia" under "Onde está aprovado", "FDA, 27 de octubre de
  // 2015; Comisión Europea, 16 de diciembre de 2015": one decision per regulator the cell lists,
  // each with the date written after it and before the next.
  if (places.length > 1) {
    const out: RawClaim<'approval'>[] = [];
    places.forEach((h, k) => {
      const until = places[k + 1]?.at ?? text.length;
      const own = findDate(text.slice(h.to, until));
      // Undated places need the column or the cell to say they are approvals ("Approved (US, EU)").
      if (!own && !APPROVAL_HEADER.test(`${s.header ?? ''} ${text}`)) return;
      out.push({
        start: h.at,
        end: own ? h.to + own.end : h.to,
        scope: 'section',
        requiresProduct: true,
        details: { approved: true, regulator: h.id as Regulator, date: own?.date ?? null, first: false },
      });
    });
    return out;
  }
  const named = places[0]?.id as Regulator | undefined;
  const regulator =
    named ??
    columnRegulator(s) ??
    rowRegulator(s.rowCells, s.text, s.dataset.placeWords, 'labels') ??
    headingRegulator(s) ??
    null;
  // "Agosto de 2018; segunda línea, octubre de 2022", "2021 (condicional); ampliación, marzo de 2024":
  // a list of the regulator's decisions, each dated, each with the line its own item names.
  const items = listedDecisions(text);
  if (items.length > 1)
    return items.map((item) => {
      // An item may name its own use, regulator and kind of approval ("LLA: setembro de 2022",
      // "EU: August 2018", "conditional").
      const conditions = idsWithin(s, 'condition', item);
      const own = hitsOf(s, 'regulator').find((h) => h.at >= item.start && h.to <= item.end)?.id as
        Regulator | undefined;
      return {
        start: item.start,
        end: item.end,
        scope: 'section',
        requiresProduct: true,
        details: {
          approved: true,
          regulator: own ?? regulatorIn(item.text, s.dataset.placeWords) ?? regulator,
          date: item.date,
          first: false,
          conditionId: conditions.length === 1 ? conditions[0]! : null,
          approvalType: approvalTypeIn(item.text),
          minPriorLines: findPriorLines(item.text)?.value ?? null,
        },
      };
    });
  // A column headed "approved in" names approvals by their regulator alone.
  // An undated cell says "approved" in its own words, in any language ("zugelassen", "aprobado").
  if (
    !date &&
    !namesApproval(text) &&
    !APPROVED_CELL.test(text) &&
    !(named && APPROVAL_HEADER.test(s.header ?? ''))
  )
    return [];
  return [
    {
      start: date?.start ?? 0,
      end: date?.end ?? text.length,
      // A row that names no product is about the product its section heading names
      // ("Zulassungen von Breyanzi in der Schweiz": Datum | Indikation).
      scope: 'section',
      requiresProduct: true,
      // An undated status is every listed product's ("CD19 | Kymriah, Breyanzi | zugelassen"); a date
      // under a row of several products may be the first of them only.
      distributive: !date,
      details: {
        approved: true,
        regulator,
        date: date?.date ?? null,
        first: /\bfirst\b/i.test(`${s.header ?? ''} ${text}`) || FIRST_IN_COUNTRY.test(text),
      },
    },
  ];
}

/**
 * "was converted from accelerated to regular approval in February 2026", "in eine reguläre Zulassung
 * umgewandelt": a change of an approval's kind, which the dataset does not record as a decision of
 * its own, so its date is no approval date.
 */
const CONVERSION =
  /(?<![\p{L}])(?:convert\p{L}*|conversion|umgewandelt|Umwandlung|convertid[ao]|convertie|conversão|переведен\p{L}*)(?![\p{L}])|转为|轉為|转换为|전환/iu;

function inConversion(text: string, at: number): boolean {
  const { from, to } = spanAround(text, at, /[.;。；]/u);
  return CONVERSION.test(text.slice(from, to));
}

/** "registro sanitario": a national registration, which names no place of its own. */
const UNPLACED_REGISTRATION = /sanitarios?$/iu;

/**
 * A cell that answers "none" under an approval column, alone or before what there is instead ("noch
 * keine, Zulassungsantrag bei der FDA", "ninguna (en estudio)", "нет", "なし", "없음", "无").
 */
const NONE_CELL =
  /^\s*(?:(?:not yet|still|noch|todavía|aún|ainda|pas encore|toujours|пока|ещё)\s+)?(?:no|none|keine?|ninguna?|nenhuma?|aucune?|нет|无|無|なし|없음|-|–|—|n\/a)\s*(?:$|[,;(（，、])/iu;

/**
 * A cell under an approval or status column that opens with the decision in one word: "Registered
 * (MCL)", "Zugelassen", "已註冊，醫管局使用" (registered, used by the Hospital Authority), "承認済み".
 * In prose "registered" is as often a trial's; a cell under such a column has nothing else to say.
 */
const APPROVED_CELL =
  /^\s*(?:(?:registered|approved|licensed|authori[sz]ed|zugelassen|registriert|aprobad[oa]|autorizad[oa]|aprovad[oa]|registrad[oa]|autorisée?|approuvée?|enregistrée?|зарегистрирован\p{L}*|одобрен\p{L}*)(?![\p{L}])|已(?:经|經)?(?:注册|註冊|核准|批准|获批|獲批|上市)|承認済|(?:허가|승인)(?:됨|완료))/iu;

/** An event still to come, as a table's event cell names it. */
const PENDING_EVENT =
  /PDUFA|target (?:action )?date|action date|fecha (?:objetivo|prevista)|date (?:cible|prévue)|Zieldatum|data[- ]alvo|целев\p{L}* дат\p{L}*|дат\p{L}* рассмотрени\p{L}*|目标日|目標日|審査終了|심사 ?기한|예정일|목표일/iu;

/** How far into an item its product's name may start: "Kymriah (tisagenlecleucel) – …", "• Abecma: …". */
const ITEM_LEAD = 40;

/**
 * "FDA-approved CAR T-cell therapies" over a list or table: each item that leads with one product
 * is the page saying that product is approved (by the heading's regulator). A heading that denies
 * or hedges ("Not yet approved", "If approved") gives nothing; a heading naming a product is its own.
 */
function underApprovalHeading(s: SentenceContext): RawClaim<'approval'>[] {
  const heading = s.headings[s.headings.length - 1];
  if (s.blockKind !== 'list-item' && s.blockKind !== 'table-row') return [];
  // A list's own lead-in ("In the US the following uses were added:") speaks for it before a heading does.
  const lead = s.leadIn && approvalTriggers(s.leadIn.text, s.dataset).length > 0 ? s.leadIn : undefined;
  if (lead && !NOT_APPROVED.test(lead.text)) {
    const dated = datedUseItem(s, regulatorOf(lead.text, lead.hits));
    if (dated) return [dated];
  }
  if (heading && !NOT_APPROVED.test(heading) && approvalTriggers(heading, s.dataset).length === 0) {
    const entry = datedEntry(s);
    return entry ? [entry] : [];
  }
  if (!heading || approvalTriggers(heading, s.dataset).length === 0 || NOT_APPROVED.test(heading)) return [];
  const dated = datedUseItem(s, headingRegulator(s));
  if (dated) return [dated];
  if (s.headingHits?.[0]?.some((h) => h.kind === 'product')) return [];
  // A row says it once: in a column of its own for approvals (tableCell) or in a cell with an
  // approval word; and only its first cell leads with the product (a row of products is a header).
  if (s.rowCells) {
    if (s.rowCells[0]?.text !== s.text) return [];
    if (s.rowCells.filter((c) => c.hits.some((h) => h.kind === 'product')).length > 1) return [];
    if (
      s.rowCells.some(
        (c) =>
          c.role === 'approval' ||
          approvalTriggers(c.text, s.dataset).length > 0 ||
          // "TGA decision | Dec 2018": a dated cell under a regulator's column (as `detect` reads it).
          inRegulatorColumn(c, s),
      )
    )
      return [];
  }
  const products = hitsOf(s, 'product');
  const first = products[0];
  if (!first || first.at > ITEM_LEAD || products.some((p) => p.id !== first.id)) return [];
  return [
    {
      start: first.at,
      end: first.to,
      scope: 'row',
      requiresProduct: true,
      details: { approved: true, regulator: headingRegulator(s) ?? null, fromHeading: true },
    },
  ];
}

/** A date that opens a list entry, then a dash or colon: "22 января 2021 г. — Yescarta". */
const DATE_LEAD_JOINER = /^\s*(?:г\.|года)?\s*[:：–—-]\s*/u;

/**
 * A regulator's timeline: under a heading that names a regulator ("Китай (NMPA)", "Japan (MHLW/PMDA)"),
 * an entry that opens with a month or day date and then names one product ("22 января 2021 г. —
 * Yescarta.", "Ноябрь 2023 г. — CNCT19 (inati-cel): …") dates that regulator's decision. Not an entry
 * that names a step (IND, designation, filing) or another act of the regulator (a safety warning).
 */
function datedEntry(s: SentenceContext): RawClaim<'approval'> | undefined {
  if (s.blockKind !== 'list-item' || s.rowCells !== undefined) return undefined;
  const regulator = headingRegulator(s);
  if (!regulator) return undefined;
  const date = findDate(s.text.slice(0, 40));
  if (!date || s.text.slice(0, date.start).trim() !== '' || !/-\d{2}/.test(date.date)) return undefined;
  const joiner = DATE_LEAD_JOINER.exec(s.text.slice(date.end));
  if (!joiner) return undefined;
  const product = hitsOf(s, 'product')[0];
  const from = date.end + joiner[0].length;
  if (!product || product.at < from || product.at - from > 24) return undefined;
  // The step and act patterns last: they are the costly part.
  if (namesOtherAct(s)) return undefined;
  return {
    start: date.start,
    end: product.to,
    scope: 'row',
    requiresProduct: true,
    details: { approved: true, regulator, date: date.date, first: false, fromHeading: true },
  };
}

/**
 * An entry of a heading's approved uses with the date it came ("濾胞性リンパ腫（2024年5月）" under
 * "ブレヤンジの国内で承認された適応"): that use's approval, by the heading's regulator or place.
 */
function datedUseItem(
  s: SentenceContext,
  regulator: Regulator | undefined,
): RawClaim<'approval'> | undefined {
  if (hitsOf(s, 'product').length > 0) return undefined;
  const condition = hitsOf(s, 'condition')[0];
  if (!condition || condition.at > ITEM_LEAD) return undefined;
  const bracket = /[(（]([^()（）]{4,24})[)）]\s*$/u.exec(s.text);
  if (!bracket || bracket.index < condition.to) return undefined;
  const date = findDate(bracket[1]!);
  if (!date || bracket[1]!.trim().length > date.end - date.start + 2) return undefined;
  return {
    start: 0,
    end: s.text.length,
    scope: 'section',
    requiresProduct: true,
    details: {
      approved: true,
      conditionId: condition.id,
      date: date.date,
      regulator: regulator ?? null,
    },
  };
}

/** The regulator of a line that opens with a place or a regulator as its key ("EE. UU.: …", "美国：…"). */
function keyRegulator(s: SentenceContext): NamedRegulator | undefined {
  const key = /^\s*([^:：.;。]{1,30}?)\s*[:：]/u.exec(s.text);
  const id = key ? regulatorIn(key[1], s.dataset.placeWords) : undefined;
  return key && id ? { id, at: key.index, to: key.index + key[0].length } : undefined;
}

/** The regulator the innermost heading names ("… in der Schweiz", "FDA approvals"), if one. */
function headingRegulator(s: SentenceContext): Regulator | undefined {
  return regulatorOf(s.headings[s.headings.length - 1] ?? '', s.headingHits?.[0] ?? []);
}

/** The regulator a heading or a list's lead-in names, by name or by place ("米国ではその後…"). */
function regulatorOf(text: string, hits: readonly Hit[]): Regulator | undefined {
  const named = hits.find((h) => h.kind === 'regulator');
  if (named) return named.id as Regulator;
  return LOCAL_PLACES.find(([, re]) => re.test(text))?.[0];
}

interface NamedRegulator {
  id: Regulator;
  at: number;
  to: number;
  /** As the page names it, for regulators the dataset groups as OTHER ("TİTCK", "Turkey"). */
  name?: string;
}

/**
 * A place in the genitive right before a product names where that product comes from or is sold
 * ("米国のイムリジックより早く", "美国的Kymriah"), not the regulator of the sentence's approval.
 */
function ownsProduct(s: SentenceContext, placeEnd: number): boolean {
  const joiner = /^\s*(?:の|的|['’]s)\s*/u.exec(s.text.slice(placeEnd, placeEnd + 6));
  if (!joiner) return false;
  const at = placeEnd + joiner[0].length;
  return hitsOf(s, 'product').some((h) => h.at === at);
}

/**
 * A clause whose product a country owns ("中國的安柯瑞 … 2005年核准", "日本のデリタクト", "China's
 * Oncorine"): the clause is set in that country, so it borrows no regulator another product's
 * clause named.
 */
const OWNING_PLACE =
  /(?:中国|美国|日本|欧洲|欧盟|韩国|印度|米国|欧州|韓国|中國|美國|歐洲|歐盟|韓國)(?=\s*[的の])|(?<![\p{L}])(?:China|Japan|America|Europe|Korea|India)(?=['’]s)/gu;
function placeOwnsProduct(s: SentenceContext, clause: { start: number; end: number }): boolean {
  const part = s.text.slice(clause.start, clause.end);
  OWNING_PLACE.lastIndex = 0;
  for (let m = OWNING_PLACE.exec(part); m; m = OWNING_PLACE.exec(part))
    if (ownsProduct(s, clause.start + m.index + m[0].length)) return true;
  return false;
}

/**
 * A place keyed after the product's colon, its date after a comma ("Delytact (G47Δ): Japan, 2021, malignant
 * glioma, … approval"): the part's own regulator, before any the sentence names for another product.
 */
const KEYED_PLACE = /[:：]\s*([^:：,，.;。()（）]{2,24}?)\s*[,，]\s*(?=[^.;。]{0,16}?(?:19|20)\d{2})/u;
function keyedPlace(
  s: SentenceContext,
  piece: { start: number; end: number },
  word: number,
): NamedRegulator | undefined {
  const part = s.text.slice(piece.start, piece.end);
  const m = KEYED_PLACE.exec(part);
  const id = m ? regulatorIn(m[1]!.trim(), s.dataset.placeWords) : undefined;
  if (!m || !id || id === 'OTHER') return undefined;
  const at = piece.start + m.index + m[0].indexOf(m[1]!);
  // Not past a clause of its own or another event ("Carvykti: China, 2017, discovered by …; approved in 2022").
  const between = s.text.slice(piece.start + m.index + m[0].length, word);
  if (/[;；]/u.test(between) || OTHER_EVENT.test(between)) return undefined;
  return { id, at, to: at + m[1]!.length, name: m[1]!.trim() };
}
/** Events a keyed place and date may be of, other than the approval: discovery, development, founding. */
const OTHER_EVENT =
  /discover|develop|invent|found(?:ed)?(?![\p{L}])|entdeck|entwickel|gegründet|descubi|desarroll|desenvolv|découv|développ|fondé|разработ|открыт|研发|研發|开发|開発|개발|발견/iu;

/** A bracket of a place and a date: "(Chine, juin 2026)", "(Japón, 2021)". */
const PLACE_DATE_BRACKET = /[(（]\s*([^()（）,，.;]{2,24}?)\s*[,，]\s*[^()（）]{2,24}[)）]/u;
function bracketPlace(s: SentenceContext, m: RegExpExecArray): Regulator | undefined {
  if (!HAS_YEAR_DIGITS.test(m[0].slice(m[1]!.length))) return undefined;
  const id = regulatorIn(m[1]!.trim(), s.dataset.placeWords);
  return id === 'OTHER' ? undefined : id;
}

function regulatorsNear(
  s: SentenceContext,
  at: number,
  within: { start: number; end: number } = { start: 0, end: s.text.length },
): NamedRegulator[] {
  // A regulator inside a quotation the approval word is outside of is the quoted words' own.
  const named = hitsOf(s, 'regulator').filter(
    (h) => h.at >= within.start && h.at < within.end && !quotedApart(s.text, h.at, at),
  );
  const seen = new Set<string>();
  const out: NamedRegulator[] = [];
  for (const h of named) {
    if (seen.has(h.id)) continue;
    seen.add(h.id);
    const id = ministryCountry(h.id as Regulator, s.text.slice(h.to));
    // "Минздрав Кореи (MFDS)": the ministry and the acronym are one regulator, named once.
    if (id !== h.id && seen.has(id)) continue;
    seen.add(id);
    out.push({ id, at: h.at, to: h.to, name: h.text });
  }
  const part = s.text.slice(within.start, within.end);
  if (out.length > 0) {
    // "approved in the United States in November 2024 and by the UK's MHRA in April 2025": a place
    // the approval word names beside another regulator's name is a regulator of its own (an
    // approval word: "used in Europe" beside "approved by the FDA" is no decision).
    const m = APPROVED_PLACE.exec(part);
    const place = m?.[1]?.trim();
    const found = place ? REGULATOR_PLACES.find(([, re]) => re.test(place)) : undefined;
    if (m && place && found && !seen.has(found[0])) {
      const at = within.start + m.index + m[0].indexOf(m[1]!);
      out.push({ id: found[0], at, to: within.start + m.index + m[0].length, name: place });
      out.sort((a, b) => a.at - b.at);
    } else {
      // The same in other languages: a place right after the approval word ("approuvé au Japon en juin
      // 2021 puis par la FDA en 2023", "zugelassen in Japan und später von der FDA").
      // Or in a bracket of place and date closing the approval's clause: "premier CAR-T autorisé pour
      // une tumeur solide (Chine, juin 2026)".
      const near = s.text.slice(at, Math.min(within.end, at + PLACE_AFTER_WORD));
      const local = mayNameLocalPlace(near) ? firstLocalPlace(near) : undefined;
      if (local && !seen.has(local.id)) {
        const from = at + local.match.index;
        out.push({ id: local.id, at: from, to: from + local.match[0].length, name: local.match[0].trim() });
        out.sort((a, b) => a.at - b.at);
      }
    }
  }
  if (out.length === 0) {
    // "premier CAR-T autorisé pour une tumeur solide (Chine, juin 2026)": the bracket's place.
    const bracket = PLACE_DATE_BRACKET.exec(s.text.slice(at, Math.min(within.end, at + 60)));
    const id = bracket ? bracketPlace(s, bracket) : undefined;
    if (bracket && id) {
      const from = at + bracket.index + 1;
      out.push({ id, at: from, to: from + bracket[1]!.length, name: bracket[1]!.trim() });
    }
  }
  if (out.length === 0) {
    // "未在欧美获批": Europe and America, one word for two regulators.
    const both = WEST_ZH.exec(part);
    if (both) {
      // 欧 is Europe, 美 America: each character marks its own regulator.
      const at = within.start + both.index;
      out.push({ id: 'EMA', at, to: at + 1, name: '欧' }, { id: 'FDA', at: at + 1, to: at + 2, name: '美' });
    }
  }
  if (out.length === 0) {
    // Hong Kong or Macao where it is the place nearest the approval word on its side of any contrast:
    // "美國另有…獲批…，但…未見在香港註冊" is the US's approval; "已獲內地…批准…的CAR-T…獲批在港註冊" Hong Kong's.
    const zh = placeZh(s.text).find(([id, re]) => {
      const m = re.exec(part);
      if (!m) return false;
      const place = within.start + m.index;
      // A Japanese "国内" after the approval word competes with a place nearer it ("米国で承認されたテカルタス
      // …については、…国内承認の公表を確認できなかった": the US's approval), as Hong Kong and Macao do.
      if (id !== 'OTHER' && (place <= at || !/[\u3040-\u30ff]/u.test(part))) return true;
      if (id === 'OTHER' && place > at && contrastStart(s.text, place) > at) return false;
      const local = mayNameLocalPlace(part) ? firstLocalPlace(part) : undefined;
      return !local || Math.abs(place - at) < Math.abs(within.start + local.match.index - at);
    });
    if (zh) {
      const m = zh[1].exec(part)!;
      const at = within.start + m.index;
      // An untracked authority is named by its place ("香港"), which verify looks for in its records.
      out.push({ id: zh[0], at, to: at + m[0].length, ...(zh[0] === 'OTHER' ? { name: m[0] } : {}) });
    }
  }
  if (out.length === 0) {
    const m = PLACE.exec(part);
    const place = m?.[1];
    if (m && place) {
      const found = REGULATOR_PLACES.find(([, re]) => re.test(place.trim()));
      if (found)
        out.push({
          id: found[0],
          at: within.start + m.index + m[0].indexOf(place),
          to: within.start + m.index + m[0].length,
          name: place.trim(),
        });
    }
  }
  if (out.length === 0) {
    // "China's drug regulator", "Japan's health ministry", "European regulators".
    const m = COUNTRY_REGULATOR.exec(part);
    const id = m ? regulatorIn(m[1]) : undefined;
    if (m && id)
      out.push({ id, at: within.start + m.index, to: within.start + m.index + m[0].length, name: m[0] });
  }
  if (out.length === 0 && mayNameLocalPlace(part)) {
    // A country named in another language: "no Brasil", "in Deutschland", "в России", "在美国".
    const first = firstLocalPlace(part);
    if (first && !ownsProduct(s, within.start + first.match.index + first.match[0].length)) {
      const m = first.match;
      out.push({
        id: first.id,
        at: within.start + m.index,
        to: within.start + m.index + m[0].length,
        // "no tiene registro sanitario": a national registration the page does not place.
        ...(UNPLACED_REGISTRATION.test(m[0]) ? {} : { name: m[0] }),
      });
    }
  }
  if (out.length === 0) {
    // Authorities outside the dataset ("licensed by the TİTCK", "approved by Swissmedic").
    const m = OTHER_AUTHORITY.exec(part);
    if (m)
      out.push({
        id: 'OTHER',
        at: within.start + m.index,
        to: within.start + m.index + m[0].length,
        name: m[1] ?? m[0],
      });
  }
  if (out.length === 0 && within.start === 0) {
    // "In Japan, Kymriah is approved for …": the place the sentence opens with.
    const m = LEAD_PLACE.exec(s.text);
    const place = m?.[1];
    const found = place ? REGULATOR_PLACES.find(([, re]) => re.test(place)) : undefined;
    if (m && place && found)
      out.push({ id: found[0], at: m.index + m[0].indexOf(place), to: m.index + m[0].length, name: place });
  }
  if (out.length === 0) {
    // "Keine EU-Zulassung", "die US-Zulassung": a regulator or place joined to the approval noun.
    const m = HYPHEN_REGULATOR.exec(part);
    const id = m ? regulatorIn(m[1]) : undefined;
    if (m && id)
      out.push({ id, at: within.start + m.index, to: within.start + m.index + m[1]!.length, name: m[1] });
  }
  if (out.length === 0) {
    // "EU green light", "Japanese approval": the country's adjective just before the approval word.
    const before = s.text.slice(Math.max(within.start, at - 30), at);
    const m = ADJECTIVE_BEFORE.exec(before);
    const id = m ? regulatorIn(m[1]) : undefined;
    if (m && id)
      out.push({
        id,
        at: at - before.length + m.index,
        to: at - before.length + m.index + (m[1] ?? '').length,
        name: m[1],
      });
  }
  if (out.length === 0) {
    // "a China aprovou", "la Unión Europea autorizó", "Japan approved": the country is the subject.
    const before = s.text.slice(Math.max(within.start, at - 40), at);
    const m = SUBJECT_PLACE.exec(before);
    // After a preposition the place is where something happened ("desarrollado en Europa aprobado"),
    // not who approved.
    const subject = m && !PLACE_PREPOSITION.test(before.slice(0, m.index));
    const id = m && subject ? regulatorIn(m[1], s.dataset.placeWords) : undefined;
    if (m && id)
      out.push({
        id,
        at: at - before.length + m.index,
        to: at - before.length + m.index + m[1]!.length,
        name: m[1],
      });
  }
  if (out.length > 0) out.push(...coordinatedPlaces(part, within.start, out, s.dataset.placeWords));
  out.sort((a, b) => a.at - b.at);
  return out.filter((r) => Math.abs(r.at - at) < 200 && !excluded(s.text, r));
}

/** A cell this short that names a regulator is the row's regulator ("미국 FDA", "Health Canada"), not a note. */
const REGULATOR_CELL_MAX = 16;

/** What may join a regulator's name to its decision's date: a comma, colon, dash, bracket or a space ("FDA 2024年2月"). */
const REGULATOR_DATE_JOINER = /^\s*[)）]?\s*(?:[,:：(（–—-]\s*)?/u;

/** Whether a step the whole clause names ("retirée" after "autorisation") lies in this piece of it. */
function stepInPiece(
  s: SentenceContext,
  clause: { start: number; end: number },
  piece: { start: number; end: number },
): boolean {
  return stepsIn(s.text.slice(clause.start, clause.end), s.dataset.stepWords).some(
    (st) => clause.start + st.start >= piece.start && clause.start + st.start < piece.end,
  );
}

/** Verbs of receiving, in the languages pages use: what a part without an approval word received is no approval. */
const RECEIVED =
  /(?<![\p{L}])(?:received|receives|recibi(?:ó|eron)|recebe(?:u|ram)|erhielt(?:en)?|(?:a|ont) reçu|получ(?:ил|ал)\p{L}*)(?![\p{L}])|收到|接到|受け取|받았|받은/iu;

/** Regulators' other dated acts: safety communications, boxed warnings, investigations, holds. */
const OTHER_ACT =
  /warn|safety|investigat|boxed|recall|communicat|clinical hold|alert|advert|aviso|Warnhinweis|Sicherheit|sécurité|segurança|seguridad|предупрежд|безопасн|警告|安全|경고|안전/iu;

/**
 * Whether a sentence that dates a regulator's act without an approval word names a step (IND,
 * designation, filing) or another act (a safety warning): then the date is not an approval's.
 */
function namesOtherAct(s: SentenceContext): boolean {
  // Not a payer's decision ("…(2022년 12월 미국 FDA 허가)처럼 … 건강보험이 적용되지 않아"): no regulator's act.
  return decisionIn(s.text, s.dataset.stepWords, 'reimbursement') !== undefined || OTHER_ACT.test(s.text);
}

/**
 * A regulator's name with a full or month date right after it ("FDA, 1 October 2021", "EMA (August
 * 2018)") in a list entry, a table cell or in brackets, in a sentence that names no step (an IND, a
 * designation, a filing) and no other act of a regulator (a safety communication, a boxed warning):
 * a trigger at the name, as if the approval word were written.
 */
function regulatorBesideDate(s: SentenceContext): RegExpExecArray[] {
  const entry = s.blockKind === 'list-item' || s.rowCells !== undefined;
  const out: RegExpExecArray[] = [];
  for (const r of hitsOf(s, 'regulator')) {
    const after = s.text.slice(r.to, r.to + 48);
    const joiner = REGULATOR_DATE_JOINER.exec(after);
    const bracketed = /[(（]\s*$/u.test(s.text.slice(Math.max(0, r.at - 2), r.at));
    // In an entry, the date first and the regulator in brackets after it: "25 April 2025, conditional
    // (MHRA)", "29 April 2026 (MFDS)".
    if (entry && bracketed && !findDate(after) && dateBeforeBracket(s.text, r.at)) {
      out.push(Object.assign([s.text.slice(r.at, r.to)], { index: r.at, input: s.text }) as RegExpExecArray);
      continue;
    }
    if (!joiner || (!entry && !bracketed)) continue;
    const date = findDate(after.slice(joiner[0].length));
    // The date right after the joiner, down to the month ("FDA, 2017" alone is as often a guidance's year).
    if (!date || date.start !== 0 || !/-\d{2}/.test(date.date)) continue;
    out.push(Object.assign([s.text.slice(r.at, r.to)], { index: r.at, input: s.text }) as RegExpExecArray);
  }
  // The step and act patterns last: they are the costly part, and most sentences end above.
  return out.length > 0 && !namesOtherAct(s) ? out : [];
}

/** A date down to the month that ends a few words before the bracket at `at` opens ("25 April 2025, conditional ("). */
function dateBeforeBracket(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), Math.max(0, at - 1));
  const dates = findDates(before);
  const last = dates[dates.length - 1];
  return (
    last !== undefined &&
    /-\d{2}/.test(last.date) &&
    /^[\s,]*(?:\p{L}+[\s,]*){0,2}$/u.test(before.slice(last.end))
  );
}

/**
 * A place the sentence sets aside: "outside China", "fuera de Europa", "außerhalb der EU", "за
 * пределами Китая", "中国以外", "중국 밖에서는". "Not approved outside China" says nothing of the NMPA.
 */
const OUTSIDE_BEFORE =
  /(?<![\p{L}])(?:outside(?:\s+of)?|except(?:\s+in)?|beyond|fuera(?:\s+de)?|excepto(?:\s+en)?|salvo(?:\s+en)?|fora(?:\s+d[oae]s?)?|exceto(?:\s+n[oae]s?)?|en\s+dehors(?:\s+d[eu])?|hors(?:\s+d[eu])?|sauf(?:\s+en|\s+au)?|außerhalb(?:\s+(?:der|des|von))?|au(?:ß|ss)er(?:\s+in)?|за\s+пределами|вне|кроме)\s+(?:(?:the|la|el|los|las|o|a|le|les|l['’]|der|die|das|den)\s*)?$|除(?:了)?$/iu;
const OUTSIDE_AFTER = /^\s*(?:以外|之外|外|밖|이외|외(?:에)?)/u;
/**
 * A CJK place that qualifies a noun of products or makers ("美国产品的几分之一", "米国製品", "미국 제품"): where
 * they come from, not who approved.
 */
const ORIGIN_AFTER = /^\s*(?:的\s*)?(?:产品|药品|药物|企业|公司|药企|厂商|製品|企業|製薬|제품|기업|제약사)/u;
function excluded(text: string, r: NamedRegulator): boolean {
  const after = text.slice(r.to, r.to + 6);
  return (
    OUTSIDE_BEFORE.test(text.slice(Math.max(0, r.at - 24), r.at)) ||
    OUTSIDE_AFTER.test(after) ||
    (/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]/u.test(r.name ?? '') && ORIGIN_AFTER.test(after))
  );
}

/** "欧美" (Europe and America), as Chinese pages write the two markets together. */
/** "未在欧美获批", "欧美已批准": not "欧美产品的一小部分" (Western products, compared). */
const WEST_ZH = /欧美(?![^，。；,;]{0,2}(?:产品|药品|药物|国家的|价格))/u;

/** Capitalized words right before the approval word: a country as its subject ("a China aprovou"). */
const SUBJECT_PLACE = /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)\s+$/u;
const PLACE_PREPOSITION =
  /(?<![\p{L}])(?:in|into|from|of|at|en|em|no|na|nos|nas|de|del|do|da|dans|au|aux|du|des|im|in der|aus|nach|в|из|во)\s+(?:(?:the|la|el|le|l['’]|o|a|die|der)\s+)?$/iu;

const LOCAL_PLACES_ALL = LOCAL_PLACES.map(([id, re]) => [id, new RegExp(re.source, 'giu')] as const);

/**
 * Places joined to the regulators already found ("approved in the EU in 2022 and in Switzerland in
 * February 2022"): each is a decision of its own, with the date that follows it.
 */
function coordinatedPlaces(
  part: string,
  offset: number,
  found: readonly NamedRegulator[],
  placeWords: ReadonlyArray<readonly [Regulator, RegExp]>,
): NamedRegulator[] {
  const places: NamedRegulator[] = [];
  for (const m of part.matchAll(IN_PLACE)) {
    const name = m[1]!.trim();
    const id = REGULATOR_PLACES.find(([, re]) => re.test(name))?.[0];
    if (id) places.push({ id, at: offset + m.index, to: offset + m.index + m[0].length, name });
  }
  // The quick rejection of localPlaceRegulator: the same patterns, so a part it rejects names none.
  if (mayNameLocalPlace(part))
    for (const [id, re] of LOCAL_PLACES_ALL)
      for (const m of part.matchAll(re))
        places.push({ id, at: offset + m.index, to: offset + m.index + m[0].length, name: m[0].trim() });
  const first = Math.min(...found.map((r) => r.at));
  // Bare places listed after the first ("en Estados Unidos, la Unión Europea y Japón", "in den USA,
  // der EU und Japan"): the packs' place words, each after a joiner and perhaps an article.
  for (const [id, re] of placeWords) {
    for (
      let from = first - offset + 1, k = part.slice(from).search(re);
      k >= 0;
      k = part.slice(from).search(re)
    ) {
      const at = from + k;
      const name = re.exec(part.slice(at))?.[0] ?? '';
      places.push({ id, at: offset + at, to: offset + at + name.length, name });
      from = at + Math.max(1, name.length);
    }
  }
  // English names other languages write too ("in den USA, der EU und Japan").
  for (const m of part.matchAll(BARE_PLACE)) {
    const name = m[1]!.trim();
    const id = REGULATOR_PLACES.find(([, re]) => re.test(name))?.[0];
    if (id) places.push({ id, at: offset + m.index, to: offset + m.index + m[0].length, name });
  }
  const out: NamedRegulator[] = [];
  for (const p of places.sort((a, b) => a.at - b.at)) {
    if (p.at <= first || found.some((r) => r.id === p.id) || out.some((r) => r.id === p.id)) continue;
    const before = part.slice(Math.max(0, p.at - offset - 40), p.at - offset).replace(ARTICLE_END, '');
    // "米国（2021年2月5日）と日本（2021年3月）", "유럽(2018년 8월)과 일본(2019년 3월)": a place joined by a CJK
    // particle is a decision of its own where a bracket right after it dates it.
    const cjkDated =
      CJK_COORDINATED.test(before) && BRACKET_DATE_AHEAD.test(part.slice(p.to - offset, p.to - offset + 8));
    // "2017 in den USA und 2018 in der EU", "2017年在美國、2018年在歐盟": a place whose own date stands
    // between it and the joiner, as the first place's did.
    const undated = withoutLeadingDate(before);
    const datedPair =
      undated !== undefined &&
      (COORDINATED.test(undated) || CJK_COORDINATED.test(undated)) &&
      findDates(part.slice(0, first - offset)).length > 0;
    if (!COORDINATED.test(before) && !cjkDated && !datedPair) continue;
    out.push(p);
  }
  return out;
}

/**
 * A preposition or particle between a date and its place: "in", "en", "в", "在", "に"; and the place
 * written before its regulator's name ("2024년 2월 미국 FDA", "in 2017 the FDA").
 */
const DATE_PLACE_LINK =
  /^(?:年|년|\s*г\.|\s*год[ау]?)?\s*(?:(?:in|im|en|em|au|aux|à|dans|в|во|na|no|nos|nas)(?![\p{L}])\s*|在|に|에)?\s*(?:(?:the|US|U\.S\.|EU|미국|유럽|일본|중국|米国|欧州|日本|美国|欧盟|中国)\s*)?$/iu;
/** A preposition before the date: "and in 2018", "und im Jahr 2018", "и в 2018 году". */
const DATE_LEAD =
  /(?<![\p{L}])(?:(?:since|seit|desde|depuis|с)\s+)?(?:(?:in|im(?: Jahr)?|en|em|el|no|na|в|во|au|à|on|am|le)\s*)?$/iu;

/** The date that ends the words before a place, joined to it ("und 2018 in der" → 2018), if one does. */
function placeDate(before: string): FoundDate | undefined {
  const last = findDates(before).pop();
  return last && DATE_PLACE_LINK.test(before.slice(last.end)) ? last : undefined;
}

/** The words before a place without the date that ends them ("und 2018 in der" → "und "), if a date does. */
function withoutLeadingDate(before: string): string | undefined {
  const last = placeDate(before);
  return last ? before.slice(0, last.start).replace(DATE_LEAD, '') : undefined;
}

/** Kana or hangul: a language that puts the verb last. */
const VERB_FINAL = /[\u3040-\u30ff\uac00-\ud7af]/u;

/** What joins two places in Chinese, Japanese and Korean: "と", "及び", "及", "和", "과", "와", "및", "、". */
const CJK_COORDINATED = /(?:[、，,・]|と|及び|及|和|与|與|과|와|및)\s*$/u;
/** A bracket opening on a year: "（2021年3月）", "(2019년 3월)". */
const BRACKET_DATE_AHEAD = /^\s*[(（]\s*(?:19|20)\d{2}/u;

/**
 * The date a bracket right after a regulator's name holds ("國家藥品監督管理局（2023年6月）及澳門（2025年3月）"):
 * that regulator's decision, whatever other date the sentence gives another place.
 */
function bracketDateAfter(text: string, at: number): string | undefined {
  if (!BRACKET_DATE_AHEAD.test(text.slice(at, at + 8))) return undefined;
  const close = text.slice(at).search(/[)）]/u);
  return close > 0 ? findDate(text.slice(at, at + close))?.date : undefined;
}

/** A place in English, bare. */
const BARE_PLACE = new RegExp(`(?<![\\p{L}])(${PLACE_NAMES})(?![\\p{L}])`, 'giu');
/** An article before a listed place ("y la Unión Europea", "und der EU", "e o Japão"). */
const ARTICLE_END = /(?<![\p{L}])(?:la|el|los|las|le|les|l['’]|o|a|os|as|der|die|den|dem|the)\s*$/iu;

/** Not the UK, where EMA authorisations from before 2021 stand without an MHRA approval of their own. */
const LEAD_PLACE =
  /^\s*(?:here\s+)?in\s+((?:the\s+)?(?:US|U\.S\.|USA|United States|EU|Europe|European Union|China|Japan|India|Turkey|T[üu]rkiye|(?:South\s+)?Korea|Brazil|Switzerland|Israel|Taiwan|Canada|Australia|Singapore))\s*,/i;
const COUNTRY_REGULATOR =
  /\b(China|Chinese|Japan|Japanese|India|Indian|Europe|European|EU|US|U\.S\.|UK)(?:['’]s)?\s+(?:(?:drug|drugs|medicines?|health|pharmaceutical|medical products)\s+)?(?:regulators?|regulatory (?:agency|authority|body)|health ministry|ministry of health|authorit(?:y|ies)|agency)\b/;

/** Regulators the dataset does not track, named as the page names them. */
const OTHER_AUTHORITY =
  /\b(?:by|from)\s+(?:the\s+)?(T[İI]TCK|Swissmedic|ANVISA|MFDS|COFEPRIS|ANMAT|TFDA|Medsafe|Roszdravnadzor|INVIMA|NPRA|Turkish Medicines and Medical Devices Agency|Ministry of Food and Drug Safety|Korea(?:n)? (?:MFDS|FDA)|Thai FDA|Saudi FDA|Israeli Ministry of Health)\b/;
const HYPHEN_REGULATOR =
  /(?<![\p{L}])(EU|US|USA|FDA|EMA|UK)-(?:Zulassung|Marktzulassung|Genehmigung|Zulassungen|approval|licen[cs]e|autorisation|aprobación|autorización|aprovação|registro)(?![\p{L}])/iu;
const ADJECTIVE_BEFORE =
  /\b(EU|E\.U\.|European|US|U\.S\.|American|Chinese|Japanese|Indian|UK|British|Canadian|Australian|Swiss|Brazilian|Korean)\s+(?:[\w-]+\s+)?$/;

/** The regulator named last before `at` in the clause (one), if any. */
function nearestBefore(regs: readonly NamedRegulator[], at: number): NamedRegulator[] | undefined {
  const before = regs.filter((r) => r.at <= at);
  const pick = before[before.length - 1] ?? regs[0];
  return pick ? [pick] : undefined;
}

/** The date that goes with the approval word: the first one after it, else the last one before it. */
/**
 * "SHANGHAI, China, June 23, 2026 -- CARsgen … announced that NMPA approved … on June 22, 2026":
 * a wire-service dateline (place in capitals, date, a dash or the wire's name) dates the release,
 * not the decision. Blanked to spaces so offsets stay the same.
 */
const DATELINE =
  /^\s*[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\p{L}.' -]*){0,2},?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)(?:19|20)\d{2}\s*(?:\/[^/]{2,40}\/\s*)?(?:--|—|–|-|\/)/u;

/**
 * A date in brackets right after a product's name: "テカルタス（2021年）", "Kymriah (2017)", or among its
 * other facts ("テセルラ（MAGE-A4、滑膜肉腫、FDA迅速承認2024年8月）"); the first date is the approval's.
 */
// After a Korean or Chinese name's dosage-form suffix too: "킴리아주(2021. 3. 5.)", "阿基仑赛注射液（2021年6月）".
const BRACKETED_DATE = /^(?:주|注射液)?\s*[(（]\s*([^()（）]{4,40}?)\s*[)）]/u;

/** An approval noun right after a name: "킴리아 승인 이후", "キムリア承認後", "奕凯达获批后". */
const APPROVAL_NOUN_AFTER = /^\s?(?:의\s?)?(?:승인|허가|承認|批准|获批|獲批|核准)/u;

const LONG_BRACKET = /^\s*[(（]([^()（）]{41,160})[)）]/u;

const ARROWS = /\s*(?:→|->|⇒|➔|➜)\s*/gu;

/**
 * An approval told once, then its products listed after a colon, each with its own disease ("In den
 * USA sind seit 2024 zwei Zelltherapien zugelassen: Amtagvi beim Melanom und Tecelra beim
 * Synovialsarkom", "approved since 2024: Amtagvi for melanoma and Tecelra for synovial sarcoma"): one
 * approval per item, with the date and regulator told before the colon. Empty unless two items or more
 * name one product and one disease each, and never for a denial.
 */
function listedUses(
  s: SentenceContext,
  trigger: RegExpExecArray,
  regulator: NamedRegulator | undefined,
): RawClaim<'approval'>[] {
  const text = s.text;
  const colon = LIST_COLON.exec(text.slice(trigger.index));
  if (!colon) return [];
  const at = trigger.index + colon[0].length;
  const head = text.slice(0, at);
  if (NOT_APPROVED.test(head) || hitsOf(s, 'product').some((h) => h.at < at)) return [];
  const date = findDate(withoutDateline(head));
  const named = regulatorsNear(s, trigger.index, { start: 0, end: at })[0] ?? regulator;
  const out: RawClaim<'approval'>[] = [];
  for (const item of itemsBetween(text.slice(at), LIST_ITEM_BREAK)) {
    const span = { start: at + item.start, end: at + item.end };
    const products = hitsOf(s, 'product').filter((h) => h.at >= span.start && h.to <= span.end);
    const conditions = idsWithin(s, 'condition', span);
    if (distinct(products.map((p) => p.id)).length !== 1 || conditions.length !== 1) return [];
    out.push(listedUse(products[0]!, span.end, conditions[0]!, named, date?.date ?? null));
  }
  return out.length >= 2 ? out : [];
}

/** One item of a list of uses: its product's approval for its disease, from the product's name to the item's end. */
function listedUse(
  product: { at: number },
  end: number,
  conditionId: string,
  regulator: NamedRegulator | undefined,
  date: string | null,
): RawClaim<'approval'> {
  return {
    start: product.at,
    end,
    scope: 'row',
    requiresProduct: true,
    anchor: product.at,
    details: {
      approved: true,
      conditionId,
      first: false,
      regulator: regulator?.id ?? null,
      regulatorName: regulator?.name ?? null,
      date,
    },
  };
}
/**
 * Japanese and Korean put the list before the verb: "米国でTCR-TのTecelraが滑膜肉腫に、TIL療法のAmtagviが悪性
 * 黒色腫に承認されています", "테셀라가 활막육종에, 암타그비가 흑색종에 허가되어". Each comma-parted item right before
 * the approval word names one product and ends with its one disease and a particle of use; two or more
 * such items in a row are each product's approval for its own disease.
 */
function verbFinalUses(
  s: SentenceContext,
  trigger: RegExpExecArray,
  regulator: NamedRegulator | undefined,
): RawClaim<'approval'>[] {
  const text = s.text;
  const head = text.slice(0, trigger.index);
  if (!VERB_FINAL_LIST.test(head) || NOT_APPROVED.test(text) || findDate(withoutDateline(head))) return [];
  const items = itemsBetween(head, /\s*[、，,]\s*/gu);
  const named = regulatorsNear(s, trigger.index, { start: 0, end: trigger.index })[0] ?? regulator;
  const out: RawClaim<'approval'>[] = [];
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k]!;
    const span = { start: item.start, end: item.end };
    const products = hitsOf(s, 'product').filter((h) => h.at >= span.start && h.to <= span.end);
    const conditions = hitsOf(s, 'condition').filter((h) => h.at >= span.start && h.to <= span.end);
    const last = conditions[conditions.length - 1];
    if (
      distinct(products.map((p) => p.id)).length !== 1 ||
      distinct(conditions.map((c) => c.id)).length !== 1 ||
      !last ||
      last.at < products[0]!.to ||
      !USE_PARTICLE_END.test(text.slice(last.to, span.end))
    )
      break;
    out.unshift(listedUse(products[0]!, span.end, last.id, named, null));
  }
  // The items must reach the approval word: the last one ends right before it.
  const lastItem = items[items.length - 1];
  return out.length >= 2 && lastItem !== undefined && lastItem.end === head.length ? out : [];
}
/** A Japanese or Korean list of uses before its verb: a use particle then a comma. */
const VERB_FINAL_LIST = /(?:に|へ|에|으로|로)(?:も|도)?\s*[、，,]/u;
/** The particle of use that ends an item: "…滑膜肉腫に", "…흑색종에", "…로". */
const USE_PARTICLE_END = /^\s*(?:に|へ|에|으로|로)(?:も|도)?\s*$/u;

/** The colon that opens the list, in the approval's own sentence part. */
const LIST_COLON = /^[^.;:：。；]*[:：]/u;
/** What parts the items of such a list: a comma or "and" in the page's language. */
const LIST_ITEM_BREAK =
  /\s*[,，、;；]\s*(?:(?:and|und|y|e|et|и)\s+)?|\s+(?:and|und|sowie|y|e|et|и)\s+|(?:和|及|と|및|와|과)\s*/giu;

/** A ranking in a Japanese modifier clause: "初めて", "初の", "最初に". */
const RANKED_MODIFIER = /初めて|初の|最初/u;

/** A Japanese modifier clause from a place to the name it describes: "で初めて承認された", "に承認された遺伝子治療". */
const MODIFIER_TO_NAME =
  /^[^、。，,;；と]*(?:された|した|される|する|済みの)(?:遺伝子治療|細胞療法|ウイルス療法|療法|製品|CAR-T)?$/u;

/**
 * The regulator a product's own words name: a regulator or place in its bracket, or a place joined
 * to its name ("中国の今又生", "美国的…").
 */
function ownPlace(
  s: SentenceContext,
  d: { start: number; end: number; anchor: number },
): NamedRegulator | undefined {
  const hit = hitsOf(s, 'regulator').find((h) => h.at >= d.start && h.to <= d.end);
  if (hit) return { id: hit.id as Regulator, at: hit.at, to: hit.to, name: hit.text };
  const bracket = s.text.slice(d.anchor, d.end);
  const local = mayNameLocalPlace(bracket) ? firstLocalPlace(bracket) : undefined;
  if (local && local.id !== 'OTHER')
    return {
      id: local.id,
      at: d.anchor + local.match.index,
      to: d.anchor + local.match.index,
      name: local.match[0],
    };
  const lead = s.text.slice(Math.max(0, d.start - 8), d.start);
  if (!/(?:の|的)$/u.test(lead)) return undefined;
  for (const [id, re] of s.dataset.placeWords) {
    const m = re.exec(lead);
    if (m && id !== 'OTHER' && m.index + m[0].length === lead.length - 1)
      return { id, at: d.start - lead.length + m.index, to: d.start - 1, name: m[0] };
  }
  return undefined;
}

/**
 * Names after the first dated one and before the approval word, each joined to the one before by a
 * list comma or "and" only, that have no date of their own.
 */
function listedWithout(
  s: SentenceContext,
  dated: ReadonlyArray<{ start: number; end: number; anchor: number }>,
  approvedAt: number,
): LocatedHit[] {
  const products = hitsOf(s, 'product')
    .filter((h) => h.at >= dated[0]!.start && h.to <= approvedAt)
    .sort((a, b) => a.at - b.at);
  // The run of names joined by list joints that ends right before the approval word's clause.
  let run: Array<{ hit: LocatedHit; dated: boolean; end: number }> = [];
  for (const h of products) {
    const own = dated.find((d) => h.at >= d.start && h.to <= d.end);
    const prev = run[run.length - 1];
    if (prev && h.at < prev.end) continue;
    if (prev && !LIST_JOIN.test(s.text.slice(prev.end, h.at))) run = [];
    run.push({ hit: h, dated: own !== undefined, end: own ? own.end : h.to });
  }
  const last = run[run.length - 1];
  if (!last || !run.some((r) => r.dated) || /[,，、;；。]/u.test(s.text.slice(last.end, approvedAt)))
    return [];
  const out: LocatedHit[] = [];
  for (const r of run)
    if (!r.dated && !out.some((o) => o.id === r.hit.id) && !dated.some((d) => d.anchor === r.hit.to))
      out.push(r.hit);
  return out;
}

/** A list joint: a comma of either script or "and", "y", "e", "et", "und", "и", "와/과", "と", "及/和". */
const LIST_JOIN =
  /^\s*(?:[,，、]\s*(?:and\s+|y\s+|e\s+|et\s+|und\s+|и\s+)?|and|y|e|et|und|и|와|과|と|及|和|与|與)\s*$/iu;

/** Products each followed by its own bracketed date, in a sentence with more than one date. */
function productDates(
  s: SentenceContext,
  text: string,
): Array<{ start: number; end: number; anchor: number; date: string }> {
  const out: Array<{ start: number; end: number; anchor: number; date: string }> = [];
  // A timeline of steps between arrows ("2021년 3월 킴리아 → 2023년 3월 카빅티 → …"): each step's one
  // product with its one date, whichever comes first.
  const steps = itemsBetween(text, ARROWS);
  if (steps.length > 1) {
    for (const step of steps) {
      const products = hitsOf(s, 'product').filter((h) => h.at >= step.start && h.to <= step.end);
      const dates = findDates(step.text);
      if (products.length === 1 && dates.length === 1)
        out.push({ start: step.start, end: step.end, anchor: products[0]!.to, date: dates[0]!.date });
    }
    if (out.length >= 2) return out;
    out.length = 0;
  }
  const nouned: typeof out = [];
  for (const h of hitsOf(s, 'product')) {
    const m = BRACKETED_DATE.exec(text.slice(h.to));
    const date = m ? findDate(m[1] ?? '') : undefined;
    // A longer bracket with a date ("Tecartus (…, in der EU seit September 2022 für Erwachsene ab 26
    // Jahren)") is a clause of its own: the sentence is not a list of bracketed dates.
    if (!m && findDate(LONG_BRACKET.exec(text.slice(h.to))?.[1] ?? '')) return [];
    if (!m || !date || out.some((o) => o.anchor === h.to)) {
      // "2019년 킴리아 승인 이후", "2019年キムリア承認後", "the 2019 approval of Kymriah": a date right before
      // the name and an approval noun right after it (or "approval of" between).
      const before = text.slice(Math.max(0, h.at - 24), h.at);
      const last = findDates(before).pop();
      const gap = last ? before.slice(last.end) : '';
      const dated =
        last !== undefined &&
        ((/^(?:년|年)?\s?(?:の)?$/u.test(gap) && APPROVAL_NOUN_AFTER.test(text.slice(h.to, h.to + 6))) ||
          /^\s+approval\s+of\s+$/iu.test(gap));
      if (dated && !out.some((o) => o.anchor === h.to))
        nouned.push({
          start: h.at - gap.length - (last.end - last.start),
          end: h.to,
          anchor: h.to,
          date: last.date,
        });
      continue;
    }
    out.push({ start: h.at, end: h.to + m[0].length, anchor: h.to, date: date.date });
  }
  // Only beside a list of bracket-dated names ("2019년 킴리아 승인 이후 예스카타(2021년 1월), …"): alone, the
  // earlier approval is an aside to the sentence's own dated decision ("2017년 킴리아 승인 이후 2021년 3월
  // 국내에서도 킴리아가 허가되었다").
  if (out.length > 0) out.push(...nouned);
  out.sort((a, b) => a.start - b.start);
  // Needed only where the sentence has other dates to confuse it with (another product's, named
  // or not: "テカルタス（2021年）と…（2024年）").
  return out.length > 0 && findDates(text).length >= 2 ? out : [];
}

/**
 * Uses each written beside its own date in one part (its dates as `partDates`, relative to it): a date right before its disease ("2020年に
 * マントル細胞リンパ腫、2021年に…", "am 02.06.2025 auf das follikuläre Lymphom") or a bracketed date
 * right after it ("CLL (March 2024), FL (May 2024)"). Empty unless every date of the part has one.
 */
function datedUses(
  s: SentenceContext,
  piece: { start: number; end: number },
  partDates: readonly FoundDate[],
): DatedUse[] {
  const dates = partDates.map((d) => ({
    ...d,
    start: d.start + piece.start,
    end: d.end + piece.start,
  }));
  if (dates.length < 2) return [];
  const conditions = hitsOf(s, 'condition').filter((h) => h.at >= piece.start && h.to <= piece.end);
  const out: DatedUse[] = [];
  for (const d of dates) {
    const after = conditions.find(
      (c) => c.at >= d.end && c.at - d.end <= 30 && !/[,，、;；]/u.test(s.text.slice(d.end, c.at)),
    );
    // "(March 2024)", "… au lymphome folliculaire en mai 2022": the use just before its date.
    const before = conditions.find((c) => c.to <= d.start && USE_THEN_DATE.test(s.text.slice(c.to, d.start)));
    const c = before ?? after;
    // "autorisation … en août 2018, extension au lymphome folliculaire en mai 2022": a date with no
    // use of its own is the product's approval then, beside the dated use.
    out.push(
      c
        ? { start: Math.min(c.at, d.start), end: Math.max(c.to, d.end), date: d.date, conditionId: c.id }
        : { start: d.start, end: d.end, date: d.date, conditionId: null },
    );
  }
  const uses = out.filter((u) => u.conditionId !== null);
  return uses.length > 0 && new Set(uses.map((u) => u.conditionId)).size === uses.length ? out : [];
}

interface DatedUse {
  start: number;
  end: number;
  date: string;
  conditionId: string | null;
}

/**
 * A cell's items between semicolons or ", then" ("août 2018, puis octobre 2022 en 2e ligne"), or a
 * dated decision in brackets after the first ("dezembro de 2020, condicional (LLA: setembro de 2022)"),
 * each with its one date; none unless every item has one.
 */
const ITEM_BREAK =
  /[;；]|,\s*(?=(?:then|later|puis|ensuite|dann|später|luego|después|depois|затем|потом)(?![\p{L}]))|\s*[(（](?=[^()（）]{0,40}?(?:19|20)\d{2}[^()（）]{0,6}[)）])/giu;
function listedDecisions(text: string): Array<{ start: number; end: number; date: string; text: string }> {
  const items = itemsBetween(text, ITEM_BREAK);
  if (items.length < 2) return [];
  const out: Array<{ start: number; end: number; date: string; text: string }> = [];
  for (const { start, text: part } of items) {
    const dates = findDates(part);
    if (dates.length !== 1) return [];
    const lead = part.length - part.trimStart().length;
    out.push({ start: start + lead, end: start + part.trimEnd().length, date: dates[0]!.date, text: part });
  }
  return out;
}

/** Between a use and its date: a bracket or a preposition of time ("FL (May 2024)", "FL en mai 2022"). */
const USE_THEN_DATE = /^\s*(?:[(（]|(?:in|im|en|em|no|na|on|el|le|au|am|à|a|от|в)\s)?\s*$/iu;

function withoutDateline(text: string): string {
  const m = DATELINE.exec(text);
  return withSameYear(m ? ' '.repeat(m[0].length) + text.slice(m[0].length) : text);
}

/**
 * "em 1º de abril do mesmo ano", "el 5 de mayo del mismo año", "on 1 April of the same year": the
 * year of the date written before it, put in the words' place (padded, so offsets hold).
 */
const SAME_YEAR =
  /(?<![\p{L}])(?:do mesmo ano|del mismo año|de ese mismo año|de la même année|de cette même année|desselben Jahres|des gleichen Jahres|того же года|of the same year|that same year)(?![\p{L}])/giu;
function withSameYear(text: string): string {
  SAME_YEAR.lastIndex = 0;
  if (!SAME_YEAR.test(text)) return text;
  SAME_YEAR.lastIndex = 0;
  return text.replace(SAME_YEAR, (words: string, at: number) => {
    const year = /.*((?:19|20)\d{2})/su.exec(text.slice(0, at))?.[1];
    return year ? year.padStart(words.length, ' ') : words;
  });
}

/** Where a trigger's own clause ends, for the date that goes with it. */
const DATE_CLAUSE_EDGE = /[，、。；;,]/;

/** A Korean verb's connective ending ("허가되었고 ", "승인됐으며 ", "허가했지만 "): the clause ends there. */
const KO_CLAUSE_END = /(?:었|았|였|됐|했|되|하)(?:고|으며|며|지만|으나|는데)\s/u;

/** The clause of `part` around `at`, between commas or full stops of either script. */
function ownClause(part: string, at: number): string {
  const own = spanAround(part, at, DATE_CLAUSE_EDGE);
  return part.slice(own.from, own.to);
}

/**
 * "As of" a date: when the page's statement holds, not when a decision was taken ("2026年10月時点で国内で
 * 承認されている", "as of October 2026, approved", "截至2026年11月", "по состоянию на 1 октября").
 */
const AS_OF_BEFORE =
  /(?:(?<![\p{L}])(?:as of|as at|a fecha de|en date du|à la date du|Stand(?::)?|по состоянию на|по данным на|на момент)|截至|截止(?:到|至)?)\s*$/iu;
const AS_OF_AFTER = /^\s*(?:末|底|초|말|중순)?\s*(?:時点|現在|현재|기준|为止|為止|止)/u;
/** A fronted clause of time ("When our program opened in 2018, …", "Als wir 2019 begannen, …"). */
const WHEN_CLAUSE =
  /^\s*(?:when|as|after|before|once|als|wenn|nachdem|cuando|después de que|quand|lorsque|après que|quando|depois que|когда|после того как)\s[^,;:]*[,;:]/iu;
/** A first-person subject: the page's own people, whose acts the date may be. */
const FIRST_PERSON =
  /(?<![\p{L}])(?:we|our|us|wir|unser\p{L}*|nosotros|nuestr[oa]s?|nós|noss[oa]s?|nous|notre|nos|мы|наш\p{L}*)(?![\p{L}])|我们|我院|本院|当院|私たち|저희|우리/iu;

/**
 * A date that dates another event than the approval word at `at`: one inside a fronted clause of time
 * the word is past ("When our program opened in 2018, Kymriah was the only …"), or in a clause of the
 * page's own people that the word is not in ("In March 2026 we infused … Tecelra, the first … the FDA
 * has approved").
 */
function otherEventDate(text: string, d: FoundDate, at: number): boolean {
  const when = WHEN_CLAUSE.exec(text);
  if (when && d.end <= when[0].length && at >= when[0].length) return true;
  const own = spanAround(text, d.start, CLAUSE_EDGE);
  return (at < own.from || at >= own.to) && FIRST_PERSON.test(text.slice(own.from, own.to));
}

function isStatusDate(text: string, d: FoundDate): boolean {
  return (
    AS_OF_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)) ||
    AS_OF_AFTER.test(text.slice(d.end, d.end + 6))
  );
}

function dateNear(
  part: string,
  dates: readonly FoundDate[],
  stepWords: StepWords,
  at: number,
  length = 0,
): FoundDate | undefined {
  // Within the trigger's own clause, the nearest date on either side: English puts it after the
  // verb ("approved on …"), Chinese, Japanese, Korean and German before it ("于2017年10月18日批准").
  const { from, to } = spanAround(part, at, DATE_CLAUSE_EDGE);
  // Korean ends a clause with the verb's connective ending, no comma needed ("2021년 3월 킴리아주가 처음
  // 허가되었고 2022년부터 건강보험이 적용되었지만"): a date past it is the next clause's.
  const own = dates.filter(
    (d) =>
      d.start >= from &&
      d.end <= to &&
      !(d.start >= at + length && KO_CLAUSE_END.test(part.slice(at + length, d.start))),
  );
  // Distances from the trigger's own words: after its end, before its start.
  const gap = (d: FoundDate) => (d.start >= at + length ? d.start - (at + length) : Math.abs(at - d.end));
  if (own.length > 0) return own.sort((a, b) => gap(a) - gap(b))[0];
  // Failing its own, a date of the part's other clauses; not one whose clause is another decision's
  // ("…eine bedingte EU-Zulassung; sie wird am 9. Oktober 2019 zurückgezogen": the withdrawal's date).
  const free = dates.filter((d) => {
    const c = spanAround(part, d.start, DATE_CLAUSE_EDGE);
    const clause = part.slice(c.from, c.to);
    return !REFUSAL.test(clause) && decisionIn(clause, stepWords) === undefined;
  });
  // Not across a semicolon when a date on the trigger's side of it is free ("2015年10月27日，美國FDA批准…；
  // 同年12月16日，歐盟亦批准上市": the later date is the EU's).
  const near = free.filter((d) => !/[;；]/u.test(part.slice(Math.min(at, d.end), Math.max(at, d.start))));
  // "2022年10月，…新增…；此后又获批用于…": a decision told as coming after what went before takes no date
  // from before it.
  const afterwards = (d: FoundDate) => d.end <= at && SUCCESSION.test(part.slice(d.end, at));
  const pool = (near.length > 0 ? near : free).filter((d) => !afterwards(d));
  return pool.find((d) => d.start >= at) ?? pool.filter((d) => d.end <= at).pop() ?? pool[0];
}

/**
 * A product clause cut at coordinating breaks (", and", "; but") where the next approval word
 * starts a part with its own date or regulator.
 */
function approvalPieces(
  s: SentenceContext,
  clause: { start: number; end: number },
  triggers: readonly RegExpExecArray[],
): Array<{ start: number; end: number }> {
  const cuts: number[] = [...stepCuts(s, clause, triggers), ...gappedCuts(s, clause, triggers)];
  if (triggers.length < 2 && cuts.length === 0) return [clause];
  for (let k = 1; k < triggers.length; k++) {
    const next = triggers[k + 1]?.index ?? clause.end;
    // A character past the later trigger, so a break's look-ahead sees what it opens ("获准;2024年…起").
    const reach = Math.min(s.text.length, triggers[k]!.index + 1);
    const found = lastClauseBreak(s.text, triggers[k - 1]!.index, reach);
    const joined = found !== undefined && found <= triggers[k]!.index ? found : undefined;
    if (joined !== undefined) {
      const piece = s.text.slice(joined, next);
      // Its own date, regulator or place ("… and was conditionally authorised in the EU later that year").
      const ownFacts =
        findDate(piece) !== undefined ||
        namesSameYear(piece) ||
        s.hits.some((h) => h.kind === 'regulator' && h.at >= joined && h.at < next) ||
        APPROVED_PLACE.test(piece) ||
        (mayNameLocalPlace(piece) && firstLocalPlace(piece) !== undefined) ||
        // "…；此后又获批用于…", "; later it was approved for …": told as a later decision.
        SUCCESSION.test(s.text.slice(Math.max(0, joined - 1), triggers[k]!.index));
      if (ownFacts) cuts.push(joined);
      continue;
    }
    // "Le Carvykti, autorisé sous conditions en février 2023, peut depuis novembre 2024 être offert
    // …": a comma alone parts two decisions when each side has its own date.
    const comma = lastComma(s.text, triggers[k - 1]!.index, triggers[k]!.index);
    if (
      comma !== undefined &&
      findDate(s.text.slice(triggers[k - 1]!.index, comma)) !== undefined &&
      findDate(s.text.slice(comma, next)) !== undefined
    )
      cuts.push(comma);
  }
  if (cuts.length === 0) return [clause];
  const bounds = [clause.start, ...[...new Set(cuts)].sort((a, b) => a - b), clause.end];
  return bounds.slice(0, -1).map((start, k) => ({ start, end: bounds[k + 1]! }));
}

/** What opens the use after a gapped decision's date: a preposition of use or of lines, or nothing. */
const GAPPED_USE_OPENS =
  /^\s*(?:г\.|года|год[уа]?)?\s*(?:[—–-]\s*)?(?:$|[.)）]|(?:(?:already|also|ya|já|déjà|auch|уже|также|aussi|también|também)\s+)?(?:for|to|in patients|para|en pacientes|em|pour|chez|dans|für|bei|при|для|у|after|nach|après|após|tras|después|после)(?![\p{L}]))/iu;
/** Words of another event than a decision: trials, data, publications. */
const GAPPED_OTHER_EVENT =
  /(?<![\p{L}])(?:trials?|stud(?:y|ies)|data|results|enrol\p{L}*|ensayos?|estudios?|datos|publica\p{L}*|essais?|études?|Studie\p{L}*|Daten|estudos?|dados|исследовани\p{L}*|испытани\p{L}*|данные)(?![\p{L}])/iu;
/**
 * A comma, then at most a conjunction and a preposition, right before a date: the second of two dated
 * decisions told with one verb ("approved on 28 February 2022, and on 5 April 2024 for patients after
 * one line", "одобрен FDA 28.02.2022, а 5 апреля 2024 г. — уже после одной линии").
 */
const GAPPED_LEAD =
  /[,，]\s*(?:(?:and|then|later|puis|ensuite|et|y|e|und|dann|а|и|затем|позже)\s+)?(?:(?:on|in|from|le|en|em|am|im|в|во)\s+)?$/iu;

/**
 * Where a decision whose verb is left out begins: after an approval word and its own date, a later
 * date opened only by a comma and a conjunction (GAPPED_LEAD) starts a decision of its own, the
 * verb's again, when the words after it tell a use (a disease, a line, a population) or nothing more.
 */
function gappedCuts(
  s: SentenceContext,
  clause: { start: number; end: number },
  triggers: readonly RegExpExecArray[],
): number[] {
  if (triggers.length === 0) return [];
  const text = s.text;
  const from = triggers[0]!.index;
  const dates = findDates(text.slice(from, clause.end)).map((d) => ({
    start: from + d.start,
    end: from + d.end,
  }));
  const products = hitsOf(s, 'product');
  const conditions = hitsOf(s, 'condition');
  const cuts: number[] = [];
  for (let k = 1; k < dates.length; k++) {
    const lead = text.slice(dates[k - 1]!.end, dates[k]!.start);
    const m = GAPPED_LEAD.exec(lead);
    if (!m) continue;
    const cut = dates[k - 1]!.end + m.index;
    // Not past another approval word: the pieces between triggers are cut already.
    if (triggers.some((t) => t.index > dates[k - 1]!.end && t.index < dates[k]!.start)) continue;
    const next = dates[k + 1]?.start ?? clause.end;
    const rest = text.slice(dates[k]!.end, next);
    // The use must open the rest (", and on 5 April 2024 for patients …", "…, а 5 апреля 2024 г. — уже
    // после одной линии"): a rest with a subject and verb of its own tells another event (", and in 2023
    // a phase 3 trial in CLL began enrolling", "y en 2020 se publicaron datos en linfoma folicular").
    if (!GAPPED_USE_OPENS.test(rest) || GAPPED_OTHER_EVENT.test(rest)) continue;
    // A product right after the date makes it that product's decision ("…, puis en août 2024 Tecelra").
    if (products.some((h) => h.at >= dates[k]!.end && h.at < dates[k]!.end + 60)) continue;
    const tellsUse =
      namesUse(rest) ||
      conditions.some((h) => h.at >= dates[k]!.end && h.at < next) ||
      /^[\s.)）]*$/u.test(rest);
    if (tellsUse) cuts.push(cut);
  }
  return cuts;
}

/**
 * Where a regulatory step's own clause meets an approval's: "received breakthrough designation in
 * 2016 | and was approved by the FDA in February 2021", "approved by the FDA in February 2024, | and
 * an application was submitted to the EMA". The step's part, with no approval word, is the
 * designation rule's; the approval's keeps only its own date and regulator.
 */
function stepCuts(
  s: SentenceContext,
  clause: { start: number; end: number },
  triggers: readonly RegExpExecArray[],
): number[] {
  if (triggers.length === 0) return [];
  const text = s.text;
  const cuts: number[] = [];
  for (const step of stepsIn(text.slice(clause.start, clause.end), s.dataset.stepWords)) {
    const from = clause.start + step.start;
    const to = clause.start + step.end;
    const before = triggers.filter((t) => t.index + t[0].length <= from).pop();
    const after = triggers.find((t) => t.index >= to);
    // The step's own clause is cut away from the approval's, and no more: an approval before it keeps
    // all up to the break that opens the step's clause, one after it all from the break that closes it
    // ("悪性神経膠腫に対し、…条件及び期限付承認を受けました" keeps its disease).
    if (before) {
      const triggerEnd = before.index + before[0].length;
      // Failing a coordinating break, a bare comma: the step's clause is one of its own ("… in der EU
      // zugelassen, in der Schweiz wurde es 2020 beantragt": Switzerland is the filing's, not the approval's).
      const at = Math.max(
        lastStepBreak(text, triggerEnd, from) ?? -1,
        lastClauseBreak(text, triggerEnd, from) ?? -1,
      );
      const cut =
        at > 0 ? at : (coordinatedStep(text, triggerEnd, from) ?? lastComma(text, triggerEnd, from));
      if (cut !== undefined) cuts.push(cut);
    }
    if (after) {
      const at = firstStepBreak(text, to, after.index) ?? lastClauseBreak(text, to, after.index);
      if (at !== undefined) cuts.push(at);
    }
  }
  return cuts.filter((c) => c > clause.start && c < clause.end);
}

/** Just after the last comma (of either script) between `from` and `to`, if any. */
function lastComma(text: string, from: number, to: number): number | undefined {
  const at = Math.max(text.lastIndexOf(',', to - 1), text.lastIndexOf('，', to - 1));
  return at > from ? at + 1 : undefined;
}

/** Words before a class noun that add no limit of their own ("the first approved CAR-T", "commercial"). */
const PLAIN_MODIFIER =
  /^(?:approved|(?:us-?fda|fda|ema|nmpa)-approved|commercial(?:ly)?|available|marketed|autologous|new|such|cell|cellular|gene|genetically|modified|engineered|based|t-cell|car-t|car|t|and|receptor|tumou?r-infiltrating|lymphocytes?|targeted|directed|-targeted|-directed|two|three|four|five)$/i;

/** Whether the class phrase holds a word that limits it and is neither plain nor a target the dataset names. */
function unreadModifiers(s: SentenceContext, at: number, cls: string): boolean {
  const words = cls.split(/\s+/).filter(Boolean);
  // The last word or two are the class noun itself ("therapy", "CAR-T cell therapy").
  const nounAt = words.findIndex((w) =>
    /^(?:CAR[- ]?T|TCR|TIL|oncolytic|immuno|therap|treatment|drug|medicine|product|biologic|cell)/i.test(w),
  );
  const modifiers = nounAt <= 0 ? [] : words.slice(0, nounAt);
  let offset = at;
  for (const w of modifiers) {
    const start = s.text.indexOf(w, offset);
    offset = start + w.length;
    if (PLAIN_MODIFIER.test(w)) continue;
    // "BCMA", "BCMA-targeted", "CD19-directed": the class limited to a target the dataset knows.
    const isTarget = s.hits.some((h) => h.kind === 'target' && h.at === start);
    if (!isTarget) return true;
  }
  return false;
}

/** "the first cellular therapy", "the first and only FDA-approved gene therapy": the class a product is ranked first (or only) in. */
const FIRST_OF =
  /\b(first|only)(?:[- ]ever)?(\s+and\s+only)?\s+((?:approved\s+)?(?:(?!approved\b|approval\b|authori[sz]|licensed\b|cleared\b|line\b|relapse\b|time\b|patients?\b)[\w'’-]+\s+){0,3}?(?:CAR[- ]?T(?:[- ]cells?)?(?:\s+(?:cell\s+)?(?:therap(?:y|ies)|products?|treatments?))?|TCR(?:[- ]T)?(?:\s+(?:cell\s+)?therap(?:y|ies))?|TIL(?:\s+therap(?:y|ies))?|oncolytic(?:\s+(?:gene\s+)?(?:virus(?:es)?|therap(?:y|ies)))?|(?:cell(?:ular)?|cell-based|gene|T[- ]cell|immuno-?)\s*therap(?:y|ies)|immunotherap(?:y|ies)|biologics?|treatments?|therap(?:y|ies)|drugs?|medicines?|products?))\b/i;
/** "in Asia", "in Europe", "in the world": a ranking over a region's regulators, or over all of them. */
const REGION = /^(?:the\s+)?(Asia|Europe|world|worldwide)\b/i;
/** "for a solid tumor", "for solid cancers": a ranking over solid-tumour uses. */
const SOLID = /^(?:an?\s+|any\s+)?solid\s+(?:tumou?rs?|cancers?)\b/i;
/** A participle other than an approval word, or a relative pronoun, right after the class. */
const POST_MODIFIER =
  /^\s*(?:(?!approved\b|authori[sz]ed\b|licensed\b|cleared\b)[a-z]+ed\b|(?:made|built|grown|that|which|whose|from)\b)/i;
/** What follows the class: "approved for <disease>", "in <place>", "by <regulator>". */
const RANK_SCOPE =
  /^\s*(?:(?:to be\s+|to (?:receive|win|gain|get)\s+\w+\s+)?(?:approved|authori[sz]ed|licensed|cleared|approval)\s+)?(for|in|by|without|with|under|using|outside|through|via)\s+([^.;]{0,60})/i;

/**
 * "the first CAR-T approved by the FDA": the class ranked in, "first" or "only", and whether the
 * words after the class ("for <disease>", "in <place>") were all understood; "the first CAR-T
 * therapy in Asia" or "for any primary brain cancer" leave the ranking's scope unread.
 */
function rankOf(
  s: SentenceContext,
  piece: { start: number; end: number },
): Pick<Details, 'firstOf' | 'rank' | 'rankScopeRead' | 'rankRegion' | 'rankCategory'> {
  const part = s.text.slice(piece.start, piece.end);
  const m = FIRST_OF.exec(part);
  if (!m) return { firstOf: null, rank: null, rankScopeRead: null, rankRegion: null, rankCategory: null };
  const after = piece.start + m.index + m[0].length;
  const scope = RANK_SCOPE.exec(s.text.slice(after, piece.end));
  let read = true;
  let region: Details['rankRegion'] = /\bworld['’]s first\b/i.test(part) ? 'world' : null;
  let category: Details['rankCategory'] = null;
  const limit = scope?.[2] ?? '';
  const regionWord = scope?.[1]?.toLowerCase() === 'in' ? REGION.exec(limit) : null;
  const categoryWord = scope?.[1]?.toLowerCase() === 'for' ? SOLID.exec(limit) : null;
  if (regionWord)
    region = regionWord[1]!.toLowerCase().startsWith('asia')
      ? 'asia'
      : regionWord[1]!.toLowerCase().startsWith('europ')
        ? 'europe'
        : 'world';
  else if (categoryWord) category = 'solid';
  // "the first CAR-T approved without a REMS": a limit TherapyLens has no record of.
  else if (scope && !/^(?:for|in|by)$/i.test(scope[1] ?? '')) read = false;
  else if (scope) {
    const from = after + scope.index + scope[0].length - (scope[2] ?? '').length;
    const to = from + (scope[2] ?? '').length;
    const known =
      s.hits.some((h) => (h.kind === 'condition' || h.kind === 'regulator') && h.at >= from && h.at < to) ||
      (scope[1]?.toLowerCase() === 'in' && PLACE.test(`approved in ${scope[2] ?? ''}`));
    // "the only FDA-approved CAR-T therapy for children with leukemia": patients TherapyLens does not
    // weigh in a ranking.
    read = known && !limitsToPopulation(scope[2] ?? '');
  }
  // "the first CAR-T developed entirely in Europe to be approved", "the first CAR-T made from a
  // donor's cells": a participle or relative clause after the class limits it in a way TherapyLens
  // does not read.
  if (!scope && POST_MODIFIER.test(s.text.slice(after, piece.end))) read = false;
  // "the first indigenous CAR-T", "the first humanised CAR-T": a limit on the class TherapyLens does not read.
  if (unreadModifiers(s, piece.start + m.index + m[0].indexOf(m[3] ?? ''), m[3] ?? '')) read = false;
  return {
    firstOf: (m[3] ?? '').trim(),
    rank: m[2] || m[1]?.toLowerCase() === 'only' ? 'only' : 'first',
    rankScopeRead: read,
    rankRegion: region,
    rankCategory: category,
  };
}
