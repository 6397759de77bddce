// Builds small WARC archives for the CLI tests with warcio's own writer (the same library the CLI
// reads with), from the fixture pages, plus the ways a real archive goes wrong.
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface ArchivedPage {
  url: string;
  html: string;
  date?: string;
  contentType?: string;
  status?: number;
  type?: 'response' | 'request' | 'resource' | 'metadata';
}

const encoder = new TextEncoder();

export async function warcRecord(page: ArchivedPage, opts: { gzip?: boolean } = {}): Promise<Uint8Array> {
  async function* content() {
    yield encoder.encode(page.html);
  }
  const record = await WARCRecord.create(
    {
      url: page.url,
      date: page.date ?? '2024-05-01T10:00:00Z',
      type: page.type ?? 'response',
      warcVersion: 'WARC/1.1',
      ...(page.type === 'request' || page.type === 'metadata'
        ? {}
        : {
            httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8' },
            statusline: `HTTP/1.1 ${page.status ?? 200} ${page.status === 404 ? 'Not Found' : 'OK'}`,
          }),
    },
    content(),
  );
  return WARCSerializer.serialize(record, { gzip: opts.gzip ?? false });
}

/** An archive: a warcinfo record, then the pages, each record gzipped alone when gzip is set (as .warc.gz is). */
export async function buildWarc(
  pages: readonly ArchivedPage[],
  opts: { gzip?: boolean } = {},
): Promise<Buffer> {
  const info = await WARCRecord.createWARCInfo(
    { filename: 'test.warc', warcVersion: 'WARC/1.1' },
    { software: 'therapylens-tests' },
  );
  const parts = [await WARCSerializer.serialize(info, { gzip: opts.gzip ?? false })];
  for (const page of pages) parts.push(await warcRecord(page, opts));
  return Buffer.concat(parts);
}

/** Bytes that are not a WARC record, as a damaged archive has between two good records. */
export const GARBAGE_RECORD = Buffer.from('this is not a WARC record\r\nnor a header\r\n\r\n');

export function gzip(bytes: Uint8Array): Buffer {
  return gzipSync(bytes);
}
