// The engine's size budget: a page past maxElements / maxChars comes back partial, with a note
// saying so, and still validates. (The 100,000-node page with default options is in
// tests/fuzz/extremes.test.ts, in its own process.)
import { describe, expect, it } from 'vitest';
import { generateClinicPage } from '../../bench/generate';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { PageReport } from '../../lib/schema';
import { FIXED_NOW, parseDocument } from '../helpers/dom';
import { isExtractionCutNote } from '../../lib/extract';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

const html = generateClinicPage(100 * 1024, 11);

function analyze(budget: { maxElements?: number; maxChars?: number }) {
  const report = analyzePage(parseDocument(html), {
    url: 'https://budget.example/',
    dataset: bundledDataset,
    languages: ALL_LANGUAGE_PACKS,
    now: FIXED_NOW,
    ...budget,
  });
  expect(PageReport.safeParse(report).success).toBe(true);
  return report;
}

describe('analysis budget', () => {
  const full = analyze({});

  it('analyzes a 100 KB clinic page whole with the default budget', () => {
    // The page is read whole (no extraction-budget note); `partial` may still be set by the
    // report's claim cap, which keeps the first MAX_CLAIMS claims.
    expect(full.notes.filter(isExtractionCutNote)).toEqual([]);
    expect(full.wordCount).toBeGreaterThan(5_000);
    expect(full.claims.length).toBeGreaterThan(0);
  });

  it('stops at maxElements, marks the report partial and says where', () => {
    const cut = analyze({ maxElements: 200 });
    expect(cut.partial).toBe(true);
    expect(cut.notes.join(' ')).toMatch(/200/);
    expect(cut.wordCount).toBeLessThan(full.wordCount);
  });

  it('stops at maxChars, marks the report partial and says where', () => {
    const cut = analyze({ maxChars: 5_000 });
    expect(cut.partial).toBe(true);
    expect(cut.notes.join(' ')).toMatch(/5,?000/);
    // Words are counted from the text kept: ~5,000 characters is well under 2,000 words.
    expect(cut.wordCount).toBeLessThan(2_000);
  });
});

describe('documents without a root element', () => {
  // linkedom parses bare text into a document with no <html>; the CLI can meet one (a .txt file).
  it('yields a report with a plain-language note, not a raw exception message', () => {
    const report = analyzePage(parseDocument('Kymriah achieved 83% complete remission.'), {
      url: 'file:///notes.txt',
      dataset: bundledDataset,
      languages: ALL_LANGUAGE_PACKS,
      now: FIXED_NOW,
    });
    expect(PageReport.safeParse(report).success).toBe(true);
    expect(report.notes.join(' ')).not.toMatch(/TypeError|Cannot destructure|undefined|is null/);
  });
});
