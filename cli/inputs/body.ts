// A page body (cli/inputs/types.ts PageBody) → HTML text. Runs in the analysis worker, where the
// reading and decoding of a saved file or an archived body cost no main-thread time.
import { decodeHtml, loadHtmlFile, type Loaded } from '../load-html';
import type { PageBody } from './types';

export function loadBody(body: PageBody): Loaded {
  switch (body.kind) {
    case 'text':
      return { ok: true, html: body.html, encoding: 'utf-8' };
    case 'file':
      return loadHtmlFile(body.path);
    case 'bytes':
      return decodeHtml(body.bytes, body.charset);
  }
}
