// PDFs in Node tests: the committed fixtures in tests/fixtures/pdf, read through lib/pdf with the
// Node build of pdf.js into a linkedom document.
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfToDocument, readPdfLayout, type PdfLayout } from '../../lib/pdf';
import { parseDocument, testPath } from './dom';

export function pdfBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(testPath('fixtures', 'pdf', `${name}.pdf`)));
}

export function layoutOfFixture(name: string): Promise<PdfLayout> {
  return readPdfLayout(pdfBytes(name), pdfjs);
}

export function pdfDocument(bytes: Uint8Array): Promise<Document> {
  return pdfToDocument(bytes, pdfjs, parseDocument('<!doctype html><html><head></head><body></body></html>'));
}

export { pdfjs };
