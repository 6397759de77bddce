// In-page highlights: product mentions and claim sentences wrapped in <mark data-therapylens> built
// with DOM calls, and removed so completely that the page serializes exactly as before.
// Pure DOM code: the document comes in as a parameter; no extension APIs.
import type { Claim, PageReport } from '../schema';
import { displayVerdict, VERDICT_DISPLAY } from './verdict-display';
import { buildTextIndex, findAll, piecesOf, type TextIndex } from './text-index';
import { MARK_ATTR, unwrapAll, wrapPieces, type MarkSpec } from './wrap';
import { ensureStyle, FLASH_CLASS, removeStyle } from './style';

/** Space-separated ids of the claims a mark shows (two claims can quote one sentence). */
export const CLAIM_IDS_ATTR = 'data-therapylens-claims';
/** Upper bound on marks, so a page repeating a name thousands of times stays responsive. */
const MAX_MARKS = 2000;

type Span = [number, number];

function overlaps(taken: Span[], [start, end]: Span): boolean {
  return taken.some(([s, e]) => start < e && s < end);
}

function toSpecs(index: TextIndex, span: Span, attrs: Record<string, string>): MarkSpec[] {
  return piecesOf(index, span[0], span[1]).map((piece) => ({ piece, attrs }));
}

/**
 * Claims first: one mark per sentence. Claims quoting the same sentence (same block, same text)
 * share it; the same words in another block (a repeated table cell) take the next free occurrence.
 * When the sentence is not on the page as such (a table row joined from cells), each claim marks
 * its own matched fragment instead.
 */
function claimSpecs(doc: Document, claims: Claim[]): { specs: MarkSpec[]; count: number } {
  const index = buildTextIndex(doc);
  const taken: Span[] = [];
  const groups = new Map<string, { span: Span; claims: Claim[] }>();
  const unplaceable = new Set<string>();
  const place = (key: string, needle: string, claim: Claim): boolean => {
    const group = groups.get(key);
    if (group) {
      group.claims.push(claim);
      return true;
    }
    if (unplaceable.has(key)) return false;
    const span = findAll(index, needle, { limit: 50 }).find((s) => !overlaps(taken, s));
    if (!span) {
      unplaceable.add(key);
      return false;
    }
    taken.push(span);
    groups.set(key, { span, claims: [claim] });
    return true;
  };
  for (const claim of claims) {
    const sentence = `${claim.position.block}\u0000${claim.text}`;
    if (!place(sentence, claim.text, claim)) place(`${sentence}\u0000${claim.matched}`, claim.matched, claim);
  }
  const specs: MarkSpec[] = [];
  for (const { span, claims: group } of groups.values()) {
    const verdict = displayVerdict(group[0]!);
    specs.push(
      ...toSpecs(index, span, {
        [MARK_ATTR]: 'claim',
        [CLAIM_IDS_ATTR]: group.map((c) => c.id).join(' '),
        'data-therapylens-verdict': verdict,
        title: `TherapyLens: ${VERDICT_DISPLAY[verdict].label}`,
      }),
    );
  }
  return { specs, count: groups.size };
}

/** Then every occurrence of each distinct mention text, as whole words. */
function mentionSpecs(
  doc: Document,
  report: PageReport,
  budget: number,
): { specs: MarkSpec[]; count: number } {
  const index = buildTextIndex(doc);
  const taken: Span[] = [];
  const specs: MarkSpec[] = [];
  let count = 0;
  // Longer names first so "Yescarta CAR-T" is not cut into pieces by a shorter alias.
  const needles: { text: string; productId: string }[] = [];
  const seen = new Set<string>();
  for (const product of report.products) {
    for (const mention of product.mentions) {
      const key = mention.text.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      needles.push({ text: mention.text, productId: product.id });
    }
  }
  needles.sort((a, b) => b.text.length - a.text.length);
  for (const { text, productId } of needles) {
    for (const span of findAll(index, text, { wholeWord: true, limit: budget })) {
      if (specs.length >= budget) return { specs, count };
      if (overlaps(taken, span)) continue;
      taken.push(span);
      count++;
      specs.push(...toSpecs(index, span, { [MARK_ATTR]: 'mention', 'data-therapylens-product': productId }));
    }
  }
  return { specs, count };
}

/**
 * Marks the report's claims and product mentions in the live document; returns how many places
 * were marked. Earlier TherapyLens marks are removed first, so calling it twice is harmless.
 */
export function applyHighlights(doc: Document, report: PageReport): number {
  clearHighlights(doc);
  const claims = claimSpecs(doc, report.claims);
  const claimMarks = wrapPieces(doc, claims.specs.slice(0, MAX_MARKS));
  const mentions = mentionSpecs(doc, report, MAX_MARKS - claimMarks.length);
  wrapPieces(doc, mentions.specs);
  const count = claims.count + mentions.count;
  if (count > 0) ensureStyle(doc);
  return count;
}

/** Removes every TherapyLens mark and the style element; the page serializes as it did before. */
export function clearHighlights(doc: Document): void {
  unwrapAll(doc);
  removeStyle(doc);
}

export function hasHighlights(doc: Document): boolean {
  return doc.querySelector(`mark[${MARK_ATTR}]`) !== null;
}

function claimMarks(doc: Document, claimId: string): Element[] {
  // Compared as data, not put into a selector: the id arrives in a message.
  return Array.from(doc.querySelectorAll(`mark[${CLAIM_IDS_ATTR}]`)).filter((mark) =>
    (mark.getAttribute(CLAIM_IDS_ATTR) ?? '').split(' ').includes(claimId),
  );
}

/** Scrolls the claim's first mark into view and flashes its marks; false when it is not marked. */
export function focusClaim(doc: Document, claimId: string): boolean {
  const marks = claimMarks(doc, claimId);
  const first = marks[0];
  if (!first) return false;
  for (const old of Array.from(doc.querySelectorAll(`mark.${FLASH_CLASS}`)))
    old.classList.remove(FLASH_CLASS);
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  if (typeof first.scrollIntoView === 'function') {
    first.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }
  for (const mark of marks) {
    mark.classList.add(FLASH_CLASS);
    // The outline stays as a pointer when motion is reduced; otherwise it fades with the animation.
    if (!reduceMotion)
      mark.addEventListener('animationend', () => mark.classList.remove(FLASH_CLASS), { once: true });
  }
  return true;
}
