// A page printed to PDF by Chromium must tell the reader what the page itself does. Pages whose
// layout survives printing (two columns, a bordered table) give the same claims, word for word.
// Corpus pages give the same products, targets and verdicts; what differs is written down here:
// - Tables printed without visible cell spacing (the saved pages' stylesheets are not loaded) lose
//   their cell boundaries: pdf.js joins cells a few points apart into one run, as a reader sees
//   them. A row then reads as one line, so claim texts show "72% (62, 81)" where the HTML row
//   showed "… | 72% (62, 81)".
// - Inline elements printed without their stylesheet run together as the printed page shows them
//   ("83%overall remission rate", kymriah), and short lines with no gap between them (two "stat"
//   boxes, one under the other) read as one paragraph: one claim text where the HTML had two, with
//   the same verdicts. Its tab strip ("Pediatric and young adult ALL", …) is buttons, which the HTML
//   extractor skips; in the PDF it is printed text and yields indication claims.
// - On clinic--lymphoma-car-t-program that joined row puts "LBCL (2nd line+)" in the same text as
//   "ZUMA-1: ORR 72%", and the figure is compared with the second-line approval: "differs" instead
//   of the HTML's "consistent". The rows' products and targets are still found.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { PageReport } from '../../lib/schema';
import { FIXED_NOW, parseDocument, testPath } from '../helpers/dom';
import { pdfBytes, pdfDocument } from '../helpers/pdf';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

const options = {
  url: 'https://example.test/page',
  dataset: bundledDataset,
  languages: ALL_LANGUAGE_PACKS,
  now: FIXED_NOW,
};

async function reports(name: string, html: string): Promise<{ fromHtml: PageReport; fromPdf: PageReport }> {
  const fromHtml = analyzePage(parseDocument(readFileSync(testPath(html), 'utf8')), options);
  const fromPdf = analyzePage(await pdfDocument(pdfBytes(name)), options);
  expect(PageReport.safeParse(fromPdf).success).toBe(true);
  return { fromHtml, fromPdf };
}

const ids = (items: { id: string }[]): string[] => items.map((i) => i.id).sort();
const claimKeys = (r: PageReport): string[] =>
  r.claims.map((c) => `${c.kind} ${c.productId ?? '-'} ${c.verdict} ${c.text}`);
const verdictSet = (r: PageReport): string[] =>
  [...new Set(r.claims.map((c) => `${c.kind} ${c.productId ?? '-'} ${c.verdict}`))].sort();

describe('a PDF of a page gives what the page gives', () => {
  it.each([
    ['two-column', 'fixtures/pdf/src/two-column.html'],
    ['table', 'fixtures/pdf/src/table.html'],
  ])('%s: the same products and the same claims, word for word', async (name, html) => {
    const { fromHtml, fromPdf } = await reports(name, html);
    expect(fromHtml.claims.length).toBeGreaterThan(2);
    expect(ids(fromPdf.products)).toEqual(ids(fromHtml.products));
    expect(claimKeys(fromPdf)).toEqual(claimKeys(fromHtml));
    expect(fromPdf.title).toBe(fromHtml.title);
  });

  it.each(['label--yescarta-prescribing-information', 'maker--kymriah-hcp-efficacy'])(
    '%s: the same products, targets and verdicts',
    async (name) => {
      const { fromHtml, fromPdf } = await reports(name, `fixtures/pages/${name}.html`);
      expect(ids(fromPdf.products)).toEqual(ids(fromHtml.products));
      expect(ids(fromPdf.targets)).toEqual(ids(fromHtml.targets));
      expect(verdictSet(fromPdf)).toEqual(verdictSet(fromHtml));
      // The PDF's own title (Chromium copies the page's <title>).
      expect(fromPdf.title).toBe(fromHtml.title);
    },
  );

  it('clinic--lymphoma-car-t-program: the same products and targets; only the joined table rows differ', async () => {
    const name = 'clinic--lymphoma-car-t-program';
    const { fromHtml, fromPdf } = await reports(name, `fixtures/pages/${name}.html`);
    expect(ids(fromPdf.products)).toEqual(ids(fromHtml.products));
    expect(ids(fromPdf.targets)).toEqual(ids(fromHtml.targets));
    const htmlVerdicts = new Set(verdictSet(fromHtml));
    const extra = fromPdf.claims.filter(
      (c) => !htmlVerdicts.has(`${c.kind} ${c.productId ?? '-'} ${c.verdict}`),
    );
    expect(extra.length).toBeGreaterThan(0);
    for (const claim of extra)
      expect(claim.text).toMatch(/^(Yescarta|Breyanzi) CD19 LBCL \(2nd line\+\).* ORR \d+%/);
  });
});
