// Bytes → HTML text → Document for the CLI. Decoding follows the browser's order (byte order
// mark, then the HTTP charset, then <meta charset> in the first 1024 bytes, then UTF-8 with a
// windows-1252 fallback), so a saved legacy-encoded clinic page reads as it did in the browser.
// Anything that is not HTML (images, PDFs, archives, plain text with no markup) is refused with a
// reason instead of producing an empty report.
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeCp1252 } from '../lib/normalize/codepages';

export type Loaded = { ok: true; html: string; encoding: string } | { ok: false; error: string };

/** Larger inputs are refused: no real page is this big, and linkedom would take minutes. */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;

const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or Office document)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
];

export function decodeHtml(bytes: Uint8Array, httpCharset?: string): Loaded {
  if (bytes.length === 0) return { ok: false, error: 'empty file (no HTML)' };
  const bom = bomEncoding(bytes);
  if (!bom) {
    const known = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
    if (known) return { ok: false, error: `not HTML (looks like ${known.name})` };
    if (bytes.subarray(0, 8192).includes(0)) return { ok: false, error: 'not HTML (binary data)' };
  }
  const encoding = bom?.encoding ?? supported(httpCharset) ?? supported(metaCharset(bytes)) ?? undefined;
  let html: string;
  let used: string;
  if (encoding) {
    html = decode(encoding, bom ? bytes.subarray(bom.length) : bytes);
    used = encoding;
  } else {
    try {
      html = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      used = 'utf-8';
    } catch {
      html = decode('windows-1252', bytes);
      used = 'windows-1252';
    }
  }
  html = html.replace(/^\uFEFF/, '');
  if (!/<(!doctype\b|[a-z][a-z0-9-]*)(\s[^<>]*)?\/?>/i.test(html)) {
    return { ok: false, error: 'not HTML (no markup found)' };
  }
  return { ok: true, html, encoding: used };
}

/**
 * Node's TextDecoder treats windows-1252 as ISO-8859-1 (0x80–0x9F become C1 controls instead of
 * “ ” – € …), so that one code page is decoded with a table; the rest go to TextDecoder.
 */
function decode(encoding: string, bytes: Uint8Array): string {
  if (encoding !== 'windows-1252') return new TextDecoder(encoding).decode(bytes);
  const table = cp1252Table();
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += Array.from(bytes.subarray(i, i + 8192), (b) => table[b]).join('');
  }
  return out;
}

let cp1252: string[] | undefined;
function cp1252Table(): string[] {
  // Bytes the code page leaves undefined map to the same-numbered code point, as WHATWG does.
  cp1252 ??= Array.from({ length: 256 }, (_, b) => decodeCp1252(b) ?? String.fromCharCode(b));
  return cp1252;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The charset a <meta> in the first 1024 bytes declares (either form of the tag). */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([a-z0-9._:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return undefined;
}

/**
 * A label TextDecoder knows, or undefined. A page that claims UTF-16 in a <meta> was read as
 * ASCII to find that tag, so it is not UTF-16: browsers use UTF-8 then, and so do we.
 */
function supported(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label.trim().toLowerCase()).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

/**
 * Synchronous: the analysis worker reads each saved page itself and finishes one page before it
 * looks at the next (the pool relies on that order); the file is small and the thread its own.
 */
export function loadHtmlFile(path: string): Loaded {
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { ok: false, error: 'is a directory, not an HTML file' };
    if (info.size > MAX_HTML_BYTES)
      return {
        ok: false,
        error: `file too large (${megabytes(info.size)}; the limit is ${megabytes(MAX_HTML_BYTES)})`,
      };
    return decodeHtml(new Uint8Array(readFileSync(path)));
  } catch (err) {
    return { ok: false, error: fileError(err) };
  }
}

export function fileError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not an HTML file';
    case 'ENOTDIR':
      return 'file not found (a parent is not a directory)';
    default:
      return `could not read the file (${err instanceof Error ? err.message : String(err)})`;
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** linkedom Document: lib/ takes a DOM `Document`, which linkedom implements closely enough. */
export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
