import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml, loadHtmlFile, metaCharset, parseHtml } from '../../cli/load-html';
import { testPath } from '../helpers/dom';

const fixture = (name: string) => testPath('cli', 'fixtures', name);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  it('honours <meta http-equiv> charset (windows-1252 page)', async () => {
    const loaded = loadHtmlFile(fixture('windows-1252.html'));
    expect(loaded.ok && loaded.encoding).toBe('windows-1252');
    if (!loaded.ok) return;
    expect(parseHtml(loaded.html).title).toBe('Thérapie CAR-T – Kymriah à Lyon');
  });

  it('honours a UTF-16 byte order mark', async () => {
    const loaded = loadHtmlFile(fixture('utf16-bom.html'));
    expect(loaded.ok && loaded.encoding).toBe('utf-16le');
    if (loaded.ok) expect(parseHtml(loaded.html).title).toBe('UTF-16 page — Kymriah');
  });

  it('strips a UTF-8 BOM and reads <meta charset>', () => {
    const latin = Uint8Array.from([
      ...bytes('<html><head><meta charset="iso-8859-1"><title>'),
      0xe9,
      ...bytes('</title></head></html>'),
    ]);
    const loaded = decodeHtml(latin);
    expect(loaded.ok && parseHtml(loaded.html).title).toBe('é');
    const withBom = decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('<p>≤25</p>')]));
    expect(withBom).toEqual({ ok: true, html: '<p>≤25</p>', encoding: 'utf-8' });
  });

  it('the HTTP charset wins over <meta>; unknown labels and UTF-16 metas fall back sensibly', () => {
    const page = Uint8Array.from([
      ...bytes('<meta charset="windows-1252"><p>'),
      0xc3,
      0xa9,
      ...bytes('</p>'),
    ]);
    expect(decodeHtml(page, 'utf-8').ok && (decodeHtml(page, 'utf-8') as { html: string }).html).toContain(
      '<p>é</p>',
    );
    expect(metaCharset(bytes('<meta charset=utf-16><p>x</p>'))).toBe('utf-16');
    expect(decodeHtml(bytes('<meta charset=utf-16><p>é</p>'))).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(decodeHtml(bytes('<meta charset="klingon"><p>é</p>'))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
    });
  });

  it('undeclared bytes that are not UTF-8 are read as windows-1252', () => {
    const loaded = decodeHtml(
      Uint8Array.from([...bytes('<p>'), 0x93, ...bytes('cure'), 0x94, ...bytes('</p>')]),
    );
    expect(loaded).toEqual({ ok: true, html: '<p>“cure”</p>', encoding: 'windows-1252' });
  });

  it('refuses binary data, known file types, empty files and text without markup', async () => {
    expect(loadHtmlFile(fixture('pixel.png'))).toEqual({
      ok: false,
      error: 'not HTML (looks like a PNG image)',
    });
    expect(loadHtmlFile(fixture('notes.txt'))).toEqual({
      ok: false,
      error: 'not HTML (no markup found)',
    });
    expect(decodeHtml(bytes('%PDF-1.7\n'))).toEqual({ ok: false, error: 'not HTML (looks like a PDF file)' });
    expect(decodeHtml(Uint8Array.from([1, 2, 0, 4, 60, 112, 62]))).toEqual({
      ok: false,
      error: 'not HTML (binary data)',
    });
    expect(decodeHtml(new Uint8Array(0))).toEqual({ ok: false, error: 'empty file (no HTML)' });
    expect(decodeHtml(bytes('if a < b then c'))).toMatchObject({ ok: false });
  });
});

describe('loadHtmlFile errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names missing files and directories plainly', async () => {
    expect(loadHtmlFile(join(dir, 'missing.html'))).toEqual({ ok: false, error: 'file not found' });
    expect(loadHtmlFile(dir)).toEqual({ ok: false, error: 'is a directory, not an HTML file' });
    writeFileSync(join(dir, 'ok.html'), '<p>hi</p>');
    expect(loadHtmlFile(join(dir, 'ok.html'))).toMatchObject({ ok: true, html: '<p>hi</p>' });
  });
});
