import type { DatasetIndex } from '../match/dataset-index';
import type { Attribution, ClaimKind, Position, Section } from '../schema';
import type { Hit } from '../match/types';
import type { BlockKind } from '../extract/types';

/** What a table column holds, read from its header ("Target", "Indication", "Key Response Data"). */
export type CellRole = 'product' | 'target' | 'indication' | 'response' | 'approval' | 'other';

export type ClaimDetails = Record<string, string | number | boolean | null>;

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
  rowCells?: ReadonlyArray<{ role: CellRole; text: string; hits: ReadonlyArray<Hit> }>;
  /** Headings the block sits under, outermost first. */
  headings: readonly string[];
  /** What kind of block the sentence is in (a list item and a table row read their heading). */
  blockKind?: BlockKind;
  /** Names found in those headings, innermost heading first. */
  headingHits?: ReadonlyArray<readonly Hit[]>;
  /** Products named anywhere in the block (a list item's other sentences say whose entry it is). */
  blockProducts?: readonly string[];
  /** The dataset, indexed once for the analysis (rules read its lookups, never a cache of their own). */
  dataset: DatasetIndex;
}

export interface RawClaim {
  /** The fragment the rule matched, as offsets into SentenceContext.text. */
  start: number;
  end: number;
  details: ClaimDetails;
  /** Widest attribution the claim may take: a target named in passing is no claim about the page's product. */
  scope?: 'row' | 'section' | 'page';
  /** Drop the claim when no product can be attributed (it would say nothing checkable). */
  requiresProduct?: boolean;
  /** Applies to every product of a list named just before it ("Kymriah and Yescarta, the first two approved"). */
  distributive?: boolean;
  /** A product the claim's own words point to without naming it (the only product run in the trial it cites). */
  owner?: string;
  /** Names in the sentence are not its subject ("Target: BCMA, the same target as cilta-cel" under Abecma's heading). */
  ignoreNamed?: boolean;
}

export interface ClaimRule {
  id: string;
  kind: ClaimKind;
  description: string;
  /**
   * The rule's trigger words: a block that names no product, target or condition and has no figure
   * is read only when some rule's gate matches it. Owned by the rule, so shared code keeps no list.
   */
  gate: RegExp;
  detect(sentence: SentenceContext): RawClaim[];
}

/** A claim before verification: everything but the verdict. */
export interface DetectedClaim {
  id: string;
  kind: ClaimKind;
  ruleId: string;
  productId: string | null;
  attribution: Attribution;
  text: string;
  matched: string;
  position: Position;
  section: Section;
  details: ClaimDetails;
}
