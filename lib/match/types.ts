import type { Section } from '../schema';

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
}
