// Build what the claim stage sees from plain text: one sentence with its names found, or a
// whole set of blocks run through detectClaims.
import type { BlockKind, TextBlock } from '../../lib/extract/types';
import { matchBlock, matchBlocks } from '../../lib/match';
import { prepareBlock, prepareBlocks } from '../../lib/normalize/prepare';
import { detectClaims } from '../../lib/claims';
import type { CellRole, DetectedClaim, SentenceContext } from '../../lib/claims/types';
import { bundledIndex } from '../helpers/dataset-index';
import { field } from '../helpers/frames';

export function sentence(text: string, extra: { role?: CellRole; header?: string } = {}): SentenceContext {
  const pb = prepareBlock(
    { index: 0, kind: 'paragraph', text, section: 'main', headings: [] },
    bundledIndex.lexicon.hanFold,
  );
  const hits = matchBlock(pb, bundledIndex.lexicon);
  const ctx: SentenceContext = {
    text: pb.text,
    hits: hits.map((h) => ({ ...h, at: h.nStart, to: h.nEnd })),
    headings: [],
    dataset: bundledIndex,
  };
  if (extra.role) ctx.role = extra.role;
  if (extra.header) ctx.header = extra.header;
  return ctx;
}

export interface BlockSpec {
  kind?: BlockKind;
  text: string;
  cells?: string[];
  header?: string[];
  headings?: string[];
  isHeader?: boolean;
}

export function blocks(specs: readonly BlockSpec[]): TextBlock[] {
  return specs.map((b, index) => {
    const block: TextBlock = {
      index,
      kind: b.kind ?? 'paragraph',
      text: b.text,
      section: 'main',
      headings: b.headings ?? [],
    };
    if (b.cells) block.cells = b.cells;
    if (b.header) block.header = b.header;
    if (b.isHeader) block.isHeader = true;
    return block;
  });
}

/** A table row block: cells joined the way extract joins them. */
export function row(cells: string[], header: string[], headings: string[] = []): BlockSpec {
  return { kind: 'table-row', text: cells.join(' | '), cells, header, headings };
}

export function claimsOf(specs: readonly BlockSpec[]): DetectedClaim[] {
  const prepared = prepareBlocks(blocks(specs), bundledIndex.lexicon.hanFold);
  return detectClaims(prepared, matchBlocks(prepared, bundledIndex), bundledIndex);
}

/**
 * The approval rule's claims as "product:approved:regulator:date" (date to the month), for tests of
 * what an approval statement names (a ranking beside it is the rank rule's).
 */
export function approvalsOf(text: string): string[] {
  return claimsOf([{ text }])
    .filter((c) => c.ruleId === 'approval')
    .map(
      (c) =>
        `${c.productId}:${String(field(c, 'approved'))}:${field(c, 'regulator') ?? '-'}:${String(field(c, 'date') ?? '-').slice(0, 7)}`,
    );
}
