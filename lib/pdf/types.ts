// The PDF as positioned text, and the layout rebuilt from it. Coordinates are PDF points with y
// measured downward from the top of the page, so "smaller y" means "earlier in reading order".

/** One run of text as pdf.js reports it, reduced to what layout needs. */
export interface TextRun {
  text: string;
  /** Left edge and right edge. */
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size in points (the text matrix's scale). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

export interface PdfText {
  /** The PDF's own title (document info or XMP), '' when it has none. */
  title: string;
  pages: PdfPage[];
}

/** Runs on one baseline with no wide gap between them (a line of a column, or one table cell). */
export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the line box (baseline minus/plus the font's extent). */
  top: number;
  bottom: number;
  y: number;
  size: number;
}

export type LayoutBlock =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][]; header: boolean };

export interface PdfLayout {
  title: string;
  blocks: LayoutBlock[];
}
