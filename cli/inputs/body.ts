// A page body (cli/inputs/types.ts PageBody) → HTML text. Runs in the analysis worker, where the
// reading and decoding of a saved file or an archived body, and the reading of a PDF, cost no
// main-thread time. Only a PDF is read asynchronously (pdf.js).
import { decodeHtml, loadHtmlFile, type Loaded } from '../load-html';
import { loadPdfFile } from './pdf';
import type { PageBody } from './types';

export function loadBody(body: PageBody): Loaded | Promise<Loaded> {
  switch (body.kind) {
    case 'text':
      return { ok: true, html: body.html, encoding: 'utf-8' };
    case 'file':
      return loadHtmlFile(body.path);
    case 'bytes':
      return decodeHtml(body.bytes, body.charset);
    case 'pdf':
      return loadPdfFile(body.path);
  }
}
