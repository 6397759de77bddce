// A PDF file for the CLI: bytes → a linkedom Document through lib/pdf, with the Node ("legacy")
// build of pdf.js, loaded only when a PDF is analyzed. Any failure is one line for stderr.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { pdfToDocument, PdfError, type PdfJs } from '../../lib/pdf';

export type PdfInput = { ok: true; source: string; doc: Document } | { ok: false; error: string };

let pdfjs: Promise<PdfJs> | undefined;

/** `input` is a path or a file: URL; it is also the report's source, as for HTML files. */
export async function readPdfInput(input: string): Promise<PdfInput> {
  const path = /^file:\/\//i.test(input) ? fileURLToPath(input) : input;
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
    pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
    const empty = parseHTML('<!doctype html><html><head></head><body></body></html>')
      .document as unknown as Document;
    return { ok: true, source: input, doc: await pdfToDocument(bytes, await pdfjs, empty) };
  } catch (err) {
    if (err instanceof PdfError) return { ok: false, error: err.message };
    return {
      ok: false,
      error: `could not read the PDF (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}
