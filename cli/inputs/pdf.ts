// A PDF file for the CLI. The main thread only names it: the analysis worker that takes the page
// reads the file and rebuilds its document through lib/pdf with the Node ("legacy") build of
// pdf.js (./pdfjs-node.ts), loaded only when a worker meets its first PDF, so PDFs are read on every core like HTML
// files. Any failure is the one line for stderr that a reader gives.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { pdfToDocument, PdfError } from '../../lib/pdf';
import type { Loaded } from '../load-html';
import { loadPdfJs } from './pdfjs-node';
import type { InputItem, InputReader } from './types';

/**
 * A PDF file → the HTML text of the document lib/pdf rebuilds from it (our own markup, built with
 * the DOM), which the worker then analyzes as it does any page. Runs in the analysis worker.
 */
export async function loadPdfFile(path: string): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) return { ok: false, error: 'is a directory, not a PDF file' };
    bytes = new Uint8Array(await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    return {
      ok: false,
      error: code === 'ENOENT' ? 'file not found' : `could not read the file (${code ?? String(err)})`,
    };
  }
  try {
    const empty = parseHTML('<!doctype html><html><head></head><body></body></html>')
      .document as unknown as Document;
    const doc = await pdfToDocument(bytes, await loadPdfJs(), empty);
    return { ok: true, html: `<!doctype html>\n${doc.documentElement.outerHTML}`, encoding: 'utf-8' };
  } catch (err) {
    if (err instanceof PdfError) return { ok: false, error: err.message };
    return {
      ok: false,
      error: `could not read the PDF (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}

/** PDFs as a CLI input kind: one page per file, read and rebuilt by the worker that analyzes it. */
export const pdfReader: InputReader = {
  name: 'pdf',
  accepts: (input) =>
    /\.pdf$/i.test(input) && (!/^[a-z][a-z0-9+.-]+:\/\//i.test(input) || /^file:\/\//i.test(input)),
  unit: 'input',
  async *read(input): AsyncIterable<InputItem> {
    // The input is also the report's source, as for HTML files (a path or a file: URL).
    const path = /^file:\/\//i.test(input) ? fileURLToPath(input) : input;
    yield { kind: 'page', page: { source: input, key: input, body: { kind: 'pdf', path } } };
  },
};
