import type { Section } from '../schema';
import type { PreparedBlock } from '../normalize/prepare';

export type EntityKind = 'product' | 'target' | 'condition' | 'regulator' | 'trial';

/** One name found in one block. Offsets: normalized (`nStart`/`nEnd`) and original (`start`/`end`). */
export interface Hit {
  kind: EntityKind;
  /** Dataset id (product, condition, HGNC target), regulator code, or canonical trial name. */
  id: string;
  /** How it matched: "brand", "inn", "abbreviation", "code", "chinese", "fuzzy", "synonym"… */
  via: string;
  block: number;
  nStart: number;
  nEnd: number;
  start: number;
  end: number;
  /** The text exactly as on the page. */
  text: string;
  section: Section;
}

export interface MatchResult {
  /** All hits, in reading order. */
  hits: Hit[];
  /** Hits per block index, in order within the block. */
  byBlock: Map<number, Hit[]>;
  /**
   * Hits in each text the page's blocks sit under (headings, captions, table header cells), by text,
   * each matched on its own as a heading (block -1): what the claims stage reads for a section's or a
   * column's product, so it never runs the matcher itself.
   */
  headings: ReadonlyMap<string, readonly Hit[]>;
  /**
   * Stat cards ("73%" then "of patients … had a complete response" in the next element): the block
   * read on into the next, prepared and matched as one, by the first block's index.
   */
  readOn: ReadonlyMap<number, { readonly block: PreparedBlock; readonly hits: readonly Hit[] }>;
}
