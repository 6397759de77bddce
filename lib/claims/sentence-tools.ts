// Small lookups over a sentence's hits, shared by rules.
import type { EntityKind, Hit } from '../match/types';
import type { SentenceContext } from './types';

export type LocatedHit = Hit & { at: number; to: number };

/** The hit of `kind` closest to [start, end) in the sentence (ties go to the one after: "72% in DLBCL"). */
export function nearestHit(
  s: Pick<SentenceContext, 'hits'>,
  kind: EntityKind,
  start: number,
  end: number,
): LocatedHit | undefined {
  let best: LocatedHit | undefined;
  let bestGap = Infinity;
  for (const h of s.hits) {
    if (h.kind !== kind) continue;
    const gap = h.at >= end ? h.at - end : h.to <= start ? start - h.to + 0.5 : 0;
    if (gap < bestGap) {
      best = h;
      bestGap = gap;
    }
  }
  return best;
}

export function hitsOf(s: SentenceContext, kind: EntityKind): LocatedHit[] {
  return s.hits.filter((h) => h.kind === kind);
}

const GENERAL_PLURAL =
  /(?<![\p{L}])(?:(?:products|therapies|treatments|drugs|CAR[- ]?Ts|options|medicines|agents|the field|this class)(?![\p{L}])|(?<!(?:de|del|des|der|y|e|et|und|и) )(?:terapias|tratamientos|produtos|tratamentos|Präparate|Produkte|Therapien|produits|thérapies|traitements|препарат(?:ы|ов|ам|ами)|продукт(?:ы|ов))(?![\p{L}]))/giu;
const LINES_BEFORE =
  /(?<![\p{L}])(?:\d+|one|two|three|four|five|more|prior|previous|earlier|systemic|lines? of|dos|tres|cuatro|más|deux|trois|plus|zwei|drei|mehr|duas|três|mais|двух|трёх|трех|более|líneas? de|linhas? de|lignes? de)\s+(?:(?:prior|previous|systemic|lines? of|previos|previas|sistémicos|antérieurs|vorherige[n]?|prévios|системн\p{L}*)\s+)?$/iu;
const GENERAL_SINGULAR =
  /\b(?:(?:gene|cell|CAR[- ]?T(?:[- ]cell)?|immuno|targeted) ?therapy|immunotherapy)\b/gi;
/** "the first FDA-approved gene therapy for bladder cancer" describes one product; "gene therapy for leukemia reached approval" does not. */
const DETERMINER_BEFORE = /\b(?:the|a|an|first|only|this|its|world's)\b[^.,;]{0,40}$/i;

/** A sentence about therapies in general ("Approved CAR-T products include…") rather than one product. */
export function isGeneralStatement(s: SentenceContext): boolean {
  if (s.hits.some((h) => h.kind === 'product')) return false;
  GENERAL_PLURAL.lastIndex = 0;
  for (let m = GENERAL_PLURAL.exec(s.text); m; m = GENERAL_PLURAL.exec(s.text)) {
    // "the European Medicines Agency", "National Medical Products Administration": a regulator's name.
    const at = m.index;
    if (s.hits.some((h) => h.kind === 'regulator' && h.at <= at && at < h.to)) continue;
    // "after two or more previous treatments", "prior therapies": a line of therapy, not the subject.
    if (!LINES_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  GENERAL_SINGULAR.lastIndex = 0;
  for (let m = GENERAL_SINGULAR.exec(s.text); m; m = GENERAL_SINGULAR.exec(s.text)) {
    if (!DETERMINER_BEFORE.test(s.text.slice(0, m.index))) return true;
  }
  // "已在美國、歐盟或內地獲批的CAR-T產品", "固形がんに対するTCR-T療法": a class a modifier clause
  // describes, not one product (no determiner, no ranking, not "as a …").
  // A ranking or a pronoun anywhere ("它是全球第一个获批…的CAR-T产品", "…것은 이번이 처음이다") makes it one.
  if (CJK_ONE.test(s.text)) return false;
  CJK_CLASS.lastIndex = 0;
  for (let m = CJK_CLASS.exec(s.text); m; m = CJK_CLASS.exec(s.text)) {
    const before = s.text.slice(Math.max(0, m.index - 16), m.index);
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // Not a predicate ("…投与するCAR-T 치료제다", "…是…的CAR-T产品", "…のCAR-T製品である").
    if (CJK_COPULA_AFTER.test(after) || /[是为為]/u.test(s.text.slice(0, m.index))) continue;
    if (CJK_MODIFIER_END.test(before) && !CJK_POINTER.test(before)) return true;
  }
  return false;
}

/** A class of cell or gene therapies in Chinese, Japanese or Korean, not as a predicate ("として", "으로"). */
const CJK_CLASS =
  /(?:CAR-?T|TCR-?T|TIL|细胞|細胞|基因|遺伝子|유전자|세포)\s?(?:产品|產品|製品|疗法|療法|治疗|治療|치료제|요법|제품|药物|藥物)(?!\s?(?:として|으로|로서|로|作为|作為))/gu;
/** The end of a modifier clause before its noun: "…获批的", "…に対する", "…された", "…허가된". */
const CJK_MODIFIER_END = /(?:的|の|された|した|する|に対する|한|된|하는|대한|받은)\s*$/u;
/** A ranking or a pronoun standing for one product, anywhere in the sentence. */
const CJK_ONE =
  /首|第[一二三四五六七八九十\d]|唯一|初の|最初|처음|최초|유일|它|其|本品|本剤|これ|それ|이는|이것|그것/u;
/** A copula after the noun: the noun is the predicate. */
const CJK_COPULA_AFTER = /^\s*(?:다|이다|입니다|였다|이었다|です|でした|である|であった|だ|となった)/u;
/** A determiner or ranking that makes the noun one product: "该", "この", "首个", "初の", "최초의", "이". */
const CJK_POINTER =
  /(?:首|初|최초|该|該|此|这|這|本|この|その|上述|前述|해당|(?<![\p{L}])[이그]\s)[^，。、；,]{0,10}$/u;

const PENDING_AFTER =
  /^[\p{L}-]+\s+(?:[\p{L}'’.]+\s+){0,4}?(?:(?:steht|stehen|stand)\s+(?:\p{L}+\s+){0,2}?aus(?![\p{L}])|(?:ist|bleibt)\s+(?:noch\s+)?ausstehend|(?:está|sigue|continúa|continua|ainda está|segue)\s+(?:aún\s+|ainda\s+)?pendiente|(?:está|continua|segue)\s+(?:ainda\s+)?pendente|(?:est|reste)\s+(?:encore\s+)?en attente)/iu;

/** Hedged or negated wording: "not approved", "awaiting approval", "if approved". */
export function isHedged(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase();
  const after = text.slice(at, at + 60).toLowerCase();
  if (
    /(?:^|[^\p{L}])(?:not|never|no|yet to be|awaiting|await|pending|seeking|seek|sought|submitted for|applied for|apply for|filed for|file for|files for|filing for|to seek|will seek|plans? to seek|intends? to seek|under review for|if|once|could be|may be|might be|would be|will be|expected to be|hopes? to be|before|prior to|without|isn't|aren't|wasn't|hasn't|haven't|isnt|arent|nunca|sin|si|esperan?|aguardan?|aguardam|attend(?:ent|ant)?|wartet auf|warten auf|ожида\p{L}*|жд[её]т)\s+(?:[\p{L}'-]+\s+){0,2}$/u.test(
      before,
    )
  )
    return true;
  // "未批准", "不是批准上市" / "并非批准" (is not an approval).
  // "均不等于批准上市", "并不代表获批": a step that is said not to be an approval.
  if (/(?:未|尚未|没有|不|不是|并非|而非|不等于|不等同于|不代表|不意味着)$/.test(before)) return true;
  // "未获美国FDA或欧洲药品管理局批准": the negation comes before the regulator, the verb after it.
  if (/(?:未|尚未|没有)(?:获得?|獲得?|取得|见|見)[^，。；,;]{0,24}$/u.test(before)) return true;
  // "noch nicht", "ainda não", "ещё не": hedges ahead of the negators every denial shares.
  if (/(?:^|[^\p{L}])(?:noch nicht|ainda não|ещё не|еще не)\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(before))
    return true;
  // "在国内获批之前", "承認前に", "허가 전에": what happened before the approval, which the word only dates.
  if (/^\S{0,3}?(?:之前|以前|前に|の前|前の)|^\S{0,3}\s?(?:전에|이전에)/u.test(after)) return true;
  // "antes de su aprobación", "avant son autorisation", "vor der Zulassung", "до регистрации".
  if (/(?:^|[^\p{L}])(?:antes\s+de|avant|vor|до)\s+(?:\p{L}+\s+)?$/u.test(before)) return true;
  // A decision still to come: "허가 여부 결정이 … 예정", "承認の可否", "承認される見込み", "是否批准", "有望获批".
  if (/^\S{0,3}\s?(?:여부|될지|될 ?예정|예정|전망|[을를]?\s?받을\s?(?:예정|전망|것으로))/u.test(after))
    return true;
  if (
    /^\S{0,3}(?:の可否|されるかどうか|される見通し|される見込み|の見通し|の見込み|が期待され|を目指|審査中|申請中)/u.test(
      after,
    )
  )
    return true;
  if (/(?:是否|有望|预计将?|拟|计划|或将)$/u.test(before)) return true;
  // A denied approval is never a positive one; one list of negators serves both (isNegated).
  if (isNegated(text, at)) return true;
  if (/^approv\w*\s+(?:is|was)\s+(?:expected|pending|anticipated|sought)/.test(after)) return true;
  // The approval word, then that it is still to come: "eine Zulassung steht noch aus", "la aprobación
  // está pendiente", "a aprovação ainda está pendente", "l'autorisation est en attente".
  if (PENDING_AFTER.test(after)) return true;
  if (/^approval\s+(?:application|submission|decision|process|pathway)/.test(after)) return true;
  return false;
}

/** A subject that denies for every product it stands for: "none of these", "ninguno de", "keines der". */
export const NEGATIVE_SUBJECT =
  /^\s*(?:none of|neither|ninguno|ninguna|ningún|keine[rs]?|aucune?|nenhum|nenhuma|ни один|ни одна|ни одно)(?![\p{L}])/iu;

/**
 * A short label that opens a sentence before a colon ("À retenir :", "Note:", "Wichtig:"): what
 * follows it is the sentence's subject. Words only: "Kymriah (tisagenlecleucel): …" keeps its name.
 */
const LEAD_LABEL = /^\s*[\p{L}'’ -]{2,24}?\s?[:：]\s+/u;

/**
 * A clause of time or source that opens a sentence before a comma ("When we last checked, …",
 * "Según la agencia, …", "À ce jour, …", "Bis heute …,"): the subject follows it.
 */
const LEAD_ADJUNCT =
  /^\s*(?:when|as of|at the time of writing|according to|to (?:our|my) knowledge|so far|to date|cuando|según|hasta (?:hoy|ahora|la fecha)|a la fecha|lorsque|quand|selon|à ce jour|jusqu['’]ici|à ma connaissance|als|wenn|laut|bis heute|bisher|quando|segundo|até (?:hoje|agora|o momento)|когда|по данным|на момент)(?![\p{L}])[^,;.:]{0,60},\s+/iu;

/** The same in Japanese, Chinese and Korean: "演者によれば、", "据报道，", "발표에 따르면 ". */
const LEAD_ADJUNCT_CJK =
  /^[^、。,，]{0,30}?(?:によれば|によると|に よれば)[、,，]\s*|^据[^，,。]{0,20}[，,]\s*|^[^.,]{0,30}?에 따르면,?\s*/u;

/**
 * A place that opens the sentence before a quantified pronoun ("В России ни один из них …", "In Japan,
 * none of them …", "En México ninguno de ellos …"): the subject, the products named before, follows it.
 * Not a quantified class ("В России ни один анти-BCMA CAR-T …"), which names its own products.
 */
const LEAD_PLACE =
  /^\s*(?:[Вв]|[Вв]о|[Ii]n|[Ee]n|[Ee]m|[Nn][oa]|[Aa]ux?|[Ii]m|[Ii]n der)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*,?\s+(?=(?:none|neither|both|all|ninguno|ninguna|nenhum|nenhuma|aucune?|keine[rs]?|ни\s+один|ни\s+одна|ни\s+одно|оба|обе|все|ambos|ambas|todos|todas)\s+(?:of\s+them|de\s+ellos|de\s+ellas|deles|delas|d['’]entre\s+eux|davon|von\s+ihnen|из\s+них)(?![\p{L}]))/u;

/** The sentence from its subject on: without a leading label or a leading clause of time, source or place. */
export function fromSubject(text: string): string {
  const m = LEAD_LABEL.exec(text);
  const rest = m ? text.slice(m[0].length) : text;
  const adjunct = LEAD_ADJUNCT.exec(rest) ?? LEAD_ADJUNCT_CJK.exec(rest) ?? LEAD_PLACE.exec(rest);
  return adjunct ? rest.slice(adjunct[0].length) : rest;
}

/**
 * Where the clause holding `at` starts: after the last full stop, semicolon or colon before it (the
 * leftmost place no later one follows).
 */
const CLAUSE_STARTS = /(?:^|[.;:!?。；：]\s*)(?=[^.;:!?。；：]*$)/u;

/**
 * Whether the approval word at `at` is denied (not merely hedged): "not approved", "no tiene
 * autorización", "nicht zugelassen", "未获…批准", "承認されていない", "허가는 받지 않았다".
 */
export function isNegated(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at, at + 30);
  // "aucun des deux n'est autorisé …", "Ninguno de estos productos está aprobado …": the clause's
  // subject denies.
  const head = text.slice(Math.max(0, at - 120), at);
  const clause = CLAUSE_STARTS.exec(head);
  if (clause && NEGATIVE_SUBJECT.test(head.slice(clause.index + clause[0].length))) return true;
  // French denies with "ne" alone after such a subject or "ni … ni"; "n'est autorisé qu'après …"
  // restricts instead ("only after"), also with a place and a disease between ("n'est autorisé en
  // Europe dans la LAL-B qu'à partir de 26 ans").
  if (
    /(?:^|[^\p{L}])(?:n['’]\s*|ne\s+)(?:est|sont|a|ont|était|étaient|sera|seront|peut|peuvent)\s+(?:(?:encore|toujours|jamais|plus)\s+)?(?:été\s+)?$/iu.test(
      before,
    ) &&
    !/^\S+\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?qu(?:e\s|['’])/iu.test(text.slice(at, at + 80))
  )
    return true;
  if (
    /(?:^|[^\p{L}])(?:not|never|no|nor|without|isn't|aren't|wasn't|hasn't|haven't|nunca|sin|ni|nem|sem|sans|ohne|без|nicht|kein\p{L}*|não|nao|pas|jamais|не|нет|aucun|aucune|ningún|ninguna|nenhum|nenhuma|никак\p{L}+)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(
      before,
    )
  )
    return true;
  // "未获…批准", "尚未在美国获批上市" (the approval word itself may carry 获).
  if (
    /(?:未|尚未|没有|不)[^，。；,;]{0,20}$/u.test(before) &&
    (/[获獲]|得到|取得/u.test(before) || /^[获獲]/u.test(after))
  )
    return true;
  // "weder in der EU noch in den USA zugelassen", "n'est autorisé ni en Europe ni aux États-Unis".
  if (
    /(?:^|[^\p{L}])weder\s[^.;]{0,60}?(?:^|[^\p{L}])noch\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(
      text.slice(Math.max(0, at - 90), at),
    )
  )
    return true;
  if (/^\S+\s+ni\s/iu.test(after)) return true;
  // "Ni Tecartus ni Breyanzi están autorizados", "Nem Kymriah nem Yescarta estão aprovados", "Ni satri-cel
  // ni los otros dos productos citados tienen hoy autorización".
  if (
    /(?:^|[^\p{L}])(ni|nem)\s[^.;]{1,60}?(?:^|[^\p{L}])\1\s+(?:[\p{L}.'’-]+\s+){0,8}$/iu.test(
      text.slice(Math.max(0, at - 130), at),
    )
  )
    return true;
  // Russian denies with the verb after the word: "зарегистрированным лекарством Утжефра не являлась".
  // "сведений о регистрации мы не нашли": no record of it was found.
  if (
    /^\S+\s+(?:[\p{L}«»"„“-]+\s+){0,3}не\s+(?:являл|был|стал|получил|нашл|найд|обнаруж)\p{L}*/u.test(
      text.slice(at, at + 80),
    )
  )
    return true;
  // German puts "nicht" at the clause's end: "Eine Zulassung ist das nicht.", "zugelassen ist es noch nicht",
  // "Zugelassen ist BE-CAR7 nicht" (a product's code between),
  // "zugelassen ist es bislang nirgends".
  if (
    /^\S+\s+(?:[\p{L}\p{N}„“"-]+\s+){0,3}(?:noch\s+)?(?:nicht|nirgends|nirgendwo)\s*(?:[.;,!?]|$)/u.test(
      text.slice(at, at + 60),
    )
  )
    return true;
  // "nowhere approved", "nirgends zugelassen", "нигде не": a place-negator before the word.
  if (
    /(?:^|[^\p{L}])(?:nowhere|nirgends|nirgendwo|nulle part|нигде)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(before)
  )
    return true;
  // "Für Lete-cel steht eine Zulassung noch aus": the approval is still outstanding.
  if (
    /(?:^|[^\p{L}])steh(?:t|en)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(before) &&
    /^\S+\s+(?:[\p{L}-]+\s+){0,2}?aus(?![\p{L}])/u.test(text.slice(at, at + 50))
  )
    return true;
  // "未承認", "非承認", "미허가" (unapproved): a negating prefix on the word.
  if (/(?:未|非|미)$/u.test(before)) return true;
  // Japanese and Korean deny after the word, a particle and a space apart: "허가는 받지 않았다",
  // "承認もありません" (there is no approval either), "承認はまだです" (not yet), "허가는 없다", "승인된 바 없습니다"
  // and "허가를 받은 적이 없다" (it has never been approved), "承認されたことはない", "承認を受けたことはない".
  return /^\S{0,6}?\s?(?:されていない|されておらず|されていません|を受けていない|されず|되지\s?않|받지\s?(?:않|못)|(?<=承認)[はもが](?:ありません|ない|なく|まだ)|(?<=허가|승인)(?:는|은|도|이)?\s?없|(?<=허가|승인)(?:된|받은)\s?(?:바|적)(?:가|이|는|은|도)?\s?없|(?:을|를)?\s?받은\s?(?:바|적)(?:가|이|는|은|도)?\s?없|(?<=承認)された(?:こと|例)(?:は|が|も)?(?:ない|なく|ありません)|を受けた(?:こと|例)(?:は|が|も)?(?:ない|なく|ありません))/u.test(
    after,
  );
}

/** First hit of `kind` in another cell of the same table row. */
export function rowHit(s: SentenceContext, kind: EntityKind): Hit | undefined {
  for (const cell of s.rowCells ?? []) {
    const hit = cell.hits.find((h) => h.kind === kind);
    if (hit) return hit;
  }
  return undefined;
}

/** In a table row, the Indication cell's condition when it names exactly one. */
export function singleRowCondition(s: SentenceContext): Hit | undefined {
  let first: Hit | undefined;
  for (const cell of s.rowCells ?? []) {
    if (cell.role !== 'indication') continue;
    for (const h of cell.hits) {
      if (h.kind !== 'condition') continue;
      if (first === undefined) first = h;
      else if (h.id !== first.id) return undefined;
    }
  }
  return first;
}

/** The nearest heading's hit of `kind`, when that heading names exactly one ("ELIANA: … B-cell ALL"). */
export function headingHit(s: SentenceContext, kind: EntityKind): Hit | undefined {
  for (const hits of s.headingHits ?? []) {
    let first: Hit | undefined;
    for (const h of hits) {
      if (h.kind !== kind) continue;
      if (first === undefined) first = h;
      else if (h.id !== first.id) return undefined;
    }
    if (first) return first;
  }
  return undefined;
}

// "and"/"or" in each language: "Йескарта и Кимрая", "アベクマやカービクティ", "킴리아와 예스카타", "Kymriah und Yescarta";
// the middle dots Japanese and Korean lists use: "キムリア・イエスカルタ", "킴리아·예스카타".
// "both … and" written as a particle after each name: "アベクマもカービクティも", "킴리아도 예스카타도".
// A conjunction may bring its article: "o Tecartus e o Aucatzyl", "Kymriah and the Yescarta label".
const LIST_GAP =
  /^[\s,;&()（）®™*/]*(?:and|or|nor|y|e|o|ni|nem|as well as|plus|&|和|与|及|、|и|или|ни|а также|und|oder|noch|sowie|et|ou|ainsi que|así como|assim como|bem como|や|と|も|および|及び|並びに|및|와|과|도|또는|或|以及|・|·|ㆍ)?(?:\s+(?:the|el|la|los|las|o|a|os|as|le|les|der|die|das|den|dem)(?=\s)|\s+l['’])?[\s,;&()（）®™*/]*$/i;

/** The rest of an aside a name opened, and a whole aside: of words only, or with dates and figures too. */
const ASIDE_WORDS = [/^[^()（）\d]{0,60}[)）]/u, /[(（][^()（）\d]{0,60}[)）]/gu] as const;
const ASIDE_ANY = [/^[^()（）]{0,60}[)）]/u, /[(（][^()（）]{0,60}[)）]/gu] as const;

/**
 * Whether two product names are items of one list: only list words between them ("Kymriah, Yescarta
 * and Tecartus"), once the asides that describe a name are set apart ("Lifileucel (Amtagvi,
 * TIL-Präparat) und Afamitresgen-Autoleucel (Tecelra, TCR-Präparat)": the first name's aside closes
 * inside the gap; a whole aside may sit in it).
 */
export function listGap(text: string, from: number, to: number, acrossFacts = false): boolean {
  let gap = text.slice(from, to);
  const open = Math.max(text.lastIndexOf('(', from - 1), text.lastIndexOf('（', from - 1));
  const close = Math.max(text.lastIndexOf(')', from - 1), text.lastIndexOf('）', from - 1));
  // Unless the claim allows it, only an aside of names and words: one with a date or figure ("Tecartus
  // (…, in der EU seit September 2022 …) und Aucatzyl (…, seit 2025)") is each product's own statement.
  const [closing, whole] = acrossFacts ? ASIDE_ANY : ASIDE_WORDS;
  if (open > close && from - open <= 80) gap = gap.replace(closing, ')');
  return LIST_GAP.test(gap.replace(whole, ' '));
}

/**
 * The sentence cut at each new product (or list of products) it names: "The FDA approved Abecma
 * in 2019, and Tecartus is now approved for children" → two clauses, one per product. Text before
 * the first product belongs to the first clause.
 */
export function productClauses(s: SentenceContext): Array<{ start: number; end: number }> {
  const products = s.hits.filter((h) => h.kind === 'product').sort((a, b) => a.at - b.at);
  const starts: number[] = [];
  let prevEnd = -1;
  let prevId: string | null = null;
  for (const h of products) {
    // Another name of the same product ("satricabtagene autoleucel injection (satri-cel, CT041)")
    // continues its clause; only a different product starts a new one.
    const same = h.id === prevId && lastClauseBreak(s.text, prevEnd, h.at) === undefined;
    prevId = h.id;
    if (prevEnd >= 0 && (same || h.at < prevEnd || listGap(s.text, prevEnd, h.at))) {
      prevEnd = Math.max(prevEnd, h.to);
      continue;
    }
    starts.push(h.at);
    prevEnd = h.to;
  }
  if (starts.length <= 1) return [{ start: 0, end: s.text.length }];
  // A clause starts where its words start: ", and China's NMPA approved cilta-cel" belongs with
  // cilta-cel, so the regulator and date before the name are not the previous product's.
  const cut = starts.map((at, k) => (k === 0 ? 0 : clauseStart(s.text, k === 0 ? 0 : starts[k - 1]!, at)));
  return cut.map((start, k) => ({ start, end: cut[k + 1] ?? s.text.length }));
}

// Chinese and Japanese join clauses with a full-width comma or semicolon and no conjunction
// (normalized to "," and ";" with no space after, before the next Han or kana character, or after one
// before a Latin name or a digit: "…胶质瘤;2022年12月16日,FDA批准…"); Korean
// with a comma after a verb's ending ("허가했고, 12월 4일 FDA는 …"); Japanese with "、" after a verb's
// or the copula's ending ("…はイムリジックで、…はデリタクトである"), not after a particle ("2024年4月から、",
// "について、") or a noun.
// "… em fevereiro de 2021 e, desde março de 2024, …": a fronted phrase may follow the conjunction.
/** Japanese "、" after a verb's or the copula's ending ("…となり、", "…で、"), not after a particle or a noun. */
// "承認されたが、" ("approved, but"): が after a verb's ending is a conjunction, not the subject particle.
const JA_VERB_COMMA = String.raw`(?:(?<=[\u3040-\u309f])(?<![はもをにへとのが]|から|まで|より|では|でも|とは|として|ついて|おいて|よって|対して)|(?<=[たるいすだ]が))、`;
const CLAUSE_BREAK = new RegExp(
  String.raw`(?:[,;]\s*|\s+)(?:and|but|while|whereas|whilst|y|pero|e|mas|et|mais|und|aber|и|а|но)(?:\s+|,\s*)|;\s+|[，；]|[,;](?=[\u3040-\u30ff\u3400-\u9fff])|(?<=[\u3040-\u30ff\u3400-\u9fff])[,;](?=[\p{L}\p{N}])|(?<=[\uac00-\ud7af])[,;]\s*|${JA_VERB_COMMA}`,
  'giu',
);
const JA_VERB_COMMA_ALL = new RegExp(JA_VERB_COMMA, 'gu');

/** Where the Japanese clause holding `at` starts: after the last verb's comma before it (0 when none). */
export function japaneseClauseStart(text: string, at: number): number {
  return lastEndBefore(JA_VERB_COMMA_ALL, text, at);
}

/** The end of the last match of the global pattern `re` that starts before `at` (0 when none). */
function lastEndBefore(re: RegExp, text: string, at: number): number {
  let end = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) end = m.index + m[0].length;
  return end;
}

/**
 * The last coordinating break between the previous product and `at`, or `at` itself; a semicolon
 * first, where there is one: what follows it heads the next clause ("…胶质瘤;2022年12月16日,FDA批准…").
 */
function clauseStart(text: string, from: number, at: number): number {
  const semicolon = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf('；', at - 1));
  if (semicolon >= from) return semicolon + 1 + (/^\s*/u.exec(text.slice(semicolon + 1))?.[0].length ?? 0);
  return lastClauseBreak(text, from, at) ?? at;
}

/** Where the last clause after a coordinating break (", and", "; but") between `from` and `to` starts. */
export function lastClauseBreak(text: string, from: number, to: number): number | undefined {
  const between = text.slice(from, to);
  let last = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(between); m; m = CLAUSE_BREAK.exec(between)) last = m.index + m[0].length;
  return last > 0 ? from + last : undefined;
}

/**
 * A refusal: the regulator turned the application down ("refused approval", "lehnte die Zulassung
 * … ab", "verweigerte … die Zulassung", "rechazó la autorización", "отказал в регистрации",
 * "拒绝批准", a complete response letter). An approval word in the same clause names what was refused.
 * Not "denied" or "declined": insurers deny coverage of approved products far more often. An approval
 * withdrawn is a step of its own (lib/claims/decisions.ts WITHDRAWAL).
 */
export const REFUSAL =
  /(?<![\p{L}])(?:refus\p{L}*|reject\p{L}*|ablehn\p{L}*|abgelehnt|lehnte|verweiger\p{L}*|versagt\p{L}*|rechaz\p{L}*|deneg\p{L}*|recus\p{L}*|indeferi\p{L}*|отказ\p{L}*|отклон\p{L}*)(?![\p{L}])|complete response letter|拒绝|拒絕|驳回|駁回|不予批准|不承認|却下|거부|반려/iu;
export const CLAUSE_EDGE = /[,;:，。；：!?]/u;

/** The run of `text` around `at` between the nearest `edge` characters (one each) before and after it. */
export function spanAround(text: string, at: number, edge: RegExp): { from: number; to: number } {
  let from = at;
  while (from > 0 && !edge.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !edge.test(text[to]!)) to++;
  return { from, to };
}

/** Whether the approval word at `at` names what a regulator refused, in its own clause. */
export function isRefused(text: string, at: number): boolean {
  const { from, to } = spanAround(text, at, CLAUSE_EDGE);
  const clause = text.slice(from, to);
  const m = REFUSAL.exec(clause);
  if (!m) return false;
  // "rejected in 2020 but approved in 2021", "… and was approved in 2022": a contrast or a new verb
  // between them separates the two decisions.
  const a = Math.min(m.index, at - from);
  const b = Math.max(m.index, at - from);
  return !CONTRAST.test(clause.slice(a, b));
}
const CONTRAST =
  /(?<![\p{L}])(?:but|then|later|subsequently|aber|dann|später|pero|luego|después|mais|puis|ensuite|mas|depois|но|затем|позже|однако|(?:and|y|e|und|et|и)\s+(?:was|were|fue|foi|wurde|a été|был\p{L}*))(?![\p{L}])|但|然而|后来|後來|しかし|その後|하지만|그러나|이후/iu;

/**
 * A contrast that opens a new clause: "…쓰이지만", ", but", ", aber", "但", "…が、". French "mais",
 * not Portuguese "mais" (more): "três ou mais linhas", "mais de 60 anos". A comma before a closing place
 * and "not" is one too: "…, in der EU bislang nicht." (German puts no "but" first); so is a comma before a
 * denied use: "…bei der ALL zugelassen, nicht beim DLBCL", "autorisé dans le LCM, pas dans le DLBCL".
 */
const CLAUSE_CONTRAST =
  /,\s*(?=(?:in|im|en|na|no|au|aux|в|во)\s[^,.;]{1,30}?\s(?:(?:bislang|bisher|noch|aber|jedoch|todavía|aún|ainda|encore|пока|ещё|еще)\s+)?(?:nicht|no|não|pas|не)\s*[.;]?\s*$)|,\s*(?=(?:nicht|pas|no|não|не)\s+(?:beim|bei|für|im|in|pour|dans|chez|para|en|em|no|na|nos|nas|для|при|у)\s)|(?:지만|는데),?\s|(?<![\p{L}])(?:but|however|whereas|aber|jedoch|(?<!(?:ou|e|os|as|muito|vez|\d)\s)mais(?!\s+(?:de|do|da|dos|das|tarde|recente\p{L}*|linhas?|que)(?![\p{L}]))|pero|sin embargo|porém|но|однако)(?![\p{L}])|但是?|不过|が、|けど|(?<=て)(?:から|以来)、/giu;

/** Where the clause holding `at` starts after the last contrast before it (0 when none). */
export function contrastStart(text: string, at: number): number {
  return lastEndBefore(CLAUSE_CONTRAST, text, at);
}

/**
 * Where the clause holding `at` starts, a contrast or a semicolon before it ("…in der EU Tecartus und Aucatzyl;
 * in der Schweiz … keine Zulassung"): the start of a denial's own words.
 */
export function clauseStartBefore(text: string, at: number): number {
  const semicolon = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('；', at)) + 1;
  return Math.max(contrastStart(text, at), semicolon);
}

/** Where the first contrast after `from` starts (the text's length when none). */
export function contrastAfter(text: string, from: number): number {
  CLAUSE_CONTRAST.lastIndex = from;
  const m = CLAUSE_CONTRAST.exec(text);
  return m ? m.index : text.length;
}

/** A quotation: 「…」, 『…』, “…”, «…», „…“ or "…", up to 200 characters, not across another opening mark. */
const QUOTATION =
  /「[^「」]{1,200}」|『[^『』]{1,200}』|“[^“”]{1,200}”|«[^«»]{1,200}»|„[^„“]{1,200}“|"[^"]{1,200}"/gu;

/**
 * The quotation holding `at`, if any: words a sentence quotes ("「the first oncolytic virus approved by
 * the FDA」指的是…") are spoken about, and their regulator is not the sentence's.
 */
export function quotationAround(text: string, at: number): { start: number; end: number } | undefined {
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(text); m && m.index <= at; m = QUOTATION.exec(text))
    if (at < m.index + m[0].length) return { start: m.index, end: m.index + m[0].length };
  return undefined;
}

/** Whether the words at `word` sit inside a quotation that `from` is outside of. */
export function quotedApart(text: string, word: number, from: number): boolean {
  const q = quotationAround(text, word);
  return q !== undefined && (from < q.start || from >= q.end);
}

/**
 * Verbs of naming before a quotation: "call it", "называть", "llamar", "chamar", "appeler", "nennen", "称为";
 * and "as" right before it after a verb of judging ("The plan denied it as "investigational"": the plan's
 * word, quoted), not after an approval word ("approved … as "a treatment for adults …"": the label's).
 */
const NAMING_BEFORE =
  /(?<![\p{L}])(?:call(?:s|ed|ing)?|term(?:s|ed)?|label(?:s|l?ed)?|назыв\p{L}*|назва\p{L}*|llam\p{L}*|cham\p{L}*|appel\p{L}*|nenn\p{L}*|bezeichn\p{L}*)(?![\p{L}])[^.;:!?]{0,30}$|(?<![\p{L}])(?:denied|rejected|refused|declined|listed|described|classified|categori[sz]ed|labell?ed|considered|regarded|deemed|treated|dismissed|rechaz\p{L}*|deneg\p{L}*|clasific\p{L}*|calific\p{L}*|consider\p{L}*|recus\p{L}*|negad\p{L}*|classifi\p{L}*|refus\p{L}*|qualifi\p{L}*|abgelehnt|eingestuft|отклон\p{L}*|классифицир\p{L}*)(?![\p{L}])[^.;:!?"“”«»„]{0,40}?(?<![\p{L}])(?:as|als|comme|como|как)\s*$|(?:称为|称作|叫做|称其为|稱其為|称之为|稱之為|と呼|라고\s?부)[^。；]{0,6}$/iu;
/** The languages that name after the quotation: "“…신약”으로 소개된", "「…」と紹介された", "“…”라고 불리는". */
const NAMING_AFTER =
  /^\s*(?:(?:이?라고|으?로)\s?(?:소개|불리|불린|표현|보도|묘사|홍보|광고)|と(?:紹介|呼ば|報じ|表現|宣伝|称さ))/u;

/** Whether the words at `at` sit in a quotation the sentence names as another's words ("call it "approved""). */
export function namedInQuotes(text: string, at: number): boolean {
  const q = quotationAround(text, at);
  return (
    q !== undefined &&
    (NAMING_BEFORE.test(text.slice(Math.max(0, q.start - 50), q.start)) ||
      NAMING_AFTER.test(text.slice(q.end, q.end + 20)))
  );
}

/** A semicolon, Latin or full-width: what parts a sentence's clauses or a cell's items. */
export const SEMICOLONS = /[;；]/gu;

/** The pieces of `text` between the matches of the global pattern `separators`, each with its offsets. */
export function itemsBetween(
  text: string,
  separators: RegExp,
): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  separators.lastIndex = 0;
  for (let m = separators.exec(text); m; m = separators.exec(text)) {
    out.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/**
 * Between a modifier clause and the noun it describes: a class noun ("TCR-T 치료제", "CAR-T製品の"), no
 * clause break; a count and class noun may open a bracket of names ("BCMAを標的とする2製品（アベクマ、…）"),
 * and a class noun may take the name after a comma ("Claudin18.2を標的とする胃癌のCAR-T、satri-cel").
 */
const MODIFIER_GAP =
  /^[^、。，,;；:：()（）.]{0,16}(?:[(（]|(?:CAR-?T|製品|治療薬|療法|치료제|제품|产品|產品|疗法)\s*[、，,]\s*)?$/u;

/**
 * The product a modifier clause describes. Japanese, Korean and Chinese put the clause before its noun
 * ("BCMAを標的とするアベクマ", "メラノーマを対象とするTIL製品アムタグビ"): the clause (`modifier`, anchored at
 * its start) right after `end`, then the first of `candidates` after it, when that is a product with at
 * most a class noun between.
 */
export function modifiedProduct<
  H extends { readonly kind: string; readonly at: number; readonly to?: number },
>(text: string, end: number, modifier: RegExp, candidates: readonly H[]): H | undefined {
  const m = modifier.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  const from = end + m[0].length;
  const next = candidates.filter((h) => h.at >= from).sort((a, b) => a.at - b.at)[0];
  if (next?.kind !== 'product') return undefined;
  const gap = text.slice(from, next.at);
  if (!MODIFIER_GAP.test(gap)) return undefined;
  // After a class noun and a comma, the name is the class noun's only if it opens no clause of its own
  // ("キムリアは白血病を対象とするCAR-T、イエスカルタはリンパ腫", "…的CAR-T，Yescarta则用于…").
  if (/[、，,]\s*$/u.test(gap) && next.to !== undefined && NEW_SUBJECT.test(text.slice(next.to, next.to + 4)))
    return undefined;
  return next;
}

/** A topic or subject marker after a name: it opens a clause of its own. */
const NEW_SUBJECT = /^\s*(?:[)）]\s*)?(?:は|が|는|은|이(?![가-힣])|가(?![가-힣])|则|則)/u;

/**
 * Japanese, Korean and Chinese put a modifier clause before the noun it describes: "メラノーマを対象とするTIL製品
 * アムタグビ", "위암을 대상으로 하는 치료제 사트리셀", "骨髓瘤的Abecma", or a suffix of use on the disease itself
 * ("다발골수종용 아베크마", "多発性骨髄腫向けのアベクマ"). The disease then belongs to the product right after it (a
 * class noun may come between), not to one the sentence named before it.
 */
const USE_MODIFIER =
  /^\s*(?:[)）]\s*)?(?:を対象と(?:する|した|している)|(?:向け|用)の?(?=[\p{Script=Han}\p{Script=Katakana}\s])|(?:을|를)\s*대상으로\s*(?:하는|한)|용(?=\s)|的|の(?=(?:CAR-?T|TIL療法|治療薬|製品|療法)?\s*[\p{Script=Katakana}A-Za-z])|(?:까지|에|으로|로)\s*(?:(?:적응증|적응|사용|허가)\s*(?:을|를)\s*)?(?:넓힌|확대한|확장한|추가한|허가된|승인된|허가\s?받은|승인\s?받은|허가를 받은|승인을 받은|사용되는|쓰이는)(?=\s(?!\s*(?:뒤|후|이후|다음|지|바|데|때|적|경우|만큼)(?![가-힣])))|に(?:承認|認可)(?:された|済みの?)(?![後あのと際])(?=[\p{Script=Katakana}\p{Script=Han}A-Za-z]))/u;

/** What joins the diseases of one list: "여포림프종·외투세포림프종", "白血病、リンパ腫", "LBCL and FL". */
const CONDITION_JOINER = /^\s*(?:[·・、,，/]|및|와|과|and|et|y|e|und|и)\s*$/u;

/**
 * The product a disease names the use of as a modifier before it ("다발골수종용 아베크마", "…변연부림프종까지
 * 적응증을 넓힌 브레얀지"), if it does; a disease listed before others shares their modifier.
 */
export function modifiedByUse(s: SentenceContext, condition: { to: number }): LocatedHit | undefined {
  const conditions = hitsOf(s, 'condition')
    .filter((h) => h.at >= condition.to)
    .sort((a, b) => a.at - b.at);
  let end = condition.to;
  for (const h of conditions) {
    if (!CONDITION_JOINER.test(s.text.slice(end, h.at))) break;
    end = h.to;
  }
  return modifiedProduct(s.text, end, USE_MODIFIER, hitsOf(s, 'product'));
}

/**
 * A disease that modifies a product named after `at` ("킴리아를 허가한 뒤 다발골수종용 아베크마와 카빅티"): it is
 * that later product's use, not one of a claim whose words stand at `at` about another product named
 * before them. (With no other product before, the claim is about the modified one: "FDA批准了多发性骨髓瘤
 * 的Abecma", "美国首个多发性骨髓瘤的CAR-T疗法Abecma".)
 */
export function modifiesLaterProduct(s: SentenceContext, condition: { to: number }, at: number): boolean {
  const product = modifiedByUse(s, condition);
  return (
    product !== undefined &&
    product.at > at &&
    hitsOf(s, 'product').some((p) => p.to <= at && p.id !== product.id)
  );
}

/**
 * The product whose bracket holds `at` ("替沙仑赛（Kymriah，美国FDA于2017年8月30日批准）、lifileucel（…）",
 * "Kymriah (approved by the FDA in 2017) and Yescarta"): the bracket opens right after the product's
 * name and is still open at `at`, so what it says is that product's alone, not the list's.
 */
export function bracketOwner(s: SentenceContext, at: number): LocatedHit | undefined {
  const open = openBracketAt(s.text, at);
  if (open === undefined) return undefined;
  return hitsOf(s, 'product').find((h) => h.to <= open && /^\s*$/u.test(s.text.slice(h.to, open)));
}

/** Where the bracket still open at `at` opens (searching from `from`), if one is. */
export function openBracketAt(text: string, at: number, from = 0): number | undefined {
  const before = text.slice(from, at);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  return open < 0 || /[)）]/u.test(before.slice(open)) ? undefined : from + open;
}

/**
 * Whether a disease follows an unknown medicine's name (of `unknownProductsApart`) with no known product between them, a known
 * one named before that name ("테셀라가 활막육종에, 종양침윤림프구 치료제 암탁비가 흑색종에 허가되어": the
 * melanoma is the unknown medicine's use, not Tecelra's).
 */
export function afterUnknownProduct(
  s: SentenceContext,
  condition: { at: number },
  unknown: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  const products = hitsOf(s, 'product');
  if (products.length === 0) return false;
  return unknown.some(
    (u) =>
      u.end <= condition.at &&
      products.some((p) => p.to <= u.start) &&
      !products.some((p) => p.at >= u.end && p.to <= condition.at),
  );
}
