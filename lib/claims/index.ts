// claims: run every rule over every sentence (or table cell) worth reading, then tie each claim
// to a product (lib/claims/attribution.ts). Shared code knows nothing about individual rules.
import type { DatasetIndex } from '../match/dataset-index';
import type { PreparedBlock } from '../normalize/prepare';
import type { Hit, MatchResult } from '../match/types';
import { RULES } from './rules';
import { therapyContext } from './context';
import { unknownProductSpans, unknownProductsApart } from './unknown-products';
import { introducesAnotherProduct } from './indefinite-subject';
import { isGeneralStatement } from './sentence-tools';
import { judgeUseOnce, statedUses } from './one-use-check';
import { datedRegulator } from './dated-regulator';
import { excepted, exceptionsIn } from './excepted';
import { looksKeyValue, roleOf, segmentBlock, type HeaderRoles, type Segment } from './segments';
import { attribute, distinct, dominantProduct, listedAfter, listedBefore, type Who } from './attribution';
import { clausePlural, formerOrLatter, pluralSubject, titlesProducts } from './plural-subject';
import { respectivePairs } from './respectively';
import type { AnyClaimRule, DetectedClaim, Frame, RawClaim, RawFrame, SentenceContext } from './types';

export type { DetectedClaim, ClaimRule, AnyClaimRule, SentenceContext, RawClaim } from './types';
export { dominantProduct } from './attribution';

/** A sentence that ends in a question mark, of any script. */
// Or a request for an answer: "…について教えてください。", "…에 대해 알려주세요".
const QUESTION_END =
  /(?:[?？]|(?:教えて|おしえて)(?:ください|下さい|いただけますか|ほしい)[。.]?|(?:알려|설명해)\s?(?:주세요|주십시오|줘)[.。]?)\s*[»”"']?\s*$/u;

/** A block this short naming one product introduces the list items after it ("Kymriah:" then bullets). */
const LEAD_IN_MAX_CHARS = 90;

/** Words that point to what comes below ("below", "아래"), not "following", which is also "the following year". */
const BELOW_WORDS = String.raw`(?<![\p{L}])(?:below|abajo|ci-dessous|unten|abaixo|ниже)(?![\p{L}])|下列|下表|下記|아래`;
const BELOW = new RegExp(BELOW_WORDS, 'iu');
/** Words that point ahead, those and "following"; not "以下" or "次の" inside a sentence: "25歳以下の患者"
 * is patients 25 or younger, "次の治療" the next treatment (a sentence that opens with them is FORWARD_SUBJECT's). */
const AHEAD = new RegExp(
  String.raw`${BELOW_WORDS}|(?<![\p{L}])(?:following|listed here|described here|siguientes|suivants?|folgende[n]?|seguintes|следующи\p{L}*)(?![\p{L}])`,
  'iu',
);

function productsAfter(hits: readonly Hit[], blockIndex: number, count: number): string[] {
  const out: string[] = [];
  for (const h of hits) {
    if (h.kind !== 'product' || h.block <= blockIndex || out.includes(h.id)) continue;
    out.push(h.id);
    if (out.length >= count) break;
  }
  return out.length > 1 ? out : [];
}

/**
 * "The following therapies are not approved in Japan:", "次の治療は、…承認されていません", "Estas son
 * las que aprobó la FDA": the sentence is about the entries of the list right after it.
 */
const FORWARD_SUBJECT =
  /^\s*(?:the following\b|(?:these|here) are\b|(?:estas|estos|éstas|éstos) son\b|(?:estes|estas) são\b|voici\b|(?:das|dies) sind\b|вот\s|(?:los|las|os|as) (?:siguientes|seguintes)\b|(?:die )?folgenden?\b|(?:les|la|le) (?:\p{L}+ ){1,2}suivante?s?(?![\p{L}])|次の|以下の|下列|다음)/iu;

/** A sentence that ends by opening the list after it: a colon, or "as follows" ("次のとおりです", "如下"). */
const LIST_OPENS =
  /(?:[:：]|(?<![\p{L}])(?:as follows|como sigue|a continuación|comme suit|wie folgt|a seguir|следующие)[.:]?|次のとおり(?:です)?[。.]?|以下のとおり(?:です)?[。.]?|如下(?:所示)?[。：:]?|다음과 같습니다[.]?)\s*$/iu;

/** A list item this short that names several products lists them ("CD19を標的とするCAR-T：キムリア、イエスカルタ"). */
const LISTING_ITEM_MAX_CHARS = 120;

/**
 * The product each entry of the list (or table) right after block `b` leads with; with `every`, all
 * the products a short list item or a table's header row lists (a table with a column per product).
 */
function entriesAfter(
  blocks: readonly PreparedBlock[],
  matches: MatchResult,
  b: number,
  every = false,
): string[] {
  const out: string[] = [];
  for (let k = b + 1; k < blocks.length; k++) {
    const { kind, isHeader } = blocks[k]!.block;
    if (kind !== 'list-item' && kind !== 'table-row') break;
    const named = (matches.byBlock.get(blocks[k]!.index) ?? []).filter((h) => h.kind === 'product');
    const all =
      every &&
      ((kind === 'list-item' && blocks[k]!.text.length <= LISTING_ITEM_MAX_CHARS) || isHeader === true);
    for (const h of all ? named : named.slice(0, 1)) if (!out.includes(h.id)) out.push(h.id);
  }
  return out;
}

/** A claim before numbering: `Omit` distributed over the rules, so each keeps its own frame. */
type Found = (DetectedClaim extends infer C ? (C extends DetectedClaim ? Omit<C, 'id'> : never) : never) & {
  order: number;
};

export function detectClaims(
  blocks: readonly PreparedBlock[],
  matches: MatchResult,
  dataset: DatasetIndex,
  rules: readonly AnyClaimRule[] = RULES,
): DetectedClaim[] {
  const pageProduct = dominantProduct(matches.hits);
  const headings = headingIndex(matches);
  const headerRoles: HeaderRoles = new Map();
  const found: Found[] = [];
  let leadIn: string | null = null;
  let listIntro: string | null = null;
  // The short paragraph a list follows ("米国ではその後、次の適応が追加されました。"): it speaks for the items.
  let listLeadIn: { text: string; hits: readonly Hit[] } | null = null;
  // The product of the short line a run of "Key: value" lines follows ("KYMRIAH", then
  // "Date registered: 19 Dec 2018"); a short line naming no known product ends it.
  let entryOf: string | null = null;
  // The product named by the last sentence that named exactly one, within the current section;
  // `product: null` after a sentence about a product the page does not name ("Another CAR-T …"),
  // so the sentences after it are not given the heading's or the page's product either.
  // `recent`: products named in the current section, most recent last (for "Both …", "All three …").
  // `pageRecent`: the same over the whole page, for a count the section cannot fill ("All four medicines"
  // after four products each under its own heading).
  const state: {
    carry: { section: string; product: string | null } | null;
    recent: string[];
    pageRecent: string[];
  } = { carry: null, recent: [], pageRecent: [] };

  // The product a heading refers back to ("Где одобрен препарат", lib/claims/this-product.ts): the
  // section under it goes on with the product carried before it.
  let headingCarry: string | null = null;
  // The product the section before the last heading was about: a section that opens by referring
  // back to it ("Fundamentos do voto" / "O produto tem registro na Anvisa …") goes on with it.
  let beforeHeading: string | null = null;
  const context = therapyContext(blocks, matches, (text) => headings.productsIn(text).length > 0);
  for (let b = 0; b < blocks.length; b++) {
    let block = blocks[b]!;
    let hits: readonly Hit[] = matches.byBlock.get(block.index) ?? [];
    // A stat card, read on into the next block: the match stage joined and matched the two.
    const joined = matches.readOn.get(block.index);
    if (joined) {
      block = joined.block;
      hits = joined.hits;
    }
    const limit = blocks[b]!.original.length;
    const kind = block.block.kind;
    const sectionKey = block.block.headings.join('\u0000');
    if (kind === 'heading') {
      beforeHeading = state.carry?.product ?? beforeHeading;
      headingCarry =
        dataset.thisProduct.test(block.text) && state.carry?.product ? state.carry.product : null;
    }
    if (kind === 'heading' || (state.carry && state.carry.section !== sectionKey)) state.carry = null;
    if (kind !== 'heading' && headingCarry !== null) {
      state.carry ??= { section: sectionKey, product: headingCarry };
      headingCarry = null;
    }
    if (
      kind !== 'heading' &&
      state.carry === null &&
      beforeHeading !== null &&
      opensWithThisProduct(block.text, dataset.thisProduct)
    )
      state.carry = { section: sectionKey, product: beforeHeading };
    if (kind === 'heading') state.recent = [];
    const blockProducts = distinct(hits.filter((h) => h.kind === 'product').map((h) => h.id));
    const entry = entryOf;
    if (!looksKeyValue(block))
      entryOf =
        kind !== 'heading' && block.text.length <= LEAD_IN_MAX_CHARS && blockProducts.length === 1
          ? blockProducts[0]!
          : null;
    if (kind !== 'list-item') {
      listLeadIn =
        kind !== 'heading' && block.text.length <= LEAD_IN_MAX_CHARS ? { text: block.text, hits } : null;
      // Only a lead-in that opens the list ("… the following types of blood cancer:") speaks for its items.
      listIntro =
        kind !== 'heading' &&
        block.text.length <= LEAD_IN_MAX_CHARS &&
        blockProducts.length === 1 &&
        /[:：]\s*$/.test(block.text)
          ? blockProducts[0]!
          : null;
      leadIn =
        kind !== 'heading' && block.text.length <= LEAD_IN_MAX_CHARS && blockProducts.length === 1
          ? blockProducts[0]!
          : null;
    }
    if (!context.allows(block.index)) continue;
    // A table's header row names its columns ("식약처 허가 | 주요 대상"); it states something only
    // when it names a product (a comparison table's header).
    if (block.block.isHeader && blockProducts.length === 0) continue;
    if (
      hits.length === 0 &&
      kind !== 'table-row' &&
      !/\d/.test(block.text) &&
      !rules.some((r) => r.gate.test(block.text))
    )
      continue;
    const segmented = segmentBlock(block, headerRoles);
    if (!segmented) continue;
    const headingProduct = headings.productOf(block.block.headings);
    const headingHits = headings.hitsOf(block.block.headings);
    const columns = segmented.isRow
      ? 1 + Math.max(0, ...segmented.segments.map((seg) => seg.column ?? 0))
      : 0;
    const table = segmented.isRow ? tableLayout(block, columns, headings) : undefined;
    const rowCells = segmented.isRow
      ? segmented.segments.map((seg) => ({
          role: table?.roles[seg.column ?? 0] ?? seg.role ?? 'other',
          text: block.text.slice(seg.start, seg.end),
          hits: hitsIn(hits, seg),
          header: (table?.headers[seg.column ?? 0] ?? seg.header) || undefined,
        }))
      : undefined;

    // The products a (not transposed) row names, when they are several: what a distributive cell is about.
    const rowProducts =
      table && !table.transposed && !table.columnProducts.some((p) => p !== null)
        ? distinct(hits.filter((h) => h.kind === 'product').map((h) => h.id))
        : [];
    for (const seg of segmented.segments) {
      const k = seg.column ?? 0;
      if (seg.end <= seg.start || table?.skip[k]) continue;
      const segHits = hitsIn(hits, seg);
      const named = segHits.filter((h) => h.kind === 'product');
      // Every key present, absent ones undefined: one object shape for every sentence.
      const ctx: SentenceContext = {
        text: block.text.slice(seg.start, seg.end),
        hits: segHits.map((h) => ({ ...h, at: h.nStart - seg.start, to: h.nEnd - seg.start })),
        role: (table?.roles[k] ?? seg.role) || undefined,
        header: (table?.headers[k] ?? seg.header) || undefined,
        rowCells,
        headings: block.block.headings,
        blockKind: kind,
        headingHits,
        leadIn: kind === 'list-item' ? (listLeadIn ?? undefined) : undefined,
        // A list item that names no product belongs to the lead-in before the list ("Kymriah is a
        // medicine for treating the following types of blood cancer:").
        blockProducts:
          kind === 'list-item' && blockProducts.length === 0 && listIntro ? [listIntro] : blockProducts,
        dataset,
      };
      const rowProduct = table
        ? (table.columnProducts[k] ?? (table.transposed ? null : rowProductOf(hits, seg)))
        : null;
      // A sentence about therapy in general, or about a medicine the dataset does not hold, is not
      // about the section's or the page's product: only what it names itself may be attributed.
      // A row whose product column names something the dataset does not hold ("イムリジック" before
      // its name is known) is about that product, not the section's.
      const unknownRow =
        table !== undefined &&
        !table.transposed &&
        rowProduct === null &&
        (rowCells ?? []).some(
          (c) => c.role === 'product' && c.text.trim() !== '' && !c.hits.some((h) => h.kind === 'product'),
        );
      // "Another CAR-T product …", "一款…制品成为…": a product the page does not name, from here on.
      const another = !segmented.isRow && introducesAnotherProduct(ctx);
      // A question that names no product ("¿Y para los adultos con leucemia?") asserts nothing of the section's.
      const question = QUESTION_END.test(ctx.text) && !ctx.hits.some((h) => h.kind === 'product');
      // Read once: every unknown name keeps the section's product off the sentence; the ones apart from
      // known products also take claims from them (attribution).
      const unknownNames = unknownProductSpans(ctx);
      const unknownSpans = unknownProductsApart(ctx, unknownNames).map((u) => ({
        start: seg.start + u.start,
        end: seg.start + u.end,
      }));
      const ownSubject =
        isGeneralStatement(ctx) || unknownNames.length > 0 || unknownRow || another || question;
      const sectionProduct = ownSubject
        ? null
        : seg.keyed
          ? (entry ?? headingProduct)
          : state.carry
            ? state.carry.product
            : ((kind === 'list-item' ? leadIn : null) ?? headingProduct);
      const unnamed = state.carry?.product === null;
      const sentencePageProduct = ownSubject || seg.keyed || unnamed ? null : pageProduct;
      const quote = segmented.isRow ? { start: 0, end: block.text.length } : seg;
      const taken: Array<{ kind: string; start: number; end: number }> = [];
      // The names the sentence sets apart ("except X", "除X外"), read once for all its rules' claims.
      const exceptions = exceptionsIn(block.text, named, seg.start);

      for (const rule of rules) {
        let raws: RawClaim[];
        try {
          raws = rule.detect(ctx);
        } catch {
          raws = []; // One rule tripping on odd text must not cost the page its other claims.
        }
        for (const raw of raws) {
          const start = seg.start + raw.start;
          const end = seg.start + raw.end;
          if (taken.some((t) => t.kind === rule.kind && t.start === start && t.end === end)) continue;
          taken.push({ kind: rule.kind, start, end });
          const anchor = seg.start + anchorOf(raw);
          // "… authorised by the European Commission except X": X is set apart from the claim.
          const own = named.filter((h) => !excepted(exceptions, h, start));
          if (own.length === 0 && named.length > 0) continue;
          let listed = !raw.distributive
            ? []
            : raw.listsFrom
              ? listedAfter(own, anchor, block.text, raw.listsAcrossFacts ?? false)
              : listedBefore(own, anchor, block.text, raw.listsAcrossFacts);
          // "CD19 | Kymriah, Breyanzi | zugelassen": a cell that names no product says what it says of
          // every product its row lists, when the rule lets it be shared (an undated status, a target).
          if (raw.distributive && rowProducts.length > 1 && own.length === 0) listed = rowProducts;
          // "Both target CD19", "Ambos se dirigen contra CD19": the products of the sentence before.
          // Products the sentence names only after the claim ("两款都是CD19 CAR-T，奕凯达…",
          // "Alle drei … gegen CD19, Carvykti gegen BCMA") are not its subject.
          // "前者3製品は…、後者2製品は…": each side's products, in the order they were named.
          let sides: string[] | undefined;
          // "アベクマが2022年1月、カービクティが2022年9月に承認されており、どちらもBCMAを標的とします": a clause
          // counting the products the sentence named before it, not a list of them.
          const countedBefore =
            raw.distributive && !raw.listsFrom ? clausePlural(ctx.text, raw.start) : undefined;
          const namedBefore = distinct(own.filter((h) => h.nEnd <= start).map((h) => h.id));
          if (countedBefore !== undefined && namedBefore.length >= countedBefore)
            listed = namedBefore.slice(-countedBefore);
          else if (raw.distributive && !raw.listsFrom && !own.some((h) => h.nStart < start)) {
            const plural = pluralSubject(ctx.text) ?? countedBefore;
            sides = formerOrLatter(ctx.text, raw.start, state.recent);
            // "Les deux CAR-T anti-BCMA, Carvykti et Abecma, …": the count's products in apposition.
            const namedAfter = distinct(own.filter((h) => h.nStart >= start).map((h) => h.id));
            // "The following therapies …", or a plural subject that opens a list ("Alle bei uns
            // eingesetzten Präparate sind in der EU zugelassen:"): the entries right after it.
            // "Все перечисленные ниже препараты …", "本病房目前使用的CAR-T产品均已获批" before a table:
            // the entries of the list or table that follows the sentence's block.
            const forward = FORWARD_SUBJECT.test(ctx.text);
            const opens = LIST_OPENS.test(ctx.text);
            // "식약처 허가 CAR-T는 아래 네 가지예요", "使用している製品は以下の3つで": a sentence that names
            // no product and points to the list or table after it.
            const pointsAhead = kind === 'paragraph' && own.length === 0 && BELOW.test(ctx.text);
            const entries =
              forward || opens || pointsAhead || plural !== undefined ? entriesAfter(blocks, matches, b) : [];
            // A heading or caption that names no product but a class of them ("CAR-T products on the
            // Australian Register", "国内で承認された主な製品と標的") titles the list or table under it.
            const titled =
              raw.titles &&
              (kind === 'heading' || kind === 'caption') &&
              own.length === 0 &&
              titlesProducts(ctx.text)
                ? entriesAfter(blocks, matches, b, true)
                : [];
            if (sides !== undefined) {
              listed = sides;
            } else if (titled.length > 1) {
              listed = titled;
            } else if (
              forward ||
              (opens && entries.length > 0) ||
              (pointsAhead && entries.length > 1) ||
              // Only where the paragraph points ahead ("below", "请对照下表"): "They are approved …"
              // before an unrelated table speaks of the products already named.
              (plural === Infinity && entries.length > 0 && AHEAD.test(block.text))
            ) {
              listed = entries;
            } else if (plural !== undefined && Number.isFinite(plural) && namedAfter.length >= plural) {
              listed = namedAfter.slice(0, plural);
            } else if (
              plural !== undefined &&
              (AHEAD.test(ctx.text) ||
                (Number.isFinite(plural) && state.pageRecent.length === 0 && kind !== 'heading'))
            ) {
              // "All three CAR-T products described below …", or a count the page has not yet
              // named that many products for ("Alle drei … Präparate" before their list): the next
              // products the page names.
              listed = productsAfter(matches.hits, block.index, plural);
            } else if (
              plural !== undefined &&
              Number.isFinite(plural) &&
              state.recent.length < plural &&
              state.pageRecent.length >= plural
            ) {
              listed = state.pageRecent.slice(-plural);
            } else if (plural !== undefined && state.recent.length > 1) {
              listed = state.recent.slice(-Math.max(2, Math.min(plural, state.recent.length)));
            }
            // "Все препараты против BCMA…", "all CD19 CAR-Ts": a subject limited to a target stands
            // only for the products aimed at it, and for no other product the section named.
            const aimedAt = ctx.hits.filter((h) => h.kind === 'target' && h.to <= raw.start).map((h) => h.id);
            if (sides === undefined && plural !== undefined && aimedAt.length > 0) {
              listed = listed.filter((id) =>
                dataset.products.find((p) => p.id === id)?.targets.some((t) => aimedAt.includes(t)),
              );
              if (listed.length === 0) continue;
              if (listed.length === 1) {
                const only = listed[0]!;
                found.push(
                  makeClaim(
                    block,
                    rule,
                    raw,
                    { productId: only, attribution: 'section' },
                    quote,
                    start,
                    end,
                    limit,
                  ),
                );
                continue;
              }
            }
          }
          // "… for melanoma and synovial sarcoma, respectively": each listed product with its own disease
          // or date.
          const paired = respectivePairs(ctx, raw, listed);
          if (paired) {
            for (const p of paired)
              found.push(
                makeClaim(
                  block,
                  rule,
                  { ...raw, details: p.details },
                  { productId: p.productId, attribution: 'sentence' },
                  quote,
                  start,
                  end,
                  limit,
                ),
              );
            continue;
          }
          const who: Who[] =
            listed.length > 1 || sides !== undefined
              ? listed.map((id) => ({ productId: id, attribution: 'sentence' as const }))
              : [
                  attribute(
                    {
                      named: raw.ignoreNamed ? [] : own,
                      rowProduct,
                      sectionProduct,
                      pageProduct: sentencePageProduct,
                      text: block.text,
                      owner: raw.owner ?? null,
                      unknown: unknownSpans,
                    },
                    anchor,
                    raw.scope ?? 'page',
                  ),
                ];
          for (const w of who) {
            if (w.productId === null && raw.requiresProduct) continue;
            found.push(makeClaim(block, rule, raw, w, quote, start, end, limit));
          }
        }
      }
      if (!segmented.isRow) {
        const ids = distinct(named.map((h) => h.id));
        for (const id of ids) {
          state.recent = [...state.recent.filter((x) => x !== id), id];
          state.pageRecent = [...state.pageRecent.filter((x) => x !== id), id];
        }
        if (ids.length === 1) state.carry = { section: sectionKey, product: ids[0]! };
        else if (another) state.carry = { section: sectionKey, product: null };
        else if (ids.length > 1) state.carry = null;
      } else if (seg === segmented.segments[0]) {
        // A table row's product counts among the ones "いずれも" / "all of them" after the table
        // means, but is no sentence's subject to carry on.
        const lead = hits.find((h) => h.kind === 'product')?.id;
        if (lead) {
          state.recent = [...state.recent.filter((x) => x !== lead), lead];
          state.pageRecent = [...state.pageRecent.filter((x) => x !== lead), lead];
        }
      }
    }
  }
  found.sort((a, b) => a.position.block - b.position.block || a.order - b.order);
  return judgeUseOnce(datedRegulator(statedUses(onePerAssertion(found)), dataset)).map(
    ({ order: _order, ...claim }, k) => ({
      id: `c${k + 1}`,
      ...claim,
    }),
  );
}

/**
 * One verdict per assertion: a sentence that states the same thing twice (a stat card's ">80% Response
 * Rate" and its sentence "response rates exceeding 80%") gives one claim, the first.
 */
function onePerAssertion(found: readonly Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((c) => {
    const details: Readonly<Record<string, unknown>> = c.details;
    const facts = Object.keys(details)
      .sort()
      .map((k) => `${k}=${String(details[k])}`)
      .join('&');
    const key = `${c.position.block}\u0000${c.text}\u0000${c.kind}\u0000${c.productId ?? ''}\u0000${facts}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function makeClaim(
  block: PreparedBlock,
  rule: AnyClaimRule,
  raw: RawClaim,
  who: Who,
  quote: { start: number; end: number },
  start: number,
  end: number,
  limit: number,
): Found {
  const quoted = block.toOriginal(quote.start, quote.end);
  const matched = block.toOriginal(start, end);
  // A stat card's claim reads on into the next element; its position stays inside its own block.
  const at = Math.min(matched.start, limit);
  // A rule returns only its own frame (ClaimRule<R>): rule and details are one member of the union.
  return {
    kind: rule.kind,
    ruleId: rule.id,
    productId: who.productId,
    attribution: who.attribution,
    text: block.original.slice(quoted.start, quoted.end),
    matched: block.original.slice(matched.start, matched.end),
    position: { block: block.index, start: at, end: Math.max(at, Math.min(matched.end, limit)) },
    section: block.block.section,
    details: cleanDetails(raw.details),
    order: start,
  } as Found;
}

function anchorOf(raw: RawClaim): number {
  return raw.anchor ?? raw.start;
}

/** The frame as reported: what the rule did not find (null) is left out. */
function cleanDetails(details: RawFrame<Frame>): Frame {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(details)) {
    const v = details[k as keyof typeof details];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out as Frame;
}

/** Hits inside a segment. `hits` is sorted by start: binary search, not a scan per segment. */
function hitsIn(hits: readonly Hit[], seg: Segment): Hit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.nStart < seg.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let k = lo; k < hits.length && hits[k]!.nStart < seg.end; k++)
    if (hits[k]!.nEnd <= seg.end) out.push(hits[k]!);
  return out;
}

/** The product named in a row's other cells (the Product column, in practice the first one named). */
function rowProductOf(hits: readonly Hit[], seg: Segment): string | null {
  return hits.find((h) => h.kind === 'product' && (h.nEnd <= seg.start || h.nStart >= seg.end))?.id ?? null;
}

interface TableLayout {
  /** True when the header row names products and the first cell of each row names the attribute. */
  transposed: boolean;
  columnProducts: Array<string | null>;
  roles: Array<ReturnType<typeof roleOf> | undefined>;
  headers: Array<string | undefined>;
  skip: boolean[];
}

/** "Target | BCMA | BCMA" under a header "| Abecma | Carvykti": each column is one product. */
function tableLayout(block: PreparedBlock, columns: number, headings: HeadingIndex): TableLayout | undefined {
  const header = block.header;
  const cells = block.block.cells;
  // Rows may have fewer cells than the header (a merged cell): columns are read left to right.
  if (!header || !cells || header.length < columns) return undefined;
  const columnProducts = header.slice(0, columns).map((h) => {
    const ids = headings.productsIn(h);
    return ids.length === 1 ? ids[0]! : null;
  });
  const transposed = columnProducts.slice(1).some((id) => id !== null) && columnProducts[0] === null;
  if (!transposed)
    return { transposed, columnProducts: columnProducts.map(() => null), roles: [], headers: [], skip: [] };
  const label = cells[0] ?? '';
  return {
    transposed,
    columnProducts,
    roles: columnProducts.map(() => roleOf(label)),
    headers: columnProducts.map(() => label),
    // The label column, and comparison-arm columns ("Standard therapy") that name no product.
    skip: columnProducts.map((id, k) => k === 0 || id === null),
  };
}

interface HeadingIndex {
  productsIn(text: string): string[];
  productOf(headings: readonly string[]): string | null;
  hitsOf(headings: readonly string[]): Array<readonly Hit[]>;
}

const NO_HITS: readonly Hit[] = [];

/** Names in headings and table headers, as the match stage found them (MatchResult.headings). */
function headingIndex(matches: MatchResult): HeadingIndex {
  const hitsIn = (text: string): readonly Hit[] => matches.headings.get(text) ?? NO_HITS;
  const productsIn = (text: string): string[] =>
    distinct(
      hitsIn(text)
        .filter((h) => h.kind === 'product')
        .map((h) => h.id),
    );
  return {
    productsIn,
    productOf(headings) {
      for (let k = headings.length - 1; k >= 0; k--) {
        const ids = productsIn(headings[k] ?? '');
        if (ids.length === 1) return ids[0]!;
        if (ids.length > 1) return null;
      }
      return null;
    },
    hitsOf(headings) {
      const out: Array<readonly Hit[]> = [];
      for (let k = headings.length - 1; k >= 0; k--) out.push(hitsIn(headings[k] ?? ''));
      return out;
    },
  };
}

/** Whether a block opens with the words for "the product" as its subject ("O produto tem registro …"). */
function opensWithThisProduct(text: string, thisProduct: RegExp): boolean {
  const m = thisProduct.exec(text);
  return m !== null && m.index <= 2;
}
