// Hostile and huge pages: extract must return something sensible, never throw, and stay linear.
import { describe, expect, it } from 'vitest';
import { extract, isExtractionCutNote } from '../../lib/extract';
import { parseDocument } from '../helpers/dom';
import { DOMS, page } from './helpers';

function nested(depth: number, inner: string): string {
  return page(`${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}<p>after the nest</p>`);
}

describe.each(DOMS)('extract robustness (%s)', (_name, parse) => {
  it('reads a DOM nested 20,000 deep without overflowing the stack, skipping Readability', () => {
    const result = extract(parse(nested(20_000, 'deep text')));
    expect(result.blocks.map((b) => [b.text, b.section])).toEqual([
      ['deep text', 'main'],
      ['after the nest', 'main'],
    ]);
    expect(result.readable).toBe(false);
    expect(result.notes.join(' ')).toMatch(/nested very deeply/);
  });

  it('stops at the element budget with a partial result and a note', () => {
    const items = Array.from({ length: 500 }, (_, i) => `<p>Paragraph number ${i}.</p>`).join('');
    const result = extract(parse(page(items)), { maxElements: 100 });
    expect(result.truncated).toBe(true);
    expect(result.readable).toBe(false);
    expect(result.blocks.length).toBeGreaterThan(90);
    expect(result.blocks.length).toBeLessThanOrEqual(100);
    expect(result.blocks[0]!.text).toBe('Paragraph number 0.');
    expect(result.notes).toContain('Page is very large; analyzed the first 100 elements.');
    expect(result.notes.join(' ')).toMatch(/Main-article detection was skipped/);
    // Only the budget note counts as a cut; the Readability-skipped note does not.
    expect(result.notes.filter(isExtractionCutNote)).toEqual([
      'Page is very large; analyzed the first 100 elements.',
    ]);
  });

  it('stops at the character budget, keeping the text that fits', () => {
    const items = Array.from(
      { length: 50 },
      (_, i) => `<p>${String(i).padStart(2, '0')}${'x'.repeat(98)}</p>`,
    ).join('');
    const result = extract(parse(page(items)), { maxChars: 1050 });
    expect(result.truncated).toBe(true);
    const total = result.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(total).toBe(1050);
    expect(result.blocks).toHaveLength(11);
    expect(result.blocks[10]!.text).toHaveLength(50);
    expect(result.notes).toContain('Page text is very long; analyzed the first 1,050 characters.');
    expect(result.notes.filter(isExtractionCutNote)).toEqual([
      'Page text is very long; analyzed the first 1,050 characters.',
    ]);
  });

  it('is not truncated within the default budgets', () => {
    const result = extract(parse(page('<p>small</p>')));
    expect(result.truncated).toBe(false);
  });

  it('returns an empty result with a note for empty pages, bodies and framesets', () => {
    for (const html of [
      '',
      '<html><body></body></html>',
      '<html><head><title>F</title></head><frameset><frame src="a.html"></frameset></html>',
    ]) {
      const result = extract(parse(html));
      expect(result.blocks).toEqual([]);
      expect(result.readable).toBe(false);
      expect(result.notes).toContain('No readable text was found on the page.');
    }
    const framed = extract(parse(page('<iframe src="https://example.org/claims"></iframe>')));
    expect(framed.notes.join(' ')).toMatch(/frames/);
  });

  it('survives binary garbage in text', () => {
    let garbage = '';
    for (let i = 0; i < 5000; i++) garbage += String.fromCharCode((i * 7919) % 0xd7ff);
    const doc = parse(page('<p>start</p><p id="g"></p>'));
    doc.getElementById('g')!.appendChild(doc.createTextNode(garbage));
    const result = extract(doc);
    expect(result.blocks[0]!.text).toBe('start');
    expect(result.blocks.length).toBe(2);
  });
});

describe('extract at scale (linkedom)', () => {
  it('reads a 100,000-element page up to the default budget, quickly, without Readability', () => {
    const rows = '<li><span>Item</span> <b>text</b></li>'.repeat(33_400);
    const doc = parseDocument(page(`<ul>${rows}</ul>`));
    const started = performance.now();
    const result = extract(doc);
    const elapsed = performance.now() - started;
    expect(result.truncated).toBe(true);
    expect(result.readable).toBe(false);
    // 50,000 elements: <body>, <ul>, then three per item.
    expect(result.blocks).toHaveLength(16_666);
    expect(result.blocks.every((b) => b.text === 'Item text' && b.section === 'main')).toBe(true);
    expect(result.notes).toEqual([
      'Page is very large; analyzed the first 50,000 elements.',
      'Main-article detection was skipped because the page is very large; all text was treated as main content.',
    ]);
    // Generous bound for a shared machine; a quadratic walk takes minutes here.
    expect(elapsed).toBeLessThan(5_000);
  });
});
