// Which product a claim is about, in order of evidence: named in the sentence (closest before the
// figure when several are), in the same table row (or the column header of a transposed table),
// in the preceding sentences of the section or a list's lead-in or the nearest heading
// (`section`), or the page's only/dominant product (`page`); else none.
import type { Attribution } from '../schema';
import type { Hit } from '../match/types';
import { lastClauseBreak, listGap } from './sentence-tools';

export interface Who {
  productId: string | null;
  attribution: Attribution;
}

export interface AttributionContext {
  /** Product hits in the sentence or cell, block offsets. */
  named: readonly Hit[];
  /** Product of the table row (other cells) or of the column (transposed tables). */
  rowProduct: string | null;
  /** Product carried from the section: previous sentences, list lead-in, heading. */
  sectionProduct: string | null;
  pageProduct: string | null;
  /** The block's normalized text (offsets of `named` and the anchor are into it). */
  text?: string;
  /** The product the claim itself points to (a trial only it ran): weaker than a name in the sentence or row, stronger than the section's. */
  owner?: string | null;
  /** Where the sentence names medicines the dataset does not hold (block offsets). */
  unknown?: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * "테셀라가 활막육종에, … 치료제 암탁비가 흑색종에 허가되어": a claim after an unknown medicine's name, with no
 * known product between them, is that medicine's, not the known one named before it.
 */
function unknownBetween(ctx: AttributionContext, from: number, anchor: number): boolean {
  return (ctx.unknown ?? []).some((u) => u.start >= from && u.end <= anchor);
}

/**
 * "98% in CARTITUDE-1 vs ~73% for abecma", "72 % à Yescarta": a figure followed by "for <product>" is
 * that product's.
 */
const FOR_PRODUCT =
  /^\S+\s+(?:[\p{L}\d/%-]+\s+){0,2}?(?:for|with|of|on|à|avec|chez|para|con|com|für|bei|mit|для|у|при)\s+$/iu;

/** A Japanese copula after a name: the name is the predicate of the clause before it. */
const COPULA_AFTER = /^\s*(?:である|です|だ|でした|であった|であり|で[、。,])/u;

/** Words that end on a Korean or Japanese adnominal copula before a name, with no clause break. */
const ADNOMINAL_COPULA = /^[^,，、;；。.]*?(?:[\p{L}\d)）-]인|である|であった|となった)\s*$/u;

/** A class of products as a clause's subject: "CAR-T", "препарат", "products", "产品", "製品", "제품". */
const CLASS_SUBJECT =
  /CAR[- ]?T|TCR[- ]?T|(?<![\p{L}])(?:products?|therap(?:y|ies)|produits?|productos?|produtos?|Präparat\p{L}*|Produkt\p{L}*|препарат\p{L}*|продукт\p{L}*)(?![\p{L}])|产品|產品|製品|제품|치료제/iu;

/** A contrast of two subjects: "whereas", "enquanto", "mientras que", "alors que", "während", "тогда как", "而". */
const WHEREAS =
  /(?<![\p{L}])(?:whereas|enquanto|mientras(?:\s+que)?|alors que|tandis que|während|тогда как|в то время как)(?![\p{L}])|[，,]\s*而/iu;

/** Share of all product mentions above which one product is "the page's" product. */
const DOMINANT_SHARE = 0.75;

export function attribute(ctx: AttributionContext, anchor: number, scope: 'row' | 'section' | 'page'): Who {
  const ids = distinct(ctx.named.map((h) => h.id));
  if (ids.length === 1) {
    // "três deles reconhecem o CD19 …, enquanto o Carvykti se liga ao BCMA": a claim before "whereas"
    // is the other clause's subject's, not the product named only after it.
    const text = ctx.text;
    const first = Math.min(...ctx.named.map((h) => h.nStart));
    if (text !== undefined && first > anchor && WHEREAS.test(text.slice(anchor, first)))
      return { productId: null, attribution: 'none' };
    // "ни один анти-BCMA CAR-T не зарегистрирован; единственным … остаётся Кимрая": a name only after a
    // semicolon is the next clause's subject, not that of a clause whose subject is a class of its own.
    if (text !== undefined && first > anchor) {
      const semi = text.slice(anchor, first).search(/[;；]/u);
      const clauseStart = Math.max(0, text.slice(0, anchor).search(/[^.;；。!?]*$/u));
      if (semi >= 0 && CLASS_SUBJECT.test(text.slice(clauseStart, anchor + semi)))
        return { productId: null, attribution: 'none' };
    }
    const last = Math.max(...ctx.named.filter((h) => h.nEnd <= anchor).map((h) => h.nEnd));
    if (Number.isFinite(last) && unknownBetween(ctx, last, anchor))
      return { productId: null, attribution: 'none' };
    return { productId: ids[0]!, attribution: 'sentence' };
  }
  if (ids.length > 1) {
    const text = ctx.text;
    const followed =
      text === undefined
        ? undefined
        : ctx.named.find(
            (h) =>
              h.nStart > anchor && h.nStart - anchor <= 40 && FOR_PRODUCT.test(text.slice(anchor, h.nStart)),
          );
    if (followed) return { productId: followed.id, attribution: 'sentence' };
    // "ELIANA: 81 % con Kymriah; en ZUMA-1, el 72 % de los adultos que recibieron Yescarta": the product
    // whose own trial the claim cites, named in the claim's clause, is the claim's.
    const owned =
      ctx.owner && text !== undefined
        ? ctx.named.find(
            (h) =>
              h.id === ctx.owner &&
              !/[;；.。]/u.test(text.slice(Math.min(h.nEnd, anchor), Math.max(h.nStart, anchor))),
          )
        : undefined;
    if (owned) return { productId: owned.id, attribution: 'sentence' };
    // Two products in one sentence: the figure belongs to the one named closest before it, unless a
    // clause break parts them and the one after closes the claim's own clause as its predicate
    // ("…はイムリジックで、悪性神経膠腫を対象に承認された…はデリタクトである": the glioma is Delytact's).
    const before = ctx.named.filter((h) => h.nStart <= anchor).sort((a, b) => b.nStart - a.nStart)[0];
    const after = ctx.named.filter((h) => h.nStart > anchor).sort((a, b) => a.nStart - b.nStart)[0];
    const ownClauseAfter =
      before !== undefined &&
      after !== undefined &&
      text !== undefined &&
      lastClauseBreak(text, before.nEnd, anchor) !== undefined &&
      lastClauseBreak(text, anchor, after.nStart) === undefined &&
      COPULA_AFTER.test(text.slice(after.nEnd, after.nEnd + 6));
    // "…, 국내 기업이 개발한 첫 CAR-T인 림카토주가", "国内初のCAR-TであるX": the claim's words end on an
    // adnominal copula that makes them a description of the name right after them.
    const describesAfter =
      after !== undefined &&
      text !== undefined &&
      after.nStart - anchor <= 40 &&
      ADNOMINAL_COPULA.test(text.slice(anchor, after.nStart));
    const pick = ownClauseAfter || describesAfter ? after : (before ?? after);
    if (pick === before && before !== undefined && unknownBetween(ctx, before.nEnd, anchor))
      return { productId: null, attribution: 'none' };
    if (pick) return { productId: pick.id, attribution: 'sentence' };
  }
  if (ctx.rowProduct) return { productId: ctx.rowProduct, attribution: 'table-row' };
  // The trial the sentence cites is its own evidence; it agrees with the section or overrides it.
  if (ctx.owner && ctx.owner !== ctx.sectionProduct) return { productId: ctx.owner, attribution: 'sentence' };
  if (scope === 'row') return { productId: null, attribution: 'none' };
  if (ctx.sectionProduct) return { productId: ctx.sectionProduct, attribution: 'section' };
  if (scope === 'page' && ctx.pageProduct) return { productId: ctx.pageProduct, attribution: 'page' };
  return { productId: null, attribution: 'none' };
}

/**
 * Products listed together just before `anchor` ("Tecartus (brexucabtagene autoleucel) and
 * Aucatzyl"): the claim that follows applies to each of them.
 */
/** A sentence opening with a preposition whose object is the product: "After X, …", "Unlike X, …". */
export const FRONTED =
  /(?:^|[.;:]\s+)(?:after|following|like|unlike|besides|beyond|apart from|as with|similar to|compared (?:with|to)|in addition to)\s+(?:the\s+)?$/i;

export function listedBefore(
  named: readonly Hit[],
  anchor: number,
  text: string,
  acrossFacts = false,
): string[] {
  const before = named.filter((h) => h.nEnd <= anchor).sort((a, b) => a.nStart - b.nStart);
  const last = before[before.length - 1];
  if (!last) return listedAfter(named, anchor, text, acrossFacts);
  const group = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const h = before[k]!;
    const next = group[0]!;
    if (h.nEnd > next.nStart || !listGap(text, h.nEnd, next.nStart, acrossFacts)) break;
    // "After NexCAR19, Var-cel was approved": a fronted phrase, not the first item of a list.
    if (FRONTED.test(text.slice(0, h.nStart))) break;
    group.unshift(h);
  }
  return distinct(group.map((h) => h.id));
}

/** "… with ALL the options are tecartus or aucatzyl": the list that follows when none precedes. */
export function listedAfter(
  named: readonly Hit[],
  anchor: number,
  text: string,
  acrossFacts: boolean,
): string[] {
  const after = named.filter((h) => h.nStart >= anchor).sort((a, b) => a.nStart - b.nStart);
  const first = after[0];
  if (!first) return [];
  const group = [first];
  for (let k = 1; k < after.length; k++) {
    const prev = group[group.length - 1]!;
    const h = after[k]!;
    if (h.nStart < prev.nEnd || !listGap(text, prev.nEnd, h.nStart, acrossFacts)) break;
    group.push(h);
  }
  return distinct(group.map((h) => h.id));
}

/** The page's product: the only one named, or one with most of the mentions. */
export function dominantProduct(hits: readonly Hit[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const h of hits) {
    if (h.kind !== 'product') continue;
    counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
    total++;
  }
  if (counts.size === 0) return null;
  const [top, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return counts.size === 1 || n / total >= DOMINANT_SHARE ? top : null;
}

/** In first-seen order. A scan, not a Set: the lists are a handful of ids. */
export function distinct<T extends string>(ids: readonly T[]): T[] {
  const out: T[] = [];
  for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}
