// What the extract stage hands to the rest of the pipeline: the page as an ordered list of text
// blocks, each marked as inside or outside Readability's main article.
import type { Section } from '../schema';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'caption' | 'other';

export interface TextBlock {
  /** Position in reading order; Position.block in the report refers to it. */
  index: number;
  kind: BlockKind;
  /** Text as on the page (whitespace collapsed, not otherwise normalized). */
  text: string;
  section: Section;
  /** Heading level 1–6 for headings. */
  level?: number;
  /** Texts of the headings this block sits under, outermost first (for section attribution). */
  headings: string[];
  /** Table rows: the cells, and the header row of their table when it has one. */
  cells?: string[];
  header?: string[];
  /** True for a table's header row (its cells are the `header` of the rows below it). */
  isHeader?: boolean;
  /** The language the page declares (`<html lang>`, BCP 47), when it declares one; normalize judges each block's own. */
  lang?: string;
}

export interface Extracted {
  title: string;
  blocks: TextBlock[];
  /** False when Readability found no article and visible text (minus nav, footer, banners) was used. */
  readable: boolean;
  /** True when the element or character budget cut extraction short. */
  truncated: boolean;
  notes: string[];
}

export interface ExtractOptions {
  /** Stop walking after this many elements (a partial result, with a note). */
  maxElements?: number;
  /** Stop collecting after this many characters of text. */
  maxChars?: number;
}
