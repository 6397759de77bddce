import { describe, expect, it } from 'vitest';
import { analyzeExtracted, analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Extracted } from '../../lib/extract/types';
import { PageReport } from '../../lib/schema';
import { FIXED_NOW, parseDocument, readFixture } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

const opts = {
  url: 'https://example.test/page',
  dataset: bundledDataset,
  languages: ALL_LANGUAGE_PACKS,
  now: FIXED_NOW,
};

describe('analyzePage', () => {
  it('builds a valid, deterministic report and leaves the document untouched', () => {
    const html = readFixture('pages', 'clinic--lymphoma-car-t-program.html');
    const doc = parseDocument(html);
    const before = doc.documentElement.outerHTML;
    const a = analyzePage(doc, opts);
    expect(doc.documentElement.outerHTML).toBe(before);
    const b = analyzePage(parseDocument(html), opts);
    expect(b).toEqual(a);
    const parsed = PageReport.safeParse(a);
    expect(parsed.success).toBe(true);
    expect(a).toMatchObject({
      version: 2,
      source: opts.url,
      analyzedAt: FIXED_NOW,
      datasetVersion: bundledDataset.meta.version,
      datasetAsOf: bundledDataset.meta.asOf,
    });
    expect(a.claims.map((c) => c.id)).toEqual(a.claims.map((_, k) => `c${k + 1}`));
    expect(a.products[0]?.mentions[0]).toMatchObject({ via: expect.any(String), section: 'main' });
  });

  it.each([
    ['an empty document', '<html></html>'],
    ['only scripts', '<html><body><script>var x = "Kymriah 83%";</script></body></html>'],
    ['deep nesting', `<html><body>${'<div>'.repeat(3000)}Kymriah${'</div>'.repeat(3000)}</body></html>`],
    [
      'control and odd characters',
      '<html><body><p>\u0000\uFFFF\uD800 Kymriah \u202E 83% \u00AD remission</p></body></html>',
    ],
    [
      'a huge table cell',
      `<html><body><table><tr><th>ORR</th></tr><tr><td>${'9'.repeat(50000)}%</td></tr></table></body></html>`,
    ],
  ])('never throws on %s', (_name, html) => {
    const r = analyzePage(parseDocument(html), opts);
    expect(PageReport.safeParse(r).success).toBe(true);
  });

  it('finds nothing in pages that only share words with the domain', () => {
    for (const name of [
      'none--cancer-horoscope',
      'none--charity-fun-run',
      'none--mammogram-advice',
      'none--sickle-cell-gene-therapy',
      'none--eliana-restaurant',
    ]) {
      const r = analyzePage(parseDocument(readFixture('pages', `${name}.html`)), opts);
      expect({ name, products: r.products, trials: r.trials }).toEqual({ name, products: [], trials: [] });
      expect(r.claims.filter((c) => c.productId !== null)).toEqual([]);
    }
  });
});

describe('analyzeExtracted', () => {
  const extracted: Extracted = {
    title: 'T',
    readable: false,
    truncated: true,
    notes: ['Stopped after 10 elements.'],
    blocks: [
      { index: 0, kind: 'heading', text: 'Abecma', section: 'main', headings: [] },
      {
        index: 1,
        kind: 'paragraph',
        text: 'Abecma, a CD19 CAR-T, is approved by the FDA.',
        section: 'outside',
        headings: ['Abecma'],
      },
    ],
  };

  it('carries the budget notes, the fallback flag and counts words in every block', () => {
    const r = analyzeExtracted(extracted, opts);
    expect(r).toMatchObject({
      title: 'T',
      partial: true,
      fallbackText: true,
      notes: ['Stopped after 10 elements.'],
      wordCount: 10,
    });
    expect(r.targets).toEqual([
      {
        id: 'CD19',
        label: 'CD19',
        mentions: [
          { text: 'CD19', position: { block: 1, start: 10, end: 14 }, section: 'outside', via: 'label' },
        ],
      },
    ]);
    expect(r.regulators).toEqual(['FDA']);
    const target = r.claims.find((c) => c.kind === 'target')!;
    expect(target).toMatchObject({
      verdict: 'differs',
      section: 'outside',
      productId: 'idecabtagene-vicleucel',
    });
  });

  it('turns a failing stage into a partial report with a note', () => {
    const broken = {
      ...extracted,
      blocks: [{ ...extracted.blocks[0]!, text: undefined as unknown as string }],
    };
    const r = analyzeExtracted(broken, opts);
    expect(r.partial).toBe(true);
    expect(r.notes[0]).toMatch(/^Analysis stopped/);
    expect(PageReport.safeParse(r).success).toBe(true);
  });
});
