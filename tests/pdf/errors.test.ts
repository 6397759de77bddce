// Bad input gives a typed PdfError with one line a reader can act on, never an empty report.
import { describe, expect, it } from 'vitest';
import { PdfError, readPdfLayout, type PdfErrorCode } from '../../lib/pdf';
import { layoutOfFixture, pdfBytes, pdfjs } from '../helpers/pdf';

async function failure(run: () => Promise<unknown>): Promise<PdfError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof PdfError) return err;
    throw err;
  }
  throw new Error('expected a PdfError');
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('PDF errors', () => {
  it.each<[string, () => Uint8Array, PdfErrorCode, RegExp]>([
    ['an empty file', () => new Uint8Array(0), 'empty', /^empty file/],
    ['an HTML page', () => bytes('<!doctype html><p>Kymriah 83%</p>'), 'not-pdf', /^not a PDF/],
    ['a PNG', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'not-pdf', /^not a PDF/],
    ['a truncated PDF', () => pdfBytes('table').subarray(0, 400), 'damaged', /^the PDF could not be read/],
    [
      'a header and garbage',
      () => bytes('%PDF-1.7\n' + 'x'.repeat(2000)),
      'damaged',
      /^the PDF could not be read/,
    ],
    ['a password-protected PDF', () => pdfBytes('encrypted'), 'encrypted', /password-protected/],
    ['an image-only PDF', () => pdfBytes('image-only'), 'no-text', /no text layer/],
  ])('%s', async (_, input, code, message) => {
    const err = await failure(() => readPdfLayout(input(), pdfjs));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });

  it('leaves the caller’s bytes usable (pdf.js gets a copy)', async () => {
    const input = pdfBytes('table');
    const before = input.length;
    await layoutOfFixture('table');
    await readPdfLayout(input, pdfjs);
    expect(input.length).toBe(before);
    expect((await readPdfLayout(input, pdfjs)).title).toBe('CAR-T response rates at a glance');
  });
});
