// @vitest-environment happy-dom
// Checking a selection: the request is taken once, and the analyzed document holds only the page
// title and the selected text, as text.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import {
  leaveSelectionRequest,
  SELECTION_REQUEST,
  selectionDocument,
  takeSelectionRequest,
} from '../../utils/selection-request';
import { FIXED_NOW } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

describe('selection request', () => {
  it('is taken once, and blank text is no request', () => {
    const scope = {};
    leaveSelectionRequest.call(null, SELECTION_REQUEST, 'x');
    expect(takeSelectionRequest()).toBe('x');
    expect(takeSelectionRequest()).toBeNull();
    (scope as Record<symbol, unknown>)[Symbol.for(SELECTION_REQUEST)] = '   ';
    expect(takeSelectionRequest(scope)).toBeNull();
  });
});

describe('selectionDocument', () => {
  it('holds the title and the selected lines as text, and the analysis reads only them', () => {
    document.title = 'Kymriah CAR-T in China';
    document.body.textContent = 'Kymriah cures every leukaemia. Abecma is approved for lupus.';
    const selected = 'Kymriah is approved for AML in adults.\n<img src=x onerror=alert(1)>';
    const doc = selectionDocument(document, selected);
    expect(doc.querySelector('img')).toBeNull();
    expect([...doc.body.children].map((e) => e.textContent)).toEqual([
      'Kymriah CAR-T in China',
      'Kymriah is approved for AML in adults.',
      '<img src=x onerror=alert(1)>',
    ]);
    const report = analyzePage(doc, {
      url: 'https://clinic.example/',
      dataset: bundledDataset,
      languages: ALL_LANGUAGE_PACKS,
      now: FIXED_NOW,
    });
    expect(report.claims.length).toBeGreaterThan(0);
    for (const claim of report.claims) expect(claim.text).not.toMatch(/lupus|cures every/);
    // The live page is untouched.
    expect(document.body.textContent).toBe('Kymriah cures every leukaemia. Abecma is approved for lupus.');
  });

  it("keeps the page's declared language", () => {
    document.documentElement.setAttribute('lang', 'de-CH');
    try {
      expect(
        selectionDocument(document, 'Breyanzi ist zugelassen.').documentElement.getAttribute('lang'),
      ).toBe('de-CH');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
    expect(selectionDocument(document, 'x').documentElement.hasAttribute('lang')).toBe(false);
  });
});
