// PDF → a Document analyzePage can read, through pdf.js (passed in; see read.ts):
//   read (positioned text runs) → lines (fragments) → reading order (columns, rows) → blocks
//   (headings by font size, paragraphs, tables) → an HTML document titled with the PDF's title.
// Bad input throws a PdfError whose message is one line a reader can act on.
import { toBlocks } from './blocks';
import { fragmentsOf } from './lines';
import { readPdfText, type PdfJs } from './read';
import { readingOrder } from './regions';
import { dropRunningLines } from './running-lines';
import { layoutToDocument } from './to-document';
import type { PdfLayout, PdfText } from './types';

export { PdfError, type PdfErrorCode } from './errors';
export type { PdfJs } from './read';
export type { LayoutBlock, PdfLayout } from './types';

/** Titles that name the file or the program that wrote it rather than the document. */
const NOT_A_TITLE = [
  /^microsoft (?:word|powerpoint|excel) - /i, // "Microsoft Word - label_v3.docx"
  /\.(?:docx?|pdf|indd|pptx?|rtf|txt)$/i, // a bare file name
  /^untitled\b/i,
];

export function layoutOf(text: PdfText): PdfLayout {
  const pages = dropRunningLines(text.pages.map((page) => readingOrder(fragmentsOf(page.runs))));
  const blocks = toBlocks(pages.flat());
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const own = NOT_A_TITLE.some((re) => re.test(text.title)) ? '' : text.title;
  const title = own || (firstHeading?.kind === 'heading' ? firstHeading.text : '');
  return { title, blocks };
}

export async function readPdfLayout(bytes: Uint8Array, pdfjs: PdfJs): Promise<PdfLayout> {
  return layoutOf(await readPdfText(bytes, pdfjs));
}

/**
 * The PDF as a Document. `doc` is an empty document from the caller's DOM (the browser's
 * `document.implementation.createHTMLDocument()`, or linkedom in Node); it is filled and returned.
 */
export async function pdfToDocument(bytes: Uint8Array, pdfjs: PdfJs, doc: Document): Promise<Document> {
  return layoutToDocument(await readPdfLayout(bytes, pdfjs), doc);
}
