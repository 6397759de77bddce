// What a product is aimed at: "a BCMA-directed CAR-T", "Abecma, a CD19 CAR-T", "anti-CD19",
// a table's Target column. Only tied to a product named in the same sentence or table row: a
// target mentioned in passing says nothing about the page's product.
import type { ClaimRule, RawClaim, SentenceContext } from '../types';
import { hitsOf, isGeneralStatement, modifiedProduct } from '../sentence-tools';
import { unknownProductsApart } from '../unknown-products';

// What may follow a target named as a product's aim: "-directed", "CAR-T", "ones" ("are the cd19
// ones": forum shorthand for "the CD19-directed products"), and the same in other languages
// ("BCMA標的", "CD19 표적", "靶向", "-gerichtete", "-направленн…").
const AFTER_WORDS = [
  String.raw`-?\s*(?:directed|targeted|targeting|specific|redirected|binding|CAR[- ]?T?\b|chimeric|TCR\b|T[- ]cell receptor|CAR-T cell|CAR T[- ]cell|(?:cell )?(?:therapy|therapies|option|product|treatment|construct|binder)s?\b|ones?\b)`,
  String.raw`-?\s*(?:標的|标的|标靶|標靶|靶向|靶点|靶點|を標的|を認識|[がは]標的|표적|타깃|을 표적|를 표적)`,
  // "BCMAという目印を狙う", "CD19を認識する", "CD19 항원을 인식하는", "以CD19為目標".
  String.raw`\s*(?:という(?:目印|タンパク質|抗原|たんぱく質)|(?:の)?抗原)?を(?:(?:狙|ねら)[いうっ]|標的|認識|ターゲット|見つけ)`,
  // "CD19という目印を持つ細胞を攻撃します": the cells that carry the target, attacked.
  String.raw`\s*(?:という(?:目印|タンパク質|抗原|たんぱく質))?を(?:持つ|もつ|発現する)(?:がん|癌)?細胞を(?:攻撃|破壊|狙|ねら|見つけ)`,
  // "CD19を目印にして攻撃します": the target taken as the mark the cells are found by.
  // Not "CD19を目印にする/した CAR-T": a modifier of another class.
  String.raw`\s*を目印(?:に(?:して|し(?=[、,])|(?![すしさ]))|として|とし[、,])`,
  String.raw`\s*(?:이?라는\s*)?(?:항원|단백질)?\s*(?:을|를)\s*(?:동시에\s*|함께\s*)?(?:인식|표적|겨냥|타깃|찾(?:아|는|습))`,
  // "以CD19為目標", "以BCMA為標的".
  String.raw`[为為](?:目标|目標|靶点|靶點|标的|標的|标靶|標靶|靶标|靶標)`,
  String.raw`-?\s*(?:gerichtet\p{L}*|spezifisch\p{L}*|bindend\p{L}*|dirigid[oa]s?|ciblant|ciblée?s?|direcionad[oa]s?|направленн\p{L}*|(?:Produkt|Präparat|produit|producto|produto)\p{L}*)`,
];
/**
 * "三款BCMA产品": the products of a class named by its target. A claim only about the products the
 * sentence names ("两款BCMA产品均面向多发性骨髓瘤" names none: it is about the class).
 */
const CLASS_AFTER = /^\s*(?:产品|產品|製品|製剤|제품|치료제)/u;
/**
 * A target the sentence corrects right after naming it: "указана мишень CD19; правильно — BCMA" (the
 * stated target is CD19; the right one is BCMA). The corrected one is read, not this one.
 */
const CORRECTED_AFTER =
  /^\s*[)）]?\s*[;；,，]?\s*(?:правильно|верно|корректно|richtig|correcto|correto|correct)\s*[—–:-]/iu;
/** A denied target: "它不属于CD19产品", "is not a CD19 product", "no es un CAR-T anti-CD19". */
const DENIED_BEFORE =
  /(?:不属于|不屬於|不是|并非|並非|而非|(?<![\p{L}])(?:not|isn['’]t|no es|não é|n['’]est pas|ist kein\p{L}*|не является|не)(?:\s+(?:a|an|un|una|um|uma|une|ein\p{L}*))?)\s*(?:[\p{L}-]+\s+){0,2}?(?:anti-?)?$/iu;
// A closing bracket may come first: "B세포 성숙항원(BCMA)을 인식", "成熟抗原（BCMA）を標的とする".
// Or a bracketed other spelling first: "Claudin18.2（クローディン18.2）を標的とする".
const AFTER = new RegExp(`^\\s*(?:[)）]|[(（][^()（）]{1,20}[)）])?\\s*(?:${AFTER_WORDS.join('|')})`, 'iu');
/** A verb or preposition aiming at the target, then optionally "the protein called": "attacking the CD20 protein", "recognise a protein called CD19", "a CAR-T against Claudin18.2". */
const BEFORE_WORDS = [
  String.raw`anti|targeting|targets|target|targeted (?:at|against|to)|go(?:es)? after|attach(?:es)? to|directed (?:against|at|to)|aim(?:s|ed|ing)? at|recogni[sz]es?|recogni[sz]ing|binds?(?: to)?|binding|against|attack(?:s|ing|ed)?|hunt(?:s|ing|ed)?(?: down)?|seek(?:s|ing)? out`,
  String.raw`se dirigen? (?:contra|a)|apunta(?:n)? (?:a|al|hacia)|aponta(?:m)? para|dirigid[oa]s? contra|dirig[ée]e?s? contre|(?:contra|alvo|gegen|ciblant|cible|ciblent|vise|visent|visant)(?![\p{L}])|s['’]attaquen?t? (?:à|au)|ataca[nm]?|atacar|(?:tem|têm|tiene|tienen) como (?:alvo|diana)|(?:zielt|zielen) auf|greif(?:t|en)|richten? sich gegen|(?:alvo|diana|cible|Ziel(?:antigen)?) (?:é|es|est|ist|são|son|sont|sind)|(?<=[(（,，]\s*)(?:target|Ziel|cible|diana|alvo|мишень)|reconna\p{L}*|recono[cz]\p{L}*|reconhec\p{L}*|erkenn(?:t|en)(?:\s+(?:ein\p{L}{0,2}|der|die)\s+(?:\p{L}+\s+)?(?:Rezeptor|Antikörper)\p{L}*)?|распозна\p{L}*|(?:правильно|верно|корректно|richtig|correcto|correto|correct)\s*[—–:-]|мишень\s+(?:препарата|продукта|терапии)\s*[—–-]|(?:против|анти)(?![\p{L}])|направлен\p{L}* (?:на|против)|на(?![\p{L}])|liaison (?:à|au)|se liga(?:m)? a[oà]?|liga(?:m)?-se a[oà]?|se unen? al?|bindet an|binden an|se lien?t? (?:à|au)|связыва\p{L}* с|мишень\p{L}*|(?:рецептор|антител)\p{L}* к|CAR к`,
  // The antigen a tumour must express is the one the therapy is aimed at: "el tumor debe expresar
  // el antígeno MAGE-A4", "опухоль которых экспрессирует Claudin18.2".
  String.raw`(?<!(?:no|não|nao|ne|не|nicht)\s)(?:expres(?:a|an|ar|sa|sam|sar|se|sent|ser)\p{L}*|exprim\p{L}*|экспрессир\p{L}*)`,
  String.raw`(?:狙|ねら)うのは|標的と(?:する|している)のは|(?:표적으로 (?:하는|삼는)|겨냥하는) (?:것은|건)|靶向|针对(?:的是)?|針對(?:的是)?|抗|锁定(?:的是)?|標的とする|표적으로 하는|認識する|인식하`,
  // "它的靶点是…", "其標靶為…", "標的抗原：…", "识别的是…", "its target is", "dirigido ao", "direcionada ao".
  String.raw`標的(?:は|が)|(?:표적|타깃)(?:은|는|이)\s?|靶点(?:是|为)|靶點(?:是|為)|标靶(?:是|为)|標靶(?:是|為)|標的抗原(?:は)?|(?:识别|識別|辨认|辨認|辨识|辨識|认识)(?:的是)?|(?:目标|目標)(?:正|就|便)?(?:是|为|為)|(?:肿瘤|癌细胞)(?:细胞)?表达|(?<![\p{L}])(?:(?:its|the) target (?:is|was)|dirigid[oa]s? (?:a|ao|à|al)|direcionad[oa]s? (?:a|ao|à|aos|às|para)(?!\s+(?:pacientes|adultos|crianças|doentes|pessoas)))`,
  // A class with its target in brackets: "TCR-T (MAGE-A4)", "CAR-T（CD19）".
  String.raw`(?<![\p{L}])(?:CAR|TCR)[- ]?T\s*[(（]`,
];
/**
 * Between the aiming word and the target, where it is on the cell ("B细胞表面的", "B세포 표면의",
 * "白血病細胞の表面にある"), an adverb ("reconhece justamente o CD19", "recognises exactly") or the subject's
 * count ("ciblent tous deux le BCMA", "target both").
 */
const ON_THE = String.raw`(?:[^.;:,，。()（）]{1,16}?(?:的|의|にある|の)\s*|\p{L}+(?:mente|ly)\s+|(?:tou(?:te)?s\s+(?:les\s+)?(?:deux|trois)|both|all|beide|alle|ambos|ambas|todos|todas|оба|обе|все)\s+)?`;
const BEFORE = new RegExp(
  `(?:(?:(?<![\\p{L}])(?:${BEFORE_WORDS.slice(0, 3).join('|')})|${BEFORE_WORDS[3]}|${BEFORE_WORDS[4]})\\s*[-:：,]?\\s*${ON_THE}(?:(?:a|an|the|l['’]|le|la|o|el|die|den|das|ein\\p{L}{0,2}|une?|um|uma|una)\\s*)?(?:(?:\\p{L}+\\s+)?(?:Oberflächen)?(?:protein|proteína|protéine|antigen|antigène|antígeno|antigénio|Antigen|marker|marcador|marqueur|molecule|receptor|антиген\\p{L}*|бел(?:о?к)\\p{L}*|Oberflächenmerkmal|Oberflächenprotein|Merkmal|Rezeptor|Eiweiß|Protein)\\s*,?\\s+(?:called|named|known as|llamad[oa]|denominad[oa]|chamad[oa]|appelée?|nommée?|genannt|namens|называем\\p{L}*|под названием)?\\s*(?:(?:the|le|la|l['’]|el|o|a|der|die|das)\\s*)?|(?:肿瘤|腫瘤)?抗原\\s*)?(?:[^.;:()]{0,60}\\(\\s*)?|${BEFORE_WORDS[5]})$`,
  'iu',
);
/** How far before a target BEFORE looks. */
const BEFORE_REACH = 50;
/** How far for a target whose antigen is spelled out before its bracketed name. */
const SPELLED_OUT_REACH = 90;
/** A word for "antigen" in the window: the spelled-out name the wider reach is for. */
const ANTIGEN_NOUN = /antíg|antig|Antigen|антиген|抗原|항원/u;

function spelledOutBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - SPELLED_OUT_REACH), at);
  return /[(（]\s*$/u.test(window) && ANTIGEN_NOUN.test(window) && BEFORE.test(window);
}
/** "Target: BCMA", "標的＝BCMA", "Cible : l’antigène de maturation des lymphocytes B (BCMA)", a key-value line under a product's heading: about that product, not about others the line names. */
const LABEL = new RegExp(
  String.raw`^\s*(?:targets?|antigens?|target antigens?|Ziel(?:antigen|struktur)?|Zielmolekül|cible|diana|alvo|мишень|靶点|标靶|標的|표적)\s*[:：=＝]\s*${ON_THE}(?:[^.;:,()]{0,60}\()?$`,
  'iu',
);
/** A yes/no or wh- question (not a statement with a tag such as ", is that right?"). */
const QUESTION =
  /(?:^|[,;:]\s*|\bbut\s+|\bso\s+)(?:is|isn'?t|isnt|are|aren'?t|arent|does|doesn'?t|doesnt|do|don'?t|which|what|whats|what's)\b[^,;]*\?+\s*$/i;
/** "the same target as cilta-cel": the other product shares the target. */
const SAME_AS = /\bsame\s+(?:target|antigen)(?:\s+as)?\s*$/i;

const DENIAL = /\b(?:do|does|did|can|will|would)\s*(?:not|n't)\b|\bcannot\b|\bnever\b/i;
const PRONOUN_START =
  /^\s*(?:(?:it|its|this (?:product|therapy|drug|treatment|CAR-?T)|the (?:product|therapy|drug|treatment))\b|它|其|该产品|該產品|本品|同剤|この(?:薬|製品|治療)|이 (?:치료제|제품|약))/i;

/** What may stand between two targets of one list: "CD19 and BCMA", "CD19/CD22", "BCMA, GPRC5D or CD38". */
const LIST_JOINER = /^\s*(?:,\s*(?:and|or)?|and|or|\/|&|und|oder|y|o|e|ou|и|или|和|及|或|、)\s*$/i;

/** "the other CAR-Ts", "les autres CAR-T", "los demás productos": the class of the products not named. */
const OTHERS_CLASS =
  /(?<![\p{L}])(?:the other|other|les autres|los (?:otros|demás)|las (?:otras|demás)|os outros|as outras|die anderen|andere\p{L}*|други\p{L}*|остальны\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:CAR-?Ts?|thérapies|therapies|terapias|Therapien|products|produits|productos|produtos|Produkte|препарат\p{L}*)(?![\p{L}])[^.;]*$/iu;

/**
 * The class of the products not named, before the target ("les autres CAR-T anti-CD19") or around it
 * as the class's modifier ("Breyanzi and the other autologous CD19- and BCMA-directed CAR T products").
 */
function othersClass(text: string, t: LocatedTarget, targets: readonly LocatedTarget[]): boolean {
  const from = Math.max(0, t.at - 50);
  const before = text.slice(from, t.at);
  if (OTHERS_CLASS.test(before)) return distinctTargets(targets) > 1;
  // Around the target, only a class that itself names more than one ("CD19- and BCMA-directed"): "other
  // CD19 CAR-T products" beside a product's own target is a comparison, not the class's aim.
  const lead = OTHERS_LEAD.exec(before);
  const ahead = lead && CLASS_NOUN_AHEAD.exec(text.slice(t.to, t.to + 60));
  if (!lead || !ahead) return false;
  const start = from + lead.index;
  const end = t.to + ahead[0].length;
  return distinctTargets(targets.filter((x) => x.at >= start && x.to <= end)) > 1;
}
const OTHERS_LEAD =
  /(?<![\p{L}])(?:the other|other|les autres|los (?:otros|demás)|las (?:otras|demás)|os outros|as outras|die anderen|andere\p{L}*|други\p{L}*|остальны\p{L}*)\s+(?:[\p{L}\d]+[\s-]+(?:(?:and|or|et|ou|y|o|e|und|oder|и)\s+)?){0,4}$/iu;
const CLASS_NOUN_AHEAD =
  /^[\s-]*(?:directed|targeted|targeting|gerichtete\p{L}*|dirigé\p{L}*|dirigid\p{L}*)?\s*(?:[\p{L}-]+\s+){0,2}?(?:CAR[\s-]?Ts?|therapies|thérapies|terapias|Therapien|products|produits|productos|produtos|Produkte|препарат\p{L}*)(?![\p{L}])/iu;

function distinctTargets(targets: readonly LocatedTarget[]): number {
  return new Set(targets.map((t) => t.id)).size;
}

type LocatedTarget = ReturnType<typeof hitsOf>[number];

/** An opening bracket right after a product's name, and a few words inside it before the target. */
const PRODUCT_BRACKET = /^\s*[(（][^()（）]{0,24}$/u;

/**
 * "Yescarta (CD19)", "舒瑞基奧侖賽（Claudin18.2）", "Утжефра (отечественный, CD19)": a target in the
 * brackets after a product's name says what that product is aimed at; the product, if so.
 */
function productBefore(s: SentenceContext, t: LocatedTarget): LocatedTarget | undefined {
  // "Kymriah (Tisagenlecleucel), CD19": a cell or item that ends with the target after its product's name.
  const ends = /^\s*[.;]?\s*$/.test(s.text.slice(t.to));
  const products = hitsOf(s, 'product');
  const found = products.find((p) => {
    const between = s.text.slice(p.to, t.at);
    return p.to <= t.at && (PRODUCT_BRACKET.test(between) || (ends && PRODUCT_COMMA.test(between)));
  });
  if (found) return found;
  // "… et le zévorcabtagène, un CAR-T anti-CD19 approuvé en février 2024": a noun in apposition to the
  // name right before it describes that product alone, not the list it ends.
  const last = products.filter((p) => p.to <= t.at).pop();
  return last && APPOSED.test(s.text.slice(last.to, t.at)) ? last : undefined;
}

/** ", un CAR-T anti-", ", a CAR-T directed at ", ", una terapia contra ": an apposition's class noun right before the target. */
const APPOSED =
  /^\s*[)）]?\s*(?:[(（][^()（）]{0,40}[)）]\s*)?[,，]\s*(?:un|une|a|an|um|uma|una|ein|eine|einen)\s+(?:[\p{L}-]+\s+){0,2}?(?:CAR-?T|TCR-?T|produit|product|therapy|thérapie|terapia|Therapie|médicament|medicamento|Präparat|drug)\s*(?:anti-?|dirigée? contre (?:l['’]|le |la )?|directed (?:against|at) |targeting |ciblant (?:l['’]|le |la )?|contra (?:el |la |o |a )?|gegen )?$/iu;

/**
 * "deux antigènes : CD19 pour Kymriah, Yescarta …, et BCMA pour Abecma et Carvykti": in a sentence about
 * what products aim at, a target followed by "for" and products is those products' target; so is one
 * followed by "in the case of" ("reconhecer a proteína CD19, no caso do Kymriah, ou a BCMA, no caso do …").
 */
const FOR_PRODUCTS =
  /^\s*,?\s*(?:pour|for|para|für|для|in the case of|no caso d[oae]s?|en el caso de(?:l)?|dans le cas d(?:e|u|es)|im Fall(?:e)? (?:von|des|der)|в случае)\s+(?:(?:l['’]|le|la|les|the|el|los|las|o|os|a|as|die|den|das)\s*)?$/iu;
const AIMING =
  /target|cibl|(?<![\p{L}])vis(?:e|ent|ant)(?![\p{L}])|antig|diana|alvo|dirig|Ziel|мишен|антиген|reconhec|recono[cz]|reconna|recogni|erkenn|распозна/iu;

function productFor(s: SentenceContext, t: LocatedTarget): LocatedTarget | undefined {
  return AIMING.test(s.text) ? productAfter(s, t, FOR_PRODUCTS) : undefined;
}

/** ", like Kymriah and Yescarta," between a subject and the target: "comme", "wie", "como", "как и". */
const LIKE_ASIDE =
  /^\s*[)）]?\s*,\s*(?:like|just like|comme|wie(?: auch)?|como|assim como|как и|так же,? как(?: и)?)\s/iu;

/** The product right before a ", like …," aside that ends just before the target's verb. */
function subjectBeforeLike(s: SentenceContext, t: LocatedTarget): LocatedTarget | undefined {
  const products = hitsOf(s, 'product').filter((p) => p.to <= t.at);
  for (const p of products) {
    if (!LIKE_ASIDE.test(s.text.slice(p.to, p.to + 30))) continue;
    // The aside closes with the first comma after its compared products, and only the target's verb
    // stands between that comma and the target ("Breyanzi, like Kymriah, was approved in 2021, while
    // Abecma targets BCMA" closes before "was approved": no aside of the target's).
    const compared = products.filter((q) => q.at > p.to);
    const last = compared[compared.length - 1];
    if (!last) continue;
    const close = s.text.indexOf(',', last.to);
    const verb = close < 0 ? '' : s.text.slice(close + 1, t.at);
    if (close >= 0 && close < t.at && verb.length <= 24 && !/[,;:]/u.test(verb)) return p;
  }
  return undefined;
}

/** The products and targets the sentence names. */
function namedHits(s: SentenceContext): LocatedTarget[] {
  return [...hitsOf(s, 'product'), ...hitsOf(s, 'target')];
}

/** The product named next after the target, when the words between are all `between` allows. */
function productAfter(s: SentenceContext, t: LocatedTarget, between: RegExp): LocatedTarget | undefined {
  const next = namedHits(s)
    .filter((h) => h.at >= t.to)
    .sort((a, b) => a.at - b.at)[0];
  return next?.kind === 'product' && between.test(s.text.slice(t.to, next.at)) ? next : undefined;
}

/**
 * Russian and German put a participle phrase before the noun it describes: "например направленный
 * против BCMA Карвикти", "der gegen CD19 gerichtete Wirkstoff Kymriah". The target is then the product's
 * right after the phrase (a class noun may come between), not the one the sentence named before.
 */
const PARTICIPLE_BEFORE = /(?<![\p{L}])(?:направленн|нацеленн)\p{L}*\s+(?:против|на)\s+$/iu;
const PARTICIPLE_TO_PRODUCT = /^\s*(?:[\p{L}-]+\s+)?$/u;
const GERMAN_PARTICIPLE_TO_PRODUCT = /^\s*gerichtet(?:e|en|er|es)\s+(?:[\p{L}-]+\s+)?$/u;

/**
 * A target naming a class, then the product or bracketed products of that class: "the fully human BCMA
 * CAR-T eque-cel", "followed by BCMA products (Abecma, Carvykti)", "produits anti-BCMA (…)", "BCMA 표적 CAR-T
 * 안이토셀이".
 */
const CLASS_TO_PRODUCT =
  /^\s*(?:-?(?:directed|targeted|targeting|gerichtete\p{L}*)\s+|(?:표적|標的|标靶|靶向)\s*)?(?:(?:cell\s+|gene\s+)?(?:CAR-?Ts?|products?|therap(?:y|ies)|drugs?|medicines?|productos?|produtos?|produits?|Präparate?|Produkte?|препарат\p{L}*)(?![\p{L}]))\s*[(（]?\s*$/iu;

function participleProduct(s: SentenceContext, t: LocatedTarget): LocatedTarget | undefined {
  if (PARTICIPLE_BEFORE.test(s.text.slice(Math.max(0, t.at - 30), t.at)))
    return productAfter(s, t, PARTICIPLE_TO_PRODUCT);
  return productAfter(s, t, GERMAN_PARTICIPLE_TO_PRODUCT);
}

/**
 * "visent le CD19, comme le Kymriah et le Yescarta", "target CD19, like Kymriah": the products compared
 * after the target share it.
 */
const LIKE_PRODUCTS =
  /^\s*[)）]?\s*,?\s*(?:comme|like|just like|as do(?:es)?|wie(?: auch)?|como|assim como|так же,? как(?: и)?|как и)\s+(?:(?:l['’]|le|la|les|the|o|a|os|as|el|los|las|der|die|das)\s*)?$/iu;

function productsLike(s: SentenceContext, t: LocatedTarget): LocatedTarget | undefined {
  return productAfter(s, t, LIKE_PRODUCTS);
}

/** Between a target and an unknown medicine's name: the class it names ("표적 CAR-T", "-directed CAR-T"). */
const CLASS_TO_UNKNOWN =
  /^\s*(?:-?(?:directed|targeted|targeting)\s+|표적\s*|標的\s*|标靶\s*|靶向\s*)?(?:CAR-?T|TCR-?T|(?:치료제|제품|製品|产品|產品))\s*(?:치료제\s*)?(?:인\s*)?$/iu;

/** A product's name (and its bracketed other name) and a comma or dash before a cell's last word. */
const PRODUCT_COMMA = /^\s*[)）]?\s*[,，–—-]\s*$/u;

/**
 * Japanese, Korean and Chinese put a modifier clause before the noun it describes: "BCMAを標的とする
 * アベクマとカービクティ", "MAGE-A4를 표적으로 하는 TCR-T 치료제 테셀라", "BCMA標靶CAR-T anito-cel". The
 * target then belongs to the products right after the clause (a class noun may come between), not to
 * those the sentence named before it.
 */
const MODIFIER_AFTER =
  /^\s*(?:[)）]\s*)?(?:を(?:標的|ターゲット)(?:と|に)(?:する|した|している)|を(?:認識|攻撃)(?:する|した)|を狙(?:う|った)|(?:을|를)\s*(?:표적|타깃)으로\s*(?:하는|한|삼는|삼은)|(?:을|를)\s*(?:인식|겨냥)(?:하는|한)|(?:标靶|標靶|靶向)|(?:为|為)(?:靶点|靶點|目标|目標|标靶|標靶|标的|標的)(?:的|之))/u;

/**
 * A verb shared by two objects ("キムリアはCD19を、アベクマはBCMAを標的としています", "킴리아는 CD19를, 아베크마는
 * BCMA를 표적으로 한다"): the first object ends in its particle and a comma, the verb comes after the second.
 */
const GAPPED = /^\s*[)）]?\s*(?:を|(?:을|를))\s*[、,，]/u;
const GAPPED_VERB =
  /を(?:標的|ターゲット|認識|狙|ねら|見つけ)|(?:을|를)\s*(?:표적|타깃|인식|겨냥|찾(?:아|는|습))/u;

/** The targets listed together with `t` (itself included), in order. */
function coordinated(text: string, targets: readonly LocatedTarget[], t: LocatedTarget): LocatedTarget[] {
  const sorted = [...targets].sort((a, b) => a.at - b.at);
  let i = sorted.indexOf(t);
  let j = i;
  while (i > 0 && LIST_JOINER.test(text.slice(sorted[i - 1]!.to, sorted[i]!.at))) i--;
  while (j < sorted.length - 1 && LIST_JOINER.test(text.slice(sorted[j]!.to, sorted[j + 1]!.at))) j++;
  return sorted.slice(i, j + 1);
}

export const targetRule: ClaimRule<'target'> = {
  id: 'target',
  kind: 'target',
  description: 'The antigen a product is said to target.',
  // Fires only on a named target (a hit), never on words alone.
  gate: /(?!)/,
  detect(s: SentenceContext): RawClaim<'target'>[] {
    // A table with a Target column says what each row targets there; elsewhere in the row a
    // target is a comparison ("safer than earlier CD19 CAR-T").
    if (s.role !== 'target' && s.rowCells?.some((c) => c.role === 'target')) return [];
    // "isnt tecartus the cd22 one?": a question asks, it does not claim.
    if (QUESTION.test(s.text)) return [];
    const out: RawClaim<'target'>[] = [];
    const seen = new Set<string>();
    const targets = hitsOf(s, 'target');
    const unknown = targets.length > 0 ? unknownProductsApart(s) : [];
    for (const t of targets) {
      if (seen.has(t.id)) continue;
      // "targeting CD19 and BCMA": one statement that the products named are among these targets.
      const group = coordinated(s.text, targets, t);
      if (group.length > 1) for (const g of group) seen.add(g.id);
      const inTargetColumn = s.role === 'target';
      const label = !inTargetColumn && LABEL.test(s.text.slice(0, t.at));
      const after = s.text.slice(t.to, t.to + 24);
      const bracketed = !inTargetColumn && productBefore(s, t);
      const forProduct = !inTargetColumn && !label ? productFor(s, t) : undefined;
      const stated =
        forProduct !== undefined ||
        inTargetColumn ||
        label ||
        bracketed !== undefined ||
        AFTER.test(after) ||
        (GAPPED.test(after) && GAPPED_VERB.test(s.text.slice(t.to))) ||
        (CLASS_AFTER.test(after) && hitsOf(s, 'product').length > 0) ||
        BEFORE.test(s.text.slice(Math.max(0, t.at - BEFORE_REACH), t.at)) ||
        // Wider for an aiming word, a spelled-out antigen and its bracket ("direcionada ao antígeno de
        // maturação de células B (BCMA)"), and only then: BEFORE allows 60 characters before a bracket.
        spelledOutBefore(s.text, t.at);
      if (!stated) continue;
      // "BCMA 표적 CAR-T 안이토셀이", "the BCMA CAR-T anito-cel": the class the target names is the unknown
      // medicine's right after it, not a product the sentence named before.
      // Not a company before its product ("CD19 표적 CAR-T 큐로셀의 림카토주").
      if (
        unknown.some(
          (u) =>
            u.start >= t.to &&
            CLASS_TO_UNKNOWN.test(s.text.slice(t.to, u.start)) &&
            !/^\s*의/u.test(s.text.slice(u.end)),
        )
      )
        continue;
      // "pour Yescarta et les autres CAR-T anti-CD19 et anti-BCMA": targets naming the class of the other
      // products, more than one, say no one product's target.
      if (othersClass(s.text, t, targets)) continue;
      if (DENIED_BEFORE.test(s.text.slice(Math.max(0, t.at - 30), t.at))) continue;
      if (CORRECTED_AFTER.test(s.text.slice(t.to, t.to + 30))) continue;
      seen.add(t.id);
      const modified =
        !inTargetColumn && !label && !bracketed
          ? (modifiedProduct(s.text, t.to, MODIFIER_AFTER, namedHits(s)) ??
            participleProduct(s, t) ??
            productAfter(s, t, CLASS_TO_PRODUCT) ??
            forProduct)
          : undefined;
      if (modified) {
        // The products the modifier clause describes: the list that starts after it.
        out.push({
          start: t.at,
          end: t.to,
          scope: 'row',
          requiresProduct: true,
          anchor: modified.at,
          distributive: true,
          listsFrom: true,
          details: {
            targetId: t.id,
            targetAlternatives: group.length > 1 ? group.map((g) => g.id).join('|') : null,
          },
        });
      } else if (bracketed && !label && !AFTER.test(after)) {
        // The bracketed product's own target, not its list's.
        out.push({
          start: t.at,
          end: t.to,
          scope: 'row',
          requiresProduct: true,
          anchor: bracketed.at,
          details: { targetId: t.id, targetAlternatives: null },
        });
      } else if (label) {
        out.push({
          start: t.at,
          end: t.to,
          scope: 'section',
          requiresProduct: true,
          ignoreNamed: true,
          details: { targetId: t.id },
        });
      } else {
        // "It uses a humanised CD19-directed CAR" (the product of the sentences before); "Your T cells
        // are modified to attach to CD19" on a one-product page. A denial is no claim of a target.
        const scope = PRONOUN_START.test(s.text)
          ? 'section'
          : DENIAL.test(s.text) || isGeneralStatement(s)
            ? 'row'
            : 'page';
        out.push({
          start: t.at,
          end: t.to,
          scope,
          requiresProduct: true,
          distributive: true,
          listsAcrossFacts: true,
          titles: true,
          details: {
            targetId: t.id,
            targetAlternatives: group.length > 1 ? group.map((g) => g.id).join('|') : null,
          },
        });
      }
      // "Breyanzi, like Kymriah and Yescarta, targets CD19": the subject before the compared products
      // aims at the target too (the claim above reads back only to the compared ones).
      const subject =
        !inTargetColumn && !label && !modified && !bracketed ? subjectBeforeLike(s, t) : undefined;
      if (subject)
        out.push({
          // Its own span, from the subject to the target, a claim beside the compared products'.
          start: subject.at,
          end: t.to,
          scope: 'row',
          requiresProduct: true,
          anchor: subject.to,
          distributive: true,
          details: { targetId: t.id, targetAlternatives: null },
        });
      const like = !inTargetColumn && !label ? productsLike(s, t) : undefined;
      if (like)
        out.push({
          // Its own span (from the target to the first compared product), a claim beside the subject's.
          start: t.at,
          end: like.to,
          scope: 'row',
          requiresProduct: true,
          anchor: like.at,
          distributive: true,
          listsFrom: true,
          details: { targetId: t.id, targetAlternatives: null },
        });
      for (const p of hitsOf(s, 'product')) {
        if (p.at < t.to) continue;
        const same = SAME_AS.exec(s.text.slice(Math.max(t.to, p.at - 40), p.at));
        if (!same) continue;
        // Anchored on the other product's name, so the claim is that product's.
        const start = p.at - (s.text.slice(Math.max(t.to, p.at - 40), p.at).length - same.index);
        out.push({
          start,
          end: p.to,
          scope: 'row',
          requiresProduct: true,
          anchor: p.at,
          details: { targetId: t.id },
        });
      }
    }
    const back = aimedBack(s, targets);
    if (back && !out.some((c) => c.details.targetId === back.details.targetId && c.start >= back.start))
      out.push(back);
    return out;
  },
};

/**
 * An aiming verb whose object is a pronoun: "BCMA …; beide Produkte, Ide-cel und Cilta-cel, richten sich
 * dagegen", "CD19 … : Kymriah et Yescarta le ciblent", "…, and both products target it". The pronoun is
 * the one target the sentence named before it; the products are those listed right before the verb.
 */
const AIMED_AT_PRONOUN =
  /(?<![\p{L}])(?:richten\s+sich\s+dagegen|richtet\s+sich\s+dagegen|zielen\s+darauf|zielt\s+darauf|(?:target|recogni[sz]e|bind(?:s)?\s+to|attack)s?\s+(?:it|this\s+(?:protein|antigen|marker))|(?:are|is)\s+(?:directed|aimed)\s+(?:against|at)\s+(?:it|this\s+(?:protein|antigen|marker))|l[ea]\s+cibl(?:e|ent)|l[ea]\s+reconnaiss(?:e|ent)|l[oa]\s+reconoce(?:n)?|se\s+dirigen?\s+contra\s+(?:él|ella|este\s+antígeno)|o\s+reconhece(?:m)?|(?:направлен\p{L}*|нацелен\p{L}*)\s+(?:против\s+него|на\s+него))(?![\p{L}])/iu;
/** A denial or a possibility right before the verb: "do not target it", "que no lo reconocen", "may target it". */
const NOT_OR_MAY_BEFORE =
  /(?<![\p{L}])(?:not|n['’]t|never|no|nicht|kein\p{L}*|ne|pas|não|не|may|might|can|could|kann|könnte|puede|pueden|pode|podem|peut|peuvent|может|могут)(?:\s+\p{L}+)?\s*$/iu;
function aimedBack(s: SentenceContext, targets: readonly LocatedTarget[]): RawClaim<'target'> | undefined {
  const m = AIMED_AT_PRONOUN.exec(s.text);
  if (!m) return undefined;
  // "…, but Carvykti and Abecma do not target it", "que no lo reconocen", "Tecartus may target it": a
  // denial or a possibility says nothing of the target.
  if (NOT_OR_MAY_BEFORE.test(s.text.slice(Math.max(0, m.index - 16), m.index))) return undefined;
  const before = [...new Set(targets.filter((t) => t.to <= m.index).map((t) => t.id))];
  if (before.length !== 1) return undefined;
  const target = targets.find((t) => t.id === before[0])!;
  // The products listed between the target and the verb.
  if (!hitsOf(s, 'product').some((p) => p.at > target.to && p.to <= m.index)) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    scope: 'row',
    requiresProduct: true,
    anchor: m.index,
    distributive: true,
    details: { targetId: target.id, targetAlternatives: null },
  };
}
