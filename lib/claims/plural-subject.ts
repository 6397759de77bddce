// A sentence whose subject is the products the page just named, counted or not: "Both …",
// "All three CAR-T products …", "Ces deux produits …", "Alle drei Lymphom-Produkte …",
// "两款都是…", "どちらも…", "두 제품 모두 …". Read as (determiner) (all/both) (number) (up to a few
// words) (a class noun), in each language's word order, rather than as a list of fixed phrases.

import { fromSubject } from './sentence-tools';

/** Number words up to five, in the languages the engine reads (feminine and case forms included). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  dois: 2,
  duas: 2,
  três: 3,
  quatro: 4,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  beiden: 2,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
};
const NUMBER = `(\\d|${Object.keys(NUMBER_WORDS).join('|')})`;

/** "Both", "all of them": two, or every product just named. */
const BOTH =
  /^(?:both|neither|ambos|ambas|beide|les deux|tous deux|toutes deux|tous les deux|toutes les deux|оба|обе|两者|二者|两款|两种|どちらも|両方とも|両剤とも|둘 다|두 제품 모두)$/iu;

/** Plural class nouns ("products", "Präparate"; German compounds end in them: "Lymphom-Produkte"). */
const CLASS_NOUN =
  '(?:products|therapies|treatments|drugs|medicines|agents|options|CAR-?Ts|CAR[- ]T (?:cell )?(?:therapies|products)' +
  '|productos|terapias|tratamientos|medicamentos|fármacos|produtos|tratamentos|remédios' +
  '|[\\p{L}-]*(?:produkte|präparate|therapien|therapeutika|arzneimittel|medikamente)' +
  '|produits|thérapies|traitements|médicaments' +
  '|препарата|препаратов|продукта|продуктов|CAR-T)';

const READERS: readonly RegExp[] = [
  // "aucun des deux", "ninguno de los dos", "nenhum dos dois", "keines der beiden", "none of the three":
  // a denying subject that counts the products.
  new RegExp(
    `^\\s*(?:none|ninguno|ninguna|nenhum|nenhuma|aucune?|keine[rs]?|ни один|ни одна)\\s+(?:of\\s+(?:the|these|those)|de\\s+(?:los|las|estos|estas)|dos|das|des|der|из)\\s+${NUMBER}(?![\\p{L}])`,
    'iu',
  ),
  // "Tous deux …", "toutes les deux": both.
  /^\s*(tous deux|toutes deux|tous les deux|toutes les deux)(?![\p{L}])/iu,
  // The earlier fixed forms: "Both …", "They …", "Todos …", "Все …", "いずれも", "모두".
  /^\s*(?:(both|ambos|ambas|beide|les deux|оба|обе|all\s+(\d+|two|three|four|five|of them)|each of them|they|these(?: \w+)?|todos|todas|tous|toutes|все|sie alle|none of (?:them|these|those)|neither|ни один|ни одна)(?=[\s,]|$)|(两者|二者|这些|均|いずれも|どちらも|これらは|모두|두 제품 모두))/iu,
  // "Keines ist zugelassen", "Aucun n'est autorisé", "Ninguno está aprobado", "Nenhum foi registrado": a
  // denying pronoun standing for the products. Not the same word as a determiner of the noun after it
  // ("keine Zulassung für MCL", "aucune autorisation", "ninguna aprobación", "nenhum registro"), which
  // denies a thing and stands for no product.
  // German tells the two apart by case, so without the i flag (under it \p{Lu} takes lower case too).
  /^\s*([Kk]eine[rs]?|[Kk]eins)(?=\s*(?:[,:]|$)|\s+(?:ist|sind|war|waren|hat|haben|hatte|hatten|wurde|wurden|wird|werden|besitzt|verfügt|kann|können|darf|dürfen|erhielt|erhielten|bekam|der|dieser|davon|von|bisher|bislang|noch)(?![\p{L}]))/u,
  /^\s*(?:(aucune?)(?=\s*(?:[,:]|$)|\s+(?:n['’]|ne(?![\p{L}])|d['’]|des?(?![\p{L}])))|(ninguno|ninguna)(?=\s*(?:[,:]|$)|\s+(?:de|del|es|está|están|fue|ha|había|tiene|cuenta|se|lo|le|era|estaba|aún|todavía|nunca|recibió|obtuvo)(?![\p{L}]))|(nenhum|nenhuma)(?=\s*(?:[,:]|$)|\s+(?:d[oa]s?|deles|delas|d[ie]st[ea]s|d[ie]ss[ea]s|é|está|foi|tem|têm|possui|se|era|estava|ainda|nunca|recebeu|obteve|conta)(?![\p{L}])))/iu,
  // "The two products", "these three CAR-T therapies", "los dos fármacos", "Ces deux produits",
  // "Alle drei in Deutschland eingesetzten Präparate", "эти два препарата".
  new RegExp(
    `^\\s*(?:(?:all|the|these|those|both|los|las|estos|estas|todos los|todas las|os|as|estes|estas|todos os|todas as|alle|die|diese|les|ces|tous les|toutes les|все|эти)\\s+)?${NUMBER}\\s+(?:[\\p{L}-]+\\s+){0,3}?${CLASS_NOUN}(?![\\p{L}])`,
    'iu',
  ),
  // "Los dos también se dirigen a CD19", "The two are approved": a bare count as the subject, the
  // verb or an adverb right after it (a noun there would make it "the two trials").
  new RegExp(
    `^\\s*(?:the|these|those|los|las|estos|estas|os|as|estes|die|diese|ces|les|эти)\\s+${NUMBER}\\s+(?=(?:also|too|both|are|were|have|had|target|también|son|eran|fueron|tienen|se|também|são|foram|têm|sind|waren|haben|richten|aussi|sont|ont|ciblent|тоже|также|были|являются)(?![\\p{L}]))`,
    'iu',
  ),
  // "Los dos reconocen CD19", "Os dois atuam …", "Les deux ciblent …": in the Romance languages a verb in
  // the plural right after the bare count, whatever verb (a noun there, "los dos ensayos", ends in -s).
  new RegExp(
    `^\\s*(?:los|las|estos|estas|os|as|estes|les|ces)\\s+${NUMBER}\\s+(?=\\p{L}+(?:en|an|em|am|ent)(?![\\p{L}]))`,
    'iu',
  ),
  // "Ces cellules reprogrammées …", "Estas células …", "Diese Zellen …", "Эти препараты …": a
  // demonstrative and a plural class noun (or the products' cells), as English "these" reads.
  new RegExp(
    `^\\s*(?:ces|estos|estas|esos|esas|estes|esses|essas|dichos|dichas|diese|эти)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${CLASS_NOUN}|(?:cellules|células|Zellen|клетки)(?!\\s+(?:tumorales|tumorais|cancéreuses|cancerosas|malignes|malignas|leucémiques|leucémicas|leucêmicas|B|опухолевые|раковые)(?![\\p{L}])))(?![\\p{L}])`,
    'iu',
  ),
  // "Alle bei uns eingesetzten Präparate", "All the products we use": all and a class noun.
  new RegExp(
    `^\\s*(?:all|alle|todos|todas|tous|toutes|все)\\s+(?:(?:the|los|las|os|as|les|die)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${CLASS_NOUN}(?![\\p{L}])`,
    'iu',
  ),
  // "Alle drei …", "todos os três", "все три": all and a number, whatever follows.
  new RegExp(
    `^\\s*(?:all|alle|todos(?: los| os)?|todas(?: las| as)?|tous les|toutes les|все)\\s+${NUMBER}(?![\\p{L}\\d])`,
    'iu',
  ),
  // "两款都是", "这两种药均", "上述三款产品": a number and a classifier.
  // "三者均靶向BCMA": a number and 者 (the ones).
  new RegExp(`^\\s*(?:这|這|这些|這些|上述|以上)?${NUMBER}(?:款|种|種|个|個|项|項|者)`, 'u'),
  // "本病房使用的CAR-T产品均…", "当院で使う製品はいずれも…": a class noun and "all" after it.
  /^[^，。；,;]{0,30}?(?:产品|產品|药品|藥品|疗法|療法|製品|薬剤|제품|치료제)(?:均|都|皆|全部|はいずれも|はすべて|은 모두|는 모두)/u,
  // "2つとも", "二つとも", "両方とも".
  new RegExp(`^\\s*(?:この|これら|上記の)?(?:${NUMBER}|[２-５])(?:つ|剤|製品)とも`, 'u'),
  // "これら3製品は", "この2剤は", "以上の3製品が": a count of products as the topic.
  new RegExp(
    `^\\s*(?:この|これら|上記の|以上の)(?:${NUMBER}|[２-５])(?:つの)?(?:剤|製品|品目)(?:は|が|も)`,
    'u',
  ),
  // "두 제품 모두", "세 가지 치료제 모두", "두 치료제는".
  new RegExp(`^\\s*(?:이|이들|위)?\\s*${NUMBER}\\s*(?:가지|개|종)?\\s*(?:제품|치료제|약|약제)`, 'u'),
];

const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * The number of products the sentence's subject stands for: 2 for "both", the count it gives, or
 * Infinity for "they", "all of them"; undefined when its subject is not such a plural.
 */
export function pluralSubject(text: string): number | undefined {
  const plain = fromSubject(text).replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10));
  for (const re of READERS) {
    const m = re.exec(plain);
    if (!m) continue;
    const whole = (m[1] ?? m[3] ?? '').trim();
    if (BOTH.test(whole)) return 2;
    const n = m.slice(1).find((g) => g !== undefined && (/^\d$/.test(g) || g.toLowerCase() in NUMBER_WORDS));
    if (n !== undefined) return /^\d$/.test(n) ? Number(n) : NUMBER_WORDS[n.toLowerCase()];
    const all = m[2];
    if (all && /^\d+$/.test(all)) return Number(all);
    return Infinity;
  }
  return undefined;
}

/** Where a clause opens inside a sentence: after a comma, a semicolon or "、". */
const CLAUSE_OPEN = /[,;，；、]\s*/gu;

/**
 * The count a clause inside the sentence opens with ("…承認されており、どちらもBCMAを標的とします", "In
 * myeloma, both BCMA-directed products …"): the products it stands for are those the sentence names
 * before it, or those it names after it. Only a count: "…, todos los pacientes" stands for no products.
 */
export function clausePlural(text: string, at: number): number | undefined {
  let from = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_OPEN)) from = m.index + m[0].length;
  if (from === 0) return undefined;
  const n = pluralSubject(text.slice(from));
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** A class noun anywhere in a short title ("CAR-T products on the …", "国内で承認された主な製品"). */
const TITLE_CLASS = new RegExp(
  `(?<![\\p{L}])(?:${CLASS_NOUN}|therapy|product|Produkt|produit|produto|producto|препарат\\p{L}*)(?![\\p{L}])|[\\p{L}-]*(?:produkte|präparate)(?![\\p{L}])|产品|產品|药品|藥品|疗法|療法|製品|薬剤|제품|치료제`,
  'iu',
);

/** Whether a heading or caption names a class of products, as the title of the entries below it. */
export function titlesProducts(text: string): boolean {
  return TITLE_CLASS.test(text);
}

/**
 * "The former … the latter", "前者3製品は…、後者2製品は…": the two groups of the products just named,
 * in their order. Each side's count is the one it gives (1 when
 * it gives none, as "the former"/"the latter" of two products).
 */
const FORMER = new RegExp(`(?:前者|(?<![\\p{L}])the former(?![\\p{L}]))\\s*${NUMBER}?`, 'iu');
const LATTER = new RegExp(`(?:後者|后者|(?<![\\p{L}])the latter(?![\\p{L}]))\\s*${NUMBER}?`, 'iu');
const OPENS_FORMER = new RegExp(`^\\s*${FORMER.source}`, 'iu');
const OPENS_LATTER = new RegExp(`^\\s*${LATTER.source}`, 'iu');
const CLAUSE_BREAK =
  /[,;，；、]|(?<![\p{L}])(?:and|while|whereas|but|y|e|et|und|и|а|mientras|tandis)(?![\p{L}])/giu;

function countOf(m: RegExpExecArray | null): number | undefined {
  if (!m) return undefined;
  const n = m.slice(1).find((g) => g !== undefined);
  if (n === undefined) return 1;
  return /^\d$/.test(n) ? Number(n) : (NUMBER_WORDS[n.toLowerCase()] ?? 1);
}

/**
 * The products the clause holding `at` stands for when it opens with "the former" or "the latter",
 * from `recent` (the products named so far, most recent last); undefined when it opens with neither
 * or the sentence does not say how many each side holds beyond what `recent` has.
 */
export function formerOrLatter(text: string, at: number, recent: readonly string[]): string[] | undefined {
  let from = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const plain = text.replace(FULL_WIDTH_DIGITS, (d) => String(d.charCodeAt(0) - 0xff10));
  const clause = plain.slice(from, at);
  const opensFormer = OPENS_FORMER.test(clause);
  const opensLatter = OPENS_LATTER.test(clause);
  if (!opensFormer && !opensLatter) return undefined;
  let n = countOf(FORMER.exec(plain));
  let m = countOf(LATTER.exec(plain));
  // The side the sentence does not name is one product ("the former" of two): more would be unclear.
  if (n === undefined) n = 1;
  if (m === undefined) m = 1;
  if (n + m > recent.length) return undefined;
  return opensFormer
    ? recent.slice(recent.length - n - m, recent.length - m)
    : recent.slice(recent.length - m);
}
