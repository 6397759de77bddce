import type { DatasetIndex } from '../match/dataset-index';
import type { Attribution, Position, Section } from '../schema';
import type { Hit } from '../match/types';
import type { BlockKind } from '../extract/types';
import type { FrameOf, KindOf, RuleId } from './rules/frames';

export type { ClaimFrame, Frame, FrameOf, KindOf, RuleId } from './rules/frames';

/** What a table column holds, read from its header ("Target", "Indication", "Key Response Data"). */
export type CellRole = 'product' | 'target' | 'indication' | 'response' | 'approval' | 'other';

/**
 * A frame as a rule fills it: a field the rule looked for and did not find may be null (it is
 * dropped before the claim is reported); a field the frame requires is always set.
 */
export type RawFrame<F> = { [K in keyof F]: undefined extends F[K] ? F[K] | null : F[K] };

/** One sentence (or one cell of a table row) handed to every rule. Offsets are into `text`. */
export interface SentenceContext {
  /** Normalized text of the sentence or cell. */
  text: string;
  /** Hits inside it, with offsets relative to `text`. */
  hits: ReadonlyArray<Hit & { at: number; to: number }>;
  /** Set for table cells: the column's role and header text. */
  role?: CellRole;
  header?: string;
  /** Other cells of the same table row (normalized), for rules that need the row's context. */
  rowCells?: ReadonlyArray<{ role: CellRole; text: string; hits: ReadonlyArray<Hit>; header?: string }>;
  /** Headings the block sits under, outermost first. */
  headings: readonly string[];
  /** What kind of block the sentence is in (a list item and a table row read their heading). */
  blockKind?: BlockKind;
  /** Names found in those headings, innermost heading first. */
  headingHits?: ReadonlyArray<readonly Hit[]>;
  /** For a list item: the short paragraph the list follows, which speaks for its items, with its names. */
  leadIn?: { text: string; hits: readonly Hit[] };
  /** Products named anywhere in the block (a list item's other sentences say whose entry it is). */
  blockProducts?: readonly string[];
  /** The dataset, indexed once for the analysis (rules read its lookups, never a cache of their own). */
  dataset: DatasetIndex;
}

export interface RawClaim<R extends RuleId = RuleId> {
  /** The fragment the rule matched, as offsets into SentenceContext.text. */
  start: number;
  end: number;
  details: RawFrame<FrameOf<R>>;
  /** Where the claim's subject is read from when not at `start` (the figure, the list of products before it). */
  anchor?: number;
  /** Widest attribution the claim may take: a target named in passing is no claim about the page's product. */
  scope?: 'row' | 'section' | 'page';
  /** Drop the claim when no product can be attributed (it would say nothing checkable). */
  requiresProduct?: boolean;
  /** Applies to every product of a list named just before it ("Kymriah and Yescarta, the first two approved"). */
  distributive?: boolean;
  /**
   * The list runs across an aside with its own date or figure ("Eque-cel (seit Juni 2023) und Zevor-cel
   * (seit Februar 2024), beide BCMA-CAR-T"): what the claim says holds for each item. Not for a claim that
   * would take one item's date for another's.
   */
  listsAcrossFacts?: boolean;
  /**
   * A heading or caption may say it of every entry of the list or table under it ("CAR-T products on
   * the Australian Register", "部分已上市BCMA CAR-T产品"): what the title says holds for each entry.
   * Not a use ("Other therapies for solid tumours" is no approval) or a date (the list's, not each entry's).
   */
  titles?: boolean;
  /** A product the claim's own words point to without naming it (the only product run in the trial it cites). */
  owner?: string;
  /** Names in the sentence are not its subject ("Target: BCMA, the same target as cilta-cel" under Abecma's heading). */
  ignoreNamed?: boolean;
  /**
   * The list is the one that starts at the anchor, not the one that ends before it: a modifier
   * clause names what follows it ("BCMAを標的とするアベクマとカービクティ", "MAGE-A4를 표적으로 하는 테셀라").
   */
  listsFrom?: boolean;
}

/** A rule owns its id, kind and frame (lib/claims/rules/<id>.ts and <id>.frame.ts). */
export interface ClaimRule<R extends RuleId = RuleId> {
  id: R;
  kind: KindOf<R>;
  description: string;
  /**
   * The rule's trigger words: a block that names no product, target or condition and has no figure
   * is read only when some rule's gate matches it. Owned by the rule, so shared code keeps no list.
   */
  gate: RegExp;
  detect(sentence: SentenceContext): Array<RawClaim<R>>;
}

/** Any one rule, its id, kind and frame kept together. */
export type AnyClaimRule = { [R in RuleId]: ClaimRule<R> }[RuleId];

/** A claim before verification, of rule `R`: everything but the verdict. */
export type DetectedClaimOf<R extends RuleId> = DetectedFields & {
  ruleId: R;
  kind: KindOf<R>;
  details: FrameOf<R>;
};

/** A claim before verification, of any rule: `ruleId` tells its frame. */
export type DetectedClaim = { [R in RuleId]: DetectedClaimOf<R> }[RuleId];

interface DetectedFields {
  id: string;
  productId: string | null;
  attribution: Attribution;
  text: string;
  matched: string;
  position: Position;
  section: Section;
}
