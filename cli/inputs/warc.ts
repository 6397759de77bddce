// Web archives (.warc, .warc.gz, as Common Crawl and web archives publish them), read as a stream
// with warcio: each HTML `response` record is one page (source = its WARC-Target-URI, its
// WARC-Date kept in the output); every other record is skipped and counted. A page's body leaves
// as bytes, decoded by the worker that analyzes it; only the pages in flight are held. gzip is
// undone by node:zlib (multi-member, as .warc.gz is) so a truncated or corrupt file is an error
// rather than a silent early end; records read before it still count. A record that is not a WARC
// record gives one error line and reading goes on.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { fileError, megabytes, MAX_HTML_BYTES } from '../load-html';
import type { InputItem, InputReader, ReadContext } from './types';

class NotWarc extends Error {}

export const warcReader: InputReader = {
  name: 'warc',
  accepts: (input) => !/^https?:\/\//i.test(input) && /\.warc(\.gz)?$/i.test(input),
  unit: 'record',
  read: readWarc,
};

async function* readWarc(input: string, ctx: ReadContext): AsyncIterable<InputItem> {
  const path = /^file:\/\//i.test(input) ? fileURLToPath(input) : input;
  let gzip: boolean;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return yield* fail('is a directory, not a WARC archive');
    if (info.size === 0) return yield* fail('empty file (not a WARC archive)');
    gzip = await startsWithGzipMagic(path);
  } catch (err) {
    return yield* fail(fileError(err));
  }

  const warnings: string[] = [];
  const parser = new WARCParser(checkedWarc(openStream(path, gzip)));
  let index = 0;
  try {
    for await (const record of withWarnings(parser, warnings)) {
      index++;
      for (const warning of warnings.splice(0)) {
        yield { kind: 'error', message: `record ${index - 1}: ${warning}` };
      }
      const item = await readRecord(record, index, input, ctx);
      if (item) yield item;
    }
  } catch (err) {
    if (err instanceof NotWarc) return yield* fail(err.message);
    return yield* fail(streamError(err, gzip, index));
  }
  if (index === 0) yield* fail('not a WARC archive (no records)');
}

function* fail(message: string): Generator<InputItem, void> {
  yield { kind: 'error', message };
}

/** One record → a page, a skip, an error, or nothing (a page another shard or run owns). */
async function readRecord(
  record: WARCRecord,
  index: number,
  input: string,
  ctx: ReadContext,
): Promise<InputItem | undefined> {
  const at = `record ${index}`;
  const protocol = record.warcHeaders.protocol ?? '';
  if (!protocol.startsWith('WARC/')) {
    return { kind: 'error', message: `${at}: not a WARC record (starts "${protocol.slice(0, 20)}")` };
  }
  if (record.warcType !== 'response') return { kind: 'skipped' };
  const http = record.httpHeaders;
  const contentType = http?.headers.get('content-type') ?? '';
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  const status = Number(http?.statusCode ?? 0);
  if (!/^(text\/html|application\/xhtml\+xml)$/.test(mime) || status < 200 || status > 299) {
    return { kind: 'skipped' };
  }
  const uri = record.warcTargetURI ?? '';
  const recordId = record.warcHeader('WARC-Record-ID') ?? '';
  // WARC-Record-IDs are globally unique by the standard, so a shard owns the same records on every
  // machine whatever the archive's path; an archive without them falls back to name and position.
  const key = recordId || `${basename(input)}#${index}`;
  if (!ctx.wants(key)) return undefined;
  if (record.warcContentLength > MAX_HTML_BYTES) {
    return { kind: 'error', message: `${at} (${uri}): page larger than ${megabytes(MAX_HTML_BYTES)}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await record.readFully(true);
  } catch (err) {
    return { kind: 'error', message: `${at} (${uri}): unreadable body (${describe(err)})` };
  }
  // warcio stops quietly at the end of the data; what the record still owed means it was cut off.
  const owed = (record._reader as { limit?: number }).limit ?? 0;
  if (owed > 0) return { kind: 'error', message: `${at} (${uri}): truncated (${owed} bytes missing)` };
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  return {
    kind: 'page',
    page: {
      source: uri,
      key,
      // Decoded in the worker (the charset sniffing and decoding scale with the workers there).
      body: { kind: 'bytes', bytes: owned(bytes), ...(charset ? { charset } : {}) },
      at: `${at} (${uri})`,
      capture: { archive: input, recordId: key, date: record.warcDate ?? '' },
    },
  };
}

/**
 * The body in a buffer of its own: a view into a larger chunk would be copied to the worker whole
 * (structured clone copies a view's entire ArrayBuffer).
 */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

function openStream(path: string, gzip: boolean): AsyncIterable<Uint8Array> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (!gzip) return file;
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  return file.pipe(gunzip);
}

/** Passes the bytes through, refusing a stream that does not start like a WARC record. */
async function* checkedWarc(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  let head: Uint8Array | undefined;
  for await (const chunk of source) {
    if (head === undefined) {
      head = chunk;
      // Leading blank lines are tolerated, as warcio does.
      const start = new TextDecoder('latin1').decode(chunk.subarray(0, 64)).replace(/^[\r\n]+/, '');
      if (!start.startsWith('WARC/')) throw new NotWarc('not a WARC archive (no WARC/1.x record header)');
    }
    yield chunk;
  }
}

/**
 * warcio reports a record whose Content-Length is too small with console.warn. While its parser
 * looks for the next record, those warnings are collected and become this archive's error lines
 * instead of stray stderr text. Several archives can be open at once (read-ahead), so that step
 * runs for one archive at a time: otherwise one archive's warning could land in another's list,
 * or console.warn be left replaced.
 */
async function* withWarnings(parser: WARCParser, warnings: string[]): AsyncIterable<WARCRecord> {
  const iterator = parser[Symbol.asyncIterator]();
  for (;;) {
    const next = await oneAtATime(async () => {
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' ').split('\n')[0]!);
      try {
        return await iterator.next();
      } finally {
        console.warn = original;
      }
    });
    if (next.done) return;
    yield next.value;
  }
}

let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(2);
    await handle.read(head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

function streamError(err: unknown, gzip: boolean, records: number): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const after = `after ${records} record${records === 1 ? '' : 's'}`;
  if (code === 'Z_BUF_ERROR') return `truncated gzip (the file ends mid-record) ${after}`;
  if (gzip && code?.startsWith('Z_')) return `corrupt gzip data (${describe(err)}) ${after}`;
  if (code) return `${fileError(err)} ${after}`;
  return `unreadable archive (${describe(err)}) ${after}`;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
