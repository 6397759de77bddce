// Readability's JSON-LD search is skipped on pages without <script type="application/ld+json">;
// on pages with one, its metadata (the title here) must still be read.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { parseDocument } from '../helpers/dom';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: CAR-T cell therapy collects a patient's T cells, engineers them to recognise a marker on cancer cells, and infuses them back after a short course of chemotherapy.</p>`,
).join('\n');

function page(jsonLd: string): string {
  return `<html><head><title>Clinic page title</title>${jsonLd}</head><body><article><h1>Clinic page title</h1>${paragraphs}</article></body></html>`;
}

describe('extract and JSON-LD metadata', () => {
  it('takes the title from JSON-LD when the page has it', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"CAR-T explained by the clinic"}</script>';
    const result = extract(parseDocument(page(ld)));
    expect(result.readable).toBe(true);
    expect(result.title).toBe('CAR-T explained by the clinic');
  });

  it('uses the page title when there is no JSON-LD (other scripts do not count)', () => {
    const result = extract(
      parseDocument(page('<script type="application/json">{"headline":"Not metadata"}</script>')),
    );
    expect(result.readable).toBe(true);
    expect(result.title).toBe('Clinic page title');
  });
});
