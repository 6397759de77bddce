// Writes a web archive of saved HTML pages, for the Slurm smoke run, the throughput benchmark and
// the tests: `tsx scripts/make-warc.ts out.warc.gz page.html...`. warcio's own writer (the library
// the CLI reads with), one gzip member per record as .warc.gz files are. Each page is archived as
// https://archive.example/<file name>, captured on a fixed date.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface ArchivedPage {
  url: string;
  html: string;
  date?: string;
  contentType?: string;
  status?: number;
  type?: 'response' | 'request' | 'resource' | 'metadata';
  /** More HTTP headers (Content-Encoding, Transfer-Encoding), with `body` as the bytes on the wire. */
  headers?: Record<string, string>;
  body?: Uint8Array;
}

const encoder = new TextEncoder();

export async function warcRecord(page: ArchivedPage, opts: { gzip?: boolean } = {}): Promise<Uint8Array> {
  async function* content() {
    yield page.body ?? encoder.encode(page.html);
  }
  const http = page.type === 'request' || page.type === 'metadata';
  const record = await WARCRecord.create(
    {
      url: page.url,
      date: page.date ?? '2024-05-01T10:00:00Z',
      type: page.type ?? 'response',
      warcVersion: 'WARC/1.1',
      ...(http
        ? {}
        : {
            httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8', ...page.headers },
            statusline: `HTTP/1.1 ${page.status ?? 200} ${page.status === 404 ? 'Not Found' : 'OK'}`,
          }),
    },
    content(),
  );
  return WARCSerializer.serialize(record, { gzip: opts.gzip ?? false });
}

/** A warcinfo record, then one record per page. */
export async function buildWarc(
  pages: readonly ArchivedPage[],
  opts: { gzip?: boolean } = {},
): Promise<Buffer> {
  const info = await WARCRecord.createWARCInfo(
    { filename: 'therapylens.warc', warcVersion: 'WARC/1.1' },
    { software: 'therapylens scripts/make-warc.ts' },
  );
  const parts = [await WARCSerializer.serialize(info, { gzip: opts.gzip ?? false })];
  for (const page of pages) parts.push(await warcRecord(page, opts));
  return Buffer.concat(parts);
}

export function pagesFromFiles(files: readonly string[]): ArchivedPage[] {
  return files.map((file, i) => ({
    url: `https://archive.example/${basename(file)}`,
    html: readFileSync(file, 'utf8'),
    date: new Date(Date.UTC(2024, 4, 1, 10, 0, i)).toISOString().replace('.000Z', 'Z'),
  }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, ...files] = process.argv.slice(2);
  if (!out || files.length === 0) {
    process.stderr.write('usage: tsx scripts/make-warc.ts out.warc[.gz] page.html...\n');
    process.exit(2);
  }
  writeFileSync(out, await buildWarc(pagesFromFiles(files), { gzip: out.endsWith('.gz') }));
}
