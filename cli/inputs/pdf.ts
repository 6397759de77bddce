// A PDF file for the CLI: bytes → a linkedom Document through lib/pdf, with the Node ("legacy")
// build of pdf.js, loaded only when a PDF is analyzed. Any failure is one line for stderr.
import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { pdfToDocument, PdfError, type PdfJs } from '../../lib/pdf';

export type PdfInput = { ok: true; source: string; doc: Document } | { ok: false; error: string };

/** Inputs read as PDF: a path or file: URL ending in .pdf. */
export function isPdfInput(input: string): boolean {
  return !/^[a-z][a-z0-9+.-]+:\/\//i.test(input.replace(/^file:\/\//i, '')) && /\.pdf$/i.test(input);
}

let pdfjs: Promise<PdfJs> | undefined;

export async function readPdfInput(path: string): Promise<PdfInput> {
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
    return { ok: true, source: path, doc: await pdfToDocument(bytes, await pdfjs, empty) };
  } catch (err) {
    if (err instanceof PdfError) return { ok: false, error: err.message };
    return {
      ok: false,
      error: `could not read the PDF (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}
