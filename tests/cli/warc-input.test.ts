// The WARC reader on archives the tests build with warcio's writer: HTML responses become pages
// with their target URI and capture date, other records are counted, damage is one line each.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readerFor } from '../../cli/inputs';
import { loadBody } from '../../cli/inputs/body';
import type { InputItem, Page, ReadContext } from '../../cli/inputs/types';
import { warcReader } from '../../cli/inputs/warc';
import { testPath } from '../helpers/dom';
import { buildWarc, GARBAGE_RECORD, gzip, type ArchivedPage } from './helpers/warc';

const dir = mkdtempSync(join(tmpdir(), 'tl-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLINIC = readFileSync(testPath('cli', 'fixtures', 'kymriah-clinic.html'), 'utf8');
const pages: ArchivedPage[] = [
  { url: 'https://clinic.example/a', html: CLINIC, date: '2024-03-01T08:00:00Z' },
  { url: 'https://clinic.example/logo.png', html: 'PNG…', contentType: 'image/png' },
  { url: 'https://clinic.example/gone', html: '<p>not here</p>', status: 404 },
  {
    url: 'https://clinic.example/b',
    html: '<html><body><p>Yescarta</p></body></html>',
    date: '2024-03-02T09:30:00Z',
  },
  { url: 'https://clinic.example/b', html: '<p>GET</p>', type: 'request' },
];

const all: ReadContext = { timeoutMs: 1000, wants: () => true };

async function collect(path: string, ctx: ReadContext = all): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of warcReader.read(path, ctx)) items.push(item);
  return items;
}

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const pagesOf = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'page' ? [i.page] : []));
const errorsOf = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i.message] : []));
/** The page's HTML as the worker that analyzes it decodes it. */
const htmlOf = (page: Page) => {
  const loaded = loadBody(page.body);
  if ('then' in loaded) throw new Error('an archived body is decoded synchronously');
  return loaded.ok ? loaded.html : `(${loaded.error})`;
};
const skippedOf = (items: InputItem[]) => items.filter((i) => i.kind === 'skipped').length;

describe('WARC input', () => {
  it.each([
    ['plain', 'crawl.warc', false],
    ['gzip per record', 'crawl.warc.gz', true],
  ])(
    '%s: each HTML response is a page (target URI, capture date, record id); the rest are skipped and counted',
    async (_, name, gzip) => {
      const path = await write(name, await buildWarc(pages, { gzip }));
      expect(readerFor(path)).toBe(warcReader);
      const items = await collect(path);
      expect(errorsOf(items)).toEqual([]);
      const got = pagesOf(items);
      expect(got.map((p) => p.source)).toEqual(['https://clinic.example/a', 'https://clinic.example/b']);
      expect(got.map((p) => p.capture?.date)).toEqual(['2024-03-01T08:00:00Z', '2024-03-02T09:30:00Z']);
      expect(htmlOf(got[0]!)).toContain('Kymriah');
      for (const page of got) {
        expect(page.key).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
        expect(page.capture).toEqual({ archive: path, recordId: page.key, date: expect.any(String) });
      }
      // warcinfo, the image, the 404 and the request record.
      expect(skippedOf(items)).toBe(4);
    },
  );

  it('HTTP bodies as crawlers store them (gzip Content-Encoding, chunked) are decoded', async () => {
    const html = '<html><body><p>Kymriah, as served</p></body></html>';
    const chunked = `${html.length.toString(16)}\r\n${html}\r\n0\r\n\r\n`;
    const path = await write(
      'encoded.warc',
      await buildWarc([
        {
          url: 'https://a.example/',
          html,
          headers: { 'Content-Encoding': 'gzip' },
          body: gzip(Buffer.from(html)),
        },
        {
          url: 'https://b.example/',
          html,
          headers: { 'Transfer-Encoding': 'chunked' },
          body: Buffer.from(chunked),
        },
      ]),
    );
    const items = await collect(path);
    expect(errorsOf(items)).toEqual([]);
    expect(pagesOf(items).map(htmlOf)).toEqual([html, html]);
  });

  it('a damaged record is one error line and the records after it are still read', async () => {
    const before = await buildWarc(pages.slice(0, 1));
    const after = await buildWarc(pages.slice(3, 4));
    const path = await write('damaged.warc', Buffer.concat([before, GARBAGE_RECORD, after]));
    const items = await collect(path);
    expect(errorsOf(items)).toEqual(['record 3: not a WARC record (starts "this")']);
    expect(pagesOf(items).map((p) => p.source)).toEqual([
      'https://clinic.example/a',
      'https://clinic.example/b',
    ]);
  });

  it('a record whose Content-Length is too small: error lines for this archive only, console.warn untouched', async () => {
    const good = await buildWarc(pages.slice(0, 1));
    const short = Buffer.from(
      (
        await buildWarc([
          { url: 'https://clinic.example/short', html: '<p>one</p>\n<p>two</p>\n<p>three</p>' },
        ])
      )
        .toString('latin1')
        .replace(
          /Content-Length: (\d+)\r\n\r\nHTTP/,
          (_, n: string) => `Content-Length: ${Number(n) - 20}\r\n\r\nHTTP`,
        ),
      'latin1',
    );
    const after = await buildWarc(pages.slice(3, 4));
    const damaged = await write('short.warc', Buffer.concat([good, short, after]));
    const clean = await write('clean.warc', Buffer.concat([good, after]));
    const warn = console.warn;
    // Read side by side, as the CLI's read-ahead does.
    const [items, cleanItems] = await Promise.all([collect(damaged), collect(clean)]);
    expect(console.warn).toBe(warn);
    expect(errorsOf(cleanItems)).toEqual([]);
    const errors = errorsOf(items);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => /^record \d+: Content-Length Too Small/.test(e))).toBe(true);
    expect(errors.every((e) => !e.includes('\n'))).toBe(true);
    expect(pagesOf(items).map((p) => p.source)).toContain('https://clinic.example/b');
  });

  it('a truncated .warc.gz keeps the pages before the cut and says where it stopped', async () => {
    const whole = await buildWarc([...pages.slice(0, 1), ...pages.slice(3, 4)], { gzip: true });
    const path = await write('cut.warc.gz', whole.subarray(0, whole.length - 200));
    const items = await collect(path);
    expect(pagesOf(items).map((p) => p.source)).toEqual(['https://clinic.example/a']);
    expect(errorsOf(items)).toEqual(['truncated gzip (the file ends mid-record) after 2 records']);
  });

  it('a plain archive cut inside a record: that record is an error, not a short page', async () => {
    const whole = await buildWarc([...pages.slice(0, 1), ...pages.slice(3, 4)]);
    const path = await write('cut.warc', whole.subarray(0, whole.length - 20));
    const items = await collect(path);
    expect(pagesOf(items).map((p) => p.source)).toEqual(['https://clinic.example/a']);
    expect(errorsOf(items)).toEqual([
      expect.stringMatching(/^record 3 \(https:\/\/clinic\.example\/b\): truncated \(\d+ bytes missing\)$/),
    ]);
  });

  it.each([
    ['empty.warc', Buffer.alloc(0), 'empty file (not a WARC archive)'],
    [
      'page.warc',
      Buffer.from('<html><p>Kymriah</p></html>'),
      'not a WARC archive (no WARC/1.x record header)',
    ],
    [
      'page.warc.gz',
      gzip(Buffer.from('<html><p>Kymriah</p></html>')),
      'not a WARC archive (no WARC/1.x record header)',
    ],
    [
      'header.warc.gz',
      Buffer.from('1f8b0800', 'hex'),
      'truncated gzip (the file ends mid-record) after 0 records',
    ],
  ])('%s: one clear error line', async (name, bytes, message) => {
    const items = await collect(await write(name, bytes));
    expect(items).toEqual([{ kind: 'error', message }]);
  });

  it('a missing archive is "file not found"', async () => {
    expect(await collect(join(dir, 'nope.warc.gz'))).toEqual([{ kind: 'error', message: 'file not found' }]);
  });

  it('streams: records another shard owns are not decoded, and taking one page reads no further', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      url: `https://clinic.example/${i}`,
      html: CLINIC,
    }));
    const path = await write('many.warc.gz', await buildWarc(many, { gzip: true }));
    const asked: string[] = [];
    const ctx: ReadContext = { timeoutMs: 1000, wants: (key) => (asked.push(key), true) };
    const iterator = warcReader.read(path, ctx)[Symbol.asyncIterator]();
    let first = await iterator.next();
    while (!first.done && first.value.kind !== 'page') first = await iterator.next();
    expect(first.value).toMatchObject({ kind: 'page', page: { source: 'https://clinic.example/0' } });
    expect(asked).toHaveLength(1);
    await iterator.return?.(undefined);

    const none = await collect(path, { timeoutMs: 1000, wants: () => false });
    expect(pagesOf(none)).toEqual([]);
    expect(errorsOf(none)).toEqual([]);
  });
});
