// A PDF file for the CLI: bytes → a linkedom Document through lib/pdf, with the Node ("legacy")
// build of pdf.js, loaded only when a PDF is analyzed. Any failure is one line for stderr.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { pdfToDocument, PdfError, type PdfJs } from '../../lib/pdf';
import type { InputItem, InputReader } from './types';

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

/**
 * PDFs as a CLI input kind: one page per file, its document serialized for the worker that
 * analyzes it (workers take HTML text). The markup is our own, built by lib/pdf with the DOM.
 */
export const pdfReader: InputReader = {
  name: 'pdf',
  accepts: (input) =>
    /\.pdf$/i.test(input) && (!/^[a-z][a-z0-9+.-]+:\/\//i.test(input) || /^file:\/\//i.test(input)),
  unit: 'input',
  async *read(input): AsyncIterable<InputItem> {
    const pdf = await readPdfInput(input);
    if (!pdf.ok) yield { kind: 'error', message: pdf.error };
    else
      yield {
        kind: 'page',
        page: {
          source: pdf.source,
          key: input,
          body: { kind: 'text', html: `<!doctype html>\n${pdf.doc.documentElement.outerHTML}` },
        },
      };
  },
};
