// PDF bytes → positioned text runs, through pdf.js. pdf.js itself is passed in (the CLI gives the
// Node "legacy" build, the extension the browser build with its bundled worker), so this module
// stays free of any environment. Only text is read: no rendering, fonts are not installed
// (disableFontFace) and pdf.js never compiles code from the file (isEvalSupported: false).
import type { getDocument } from 'pdfjs-dist';
import { PdfError } from './errors';
import type { PdfPage, PdfText, TextRun } from './types';

export interface PdfJs {
  getDocument: typeof getDocument;
}

type DocumentProxy = Awaited<ReturnType<typeof getDocument>['promise']>;

/** pdf.js accepts a header anywhere in the first 1024 bytes, and so do we. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

export const MAX_PDF_BYTES = 100 * 1024 * 1024;

export async function readPdfText(bytes: Uint8Array, pdfjs: PdfJs): Promise<PdfText> {
  if (bytes.length === 0) throw new PdfError('empty');
  if (!hasPdfHeader(bytes)) throw new PdfError('not-pdf');
  if (bytes.length > MAX_PDF_BYTES) throw new PdfError('too-large', `over ${MAX_PDF_BYTES / 1024 / 1024} MB`);

  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, the caller keeps its bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: DocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new PdfError('encrypted');
    throw new PdfError('damaged', err instanceof Error ? err.message : String(err));
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    if (pages.every((p) => p.runs.length === 0)) throw new PdfError('no-text');
    return { title: await readTitle(doc), pages };
  } catch (err) {
    if (err instanceof PdfError) throw err;
    throw new PdfError('damaged', err instanceof Error ? err.message : String(err));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function readPage(doc: DocumentProxy, n: number): Promise<PdfPage> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    // The viewport transform maps PDF space (y up, origin at the page's corner, any /Rotate) to
    // top-down page coordinates.
    const [a, b, , , e, f] = multiply(viewport.transform, item.transform as number[]);
    const size = Math.hypot(a, b);
    if (!(size > 0)) continue;
    runs.push({ text: item.str, x0: e, x1: e + Math.abs(item.width), y: f, size });
  }
  page.cleanup();
  return { width: viewport.width, height: viewport.height, runs };
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: number[], n: number[]): Matrix {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ];
}

async function readTitle(doc: DocumentProxy): Promise<string> {
  try {
    const { info, metadata } = await doc.getMetadata();
    const fromInfo = (info as { Title?: unknown } | undefined)?.Title;
    const title =
      typeof fromInfo === 'string' && fromInfo.trim() !== '' ? fromInfo : (metadata?.get('dc:title') ?? '');
    return typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
  } catch {
    return '';
  }
}
