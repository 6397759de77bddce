import { describe, expect, it } from 'vitest';
import {
  buildRows,
  countPages,
  facets,
  filterRows,
  queryRows,
  sortRows,
  type QueryStats,
} from '../../lib/collection/query';
import { makeRecord } from '../../lib/collection/record';
import { claim, manyRecords, report } from './factory';

describe('buildRows', () => {
  it('makes one row per claim plus one per product mentioned without a claim', () => {
    const r = report({
      source: 'https://www.clinic.example/a',
      products: [
        { id: 'tisagenlecleucel', name: 'Kymriah', status: 'approved', mentions: [] },
        { id: 'be-car7', name: 'BE-CAR7', status: 'investigational', mentions: [] },
      ],
      targets: [
        { id: 'CD19', label: 'CD19', mentions: [] },
        { id: 'CD7', label: 'CD7', mentions: [] },
      ],
      claims: [
        claim('c1'),
        claim('c2', {
          ruleId: 'target',
          kind: 'target',
          details: { targetId: 'CD7' },
          productId: null,
          verdict: 'unverified',
        }),
      ],
    });
    const rows = buildRows([makeRecord(r, '2026-01-01T00:00:00.000Z')]);
    expect(rows.map((row) => [row.productName, row.target, row.verdict, row.site])).toEqual([
      ['Kymriah', 'CD19, CD7', 'consistent', 'clinic.example'],
      ['', 'CD7', 'unverified', 'clinic.example'],
      ['BE-CAR7', 'CD19, CD7', null, 'clinic.example'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });
});

describe('filterRows / sortRows', () => {
  const rows = buildRows(manyRecords(40));

  it('filters by product, verdict, site, date range and words together', () => {
    const out = filterRows(rows, {
      product: 'tisagenlecleucel',
      verdict: 'differs',
      site: 'site1.example',
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(out.length).toBeGreaterThan(0);
    for (const r of out) {
      expect(r.productId).toBe('tisagenlecleucel');
      expect(r.verdict).toBe('differs');
      expect(r.site).toBe('site1.example');
      expect(r.date >= '2026-02-01' && r.date < '2026-03-01').toBe(true);
    }
    const expected = rows.filter(
      (r) =>
        r.productId === 'tisagenlecleucel' &&
        r.verdict === 'differs' &&
        r.site === 'site1.example' &&
        r.date.startsWith('2026-02'),
    );
    expect(out).toEqual(expected);
  });

  it('text search needs every word, in any case and order', () => {
    const out = filterRows(rows, { text: 'PAGE-17  Claim' });
    expect(out.map((r) => r.title)).toEqual(['Page 17', 'Page 17', 'Page 17']);
    const loose = filterRows(rows, { text: '7 page' });
    expect(loose.map((r) => r.title)).toEqual(
      expect.arrayContaining(['Page 7', 'Page 17', 'Page 27', 'Page 37']),
    );
    for (const r of loose) expect(r.haystack).toMatch(/7/);
    expect(filterRows(rows, { text: 'kymriah yescarta' })).toEqual([]);
  });

  it('"none" selects products mentioned without a claim', () => {
    const extra = buildRows([makeRecord(report({ claims: [] }), '2026-01-01T00:00:00.000Z')]);
    expect(filterRows([...rows, ...extra], { verdict: 'none' })).toEqual(extra);
  });

  it('sorts both ways with a total order; verdicts worst first', () => {
    const asc = sortRows(rows, { key: 'verdict', direction: 'ascending' });
    expect(asc[0]!.verdict).toBe('not-approved');
    expect(asc.at(-1)!.verdict).toBe('consistent');
    const byDate = sortRows(rows, { key: 'date', direction: 'descending' });
    for (let i = 1; i < byDate.length; i++) expect(byDate[i - 1]!.date >= byDate[i]!.date).toBe(true);
    const byPage = sortRows(rows, { key: 'page', direction: 'ascending' });
    expect(sortRows([...rows].reverse(), { key: 'page', direction: 'ascending' })).toEqual(byPage);
  });

  it('facets list each product and site once', () => {
    const f = facets(rows);
    expect(f.products).toEqual([
      { id: 'tisagenlecleucel', name: 'Kymriah' },
      { id: 'axicabtagene-ciloleucel', name: 'Yescarta' },
    ]);
    expect(f.sites).toHaveLength(40);
    expect(countPages(rows)).toBe(40);
  });
});

describe('5,000 saved pages', () => {
  it('filtering and sorting stay within n log n work', () => {
    const records = manyRecords(5000, 4);
    const rows = buildRows(records);
    expect(rows).toHaveLength(20_000);
    const stats: QueryStats = { visited: 0, comparisons: 0 };
    const out = queryRows(
      rows,
      { text: 'claim', verdict: 'differs' },
      { key: 'page', direction: 'ascending' },
      stats,
    );
    expect(out).toHaveLength(5000);
    expect(stats.visited).toBe(rows.length);
    // A comparison sort needs about n·log2(n); allow a constant factor of 2 for the engine's sort.
    const n = out.length;
    expect(stats.comparisons).toBeLessThanOrEqual(2 * n * Math.ceil(Math.log2(n)));

    const sortStats: QueryStats = { visited: 0, comparisons: 0 };
    const all = sortRows(rows, { key: 'product', direction: 'descending' }, sortStats);
    expect(all).toHaveLength(rows.length);
    expect(sortStats.comparisons).toBeLessThanOrEqual(2 * rows.length * Math.ceil(Math.log2(rows.length)));
  });
});
