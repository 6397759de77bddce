import { describe, expect, test } from 'vitest';
import { excerptToHtml, parseExcerpt } from '../../cli/eval/excerpt';
import { loadDocument } from '../../cli/eval/load';

const TEXT = [
  'URL: https://example.test/car-t',
  'LANG: es',
  'KIND: clinic',
  '---',
  'Terapia CAR-T <script>alert(1)</script>',
  '',
  '- Kymriah: leucemia',
  '- Yescarta: linfoma',
  'Producto | Diana | Aprobación',
  'Kymriah | CD19 | 2017',
  'Un párrafo final.',
].join('\n');

describe('real-page excerpts', () => {
  test('header lines become url, lang and kind; blank lines are dropped', () => {
    const e = parseExcerpt(TEXT);
    expect(e.url).toBe('https://example.test/car-t');
    expect(e.lang).toBe('es');
    expect(e.kind).toBe('clinic');
    expect(e.lines).toHaveLength(6);
  });

  test('each line is one block: list items, table rows with cells, paragraphs; text stays text', () => {
    const doc = loadDocument(excerptToHtml(parseExcerpt(TEXT)));
    expect(doc.documentElement.getAttribute('lang')).toBe('es');
    expect([...doc.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Kymriah: leucemia',
      'Yescarta: linfoma',
    ]);
    expect([...doc.querySelectorAll('tr')].map((tr) => tr.querySelectorAll('td').length)).toEqual([3, 3]);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('p')?.textContent).toBe('Terapia CAR-T <script>alert(1)</script>');
  });
});
