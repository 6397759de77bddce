// Very large pages: the report keeps the first MAX_CLAIMS claims in reading order and the first
// MAX_MENTIONS mentions of each finding, marks itself partial and says what it left out, so the
// popup can cache, save and render it.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { MAX_CLAIMS, MAX_MENTIONS } from '../../lib/report';
import { PageReport } from '../../lib/schema';
import { FIXED_NOW, parseDocument } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

const opts = {
  url: 'https://registry.test/updates',
  dataset: bundledDataset,
  languages: ALL_LANGUAGE_PACKS,
  now: FIXED_NOW,
};

/** A page of `n` numbered paragraphs, each with the same few claims. */
function page(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    rows.push(
      `<p>Update ${i}: Kymriah achieved an overall response rate of 52% in JULIET, and Yescarta was approved by the FDA in October 2017 for large B-cell lymphoma.</p>`,
    );
  }
  return `<html><head><title>Registry</title></head><body><main><h1>Registry updates</h1>${rows.join('')}</main></body></html>`;
}

describe('report size limits', () => {
  const perParagraph = analyzePage(parseDocument(page(1)), opts).claims.length;

  it('a small page is reported whole', () => {
    const r = analyzePage(parseDocument(page(10)), opts);
    expect(r.claims).toHaveLength(10 * perParagraph);
    expect(r.partial).toBe(false);
    expect(r.notes).toEqual([]);
  });

  it('a very large page keeps the first claims in reading order and the first mentions, and says so', () => {
    const n = 1500;
    const r = analyzePage(parseDocument(page(n)), opts);
    expect(perParagraph).toBeGreaterThan(1);
    expect(n * perParagraph).toBeGreaterThan(MAX_CLAIMS);

    expect(r.claims).toHaveLength(MAX_CLAIMS);
    expect(r.claims.map((c) => c.id)).toEqual(r.claims.map((_, k) => `c${k + 1}`));
    const blocks = r.claims.map((c) => c.position.block);
    expect(blocks).toEqual([...blocks].sort((a, b) => a - b));
    // The first claims are those of the first paragraphs, verified like any others.
    expect(r.claims[0]?.text).toContain('Update 0:');
    expect(r.claims[MAX_CLAIMS - 1]?.text).toContain(
      `Update ${Math.floor((MAX_CLAIMS - 1) / perParagraph)}:`,
    );
    expect(r.claims.every((c) => c.explanation.length > 0)).toBe(true);

    for (const f of [...r.products, ...r.targets, ...r.conditions])
      expect(f.mentions.length).toBeLessThanOrEqual(MAX_MENTIONS);
    expect(r.products.find((p) => p.id === 'tisagenlecleucel')?.mentions).toHaveLength(MAX_MENTIONS);
    expect(r.products.find((p) => p.id === 'tisagenlecleucel')?.mentions[0]?.position.block).toBeLessThan(3);

    expect(r.partial).toBe(true);
    const total = (n * perParagraph).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    expect(r.notes).toContain(
      `Showing the first ${MAX_CLAIMS} of ${total} claims found on this very large page.`,
    );
    expect(r.notes.some((note) => note.includes(`first ${MAX_MENTIONS} mentions`))).toBe(true);

    expect(PageReport.safeParse(r).success).toBe(true);
    expect(JSON.stringify(r).length).toBeLessThan(3_000_000);
  });
});
