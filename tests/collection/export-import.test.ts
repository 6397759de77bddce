import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_COLUMNS,
  MENTION_COLUMNS,
  claimsCsv,
  collectionJson,
  exportFileName,
  mentionsCsv,
} from '../../lib/collection/export';
import { parseCollectionFile, planImport } from '../../lib/collection/import';
import { makeRecord, type CollectionRecord } from '../../lib/collection/record';
import { FIXED_NOW, testPath } from '../helpers/dom';
import { claim, manyRecords, report } from './factory';

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const hostile = makeRecord(
  report({
    source: 'https://www.clinic.example/offer',
    title: 'Offer, "best" price',
    claims: [
      claim('c1'),
      claim('c2', {
        text: '=HYPERLINK("http://evil.example","click")',
        productId: null,
        reference: null,
        verdict: 'unverified',
      }),
      claim('c3', { text: '+1 555 0100\nline two', explanation: '-50% off', verdict: 'differs' }),
      claim('c4', { text: '@SUM(A1)', explanation: '\tTabbed' }),
    ],
  }),
  '2026-03-01T00:00:00.000Z',
);

describe('claims CSV', () => {
  it('has one row per claim with the documented columns, parseable by papaparse', () => {
    const rows = parseCsv(claimsCsv([hostile]));
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toHaveLength(1 + 4);
    const first = Object.fromEntries(CLAIM_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).toMatchObject({
      page_url: 'https://www.clinic.example/offer',
      site: 'clinic.example',
      title: 'Offer, "best" price',
      analyzed_at: FIXED_NOW,
      saved_at: '2026-03-01T00:00:00.000Z',
      product_id: 'tisagenlecleucel',
      product_name: 'Kymriah',
      claim_kind: 'response',
      verdict: 'consistent',
      explanation: 'matches the FDA label: 83% remission, ELIANA, n=63',
      reference_label: 'FDA label: 83% remission, ELIANA, n=63',
      reference_source_url: 'https://www.fda.gov/media/107296/download',
      attribution: 'sentence',
      dataset_version: '1.0.0',
    });
  });

  it('neutralizes spreadsheet formulas, including in multi-line cells', () => {
    const rows = parseCsv(claimsCsv([hostile]));
    const text = CLAIM_COLUMNS.indexOf('text');
    const explanation = CLAIM_COLUMNS.indexOf('explanation');
    expect(rows[2]![text]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[3]![text]).toBe(`'+1 555 0100\nline two`);
    expect(rows[3]![explanation]).toBe(`'-50% off`);
    expect(rows[4]![text]).toBe(`'@SUM(A1)`);
    expect(rows[4]![explanation]).toBe(`'\tTabbed`);
    // Ordinary text is untouched.
    expect(rows[1]![text]).toBe('Kymriah achieved 83% remission in children with leukemia.');
  });

  it('writes a BOM only when asked, and CLI items without savedAt leave it empty', () => {
    expect(claimsCsv([hostile], { bom: true }).startsWith('\uFEFF')).toBe(true);
    const plain = claimsCsv([{ report: hostile.report }]);
    expect(plain.startsWith('\uFEFF')).toBe(false);
    expect(parseCsv(plain)[1]![CLAIM_COLUMNS.indexOf('saved_at')]).toBe('');
  });

  it('file paths (CLI input) have no site', () => {
    const rows = parseCsv(claimsCsv([{ report: report({ source: 'pages/a.html' }) }]));
    expect(rows[1]![CLAIM_COLUMNS.indexOf('site')]).toBe('');
  });
});

describe('mentions CSV', () => {
  it('has one row per product mention', () => {
    const r = report({
      products: [
        {
          id: 'tisagenlecleucel',
          name: 'Kymriah',
          status: 'approved',
          mentions: [
            { text: 'Kymriah', position: { block: 0, start: 0, end: 7 }, section: 'main', via: 'brand' },
            {
              text: 'tisa-cel',
              position: { block: 3, start: 4, end: 12 },
              section: 'outside',
              via: 'abbreviation',
            },
          ],
        },
        {
          id: 'be-car7',
          name: 'BE-CAR7',
          status: 'investigational',
          mentions: [
            { text: '-BE-CAR7', position: { block: 1, start: 0, end: 8 }, section: 'main', via: 'code' },
          ],
        },
      ],
    });
    const rows = parseCsv(mentionsCsv([makeRecord(r, FIXED_NOW)]));
    expect(rows[0]).toEqual([...MENTION_COLUMNS]);
    expect(rows.slice(1).map((row) => [row[4], row[6], row[7], row[8]])).toEqual([
      ['tisagenlecleucel', 'approved', 'Kymriah', 'main'],
      ['tisagenlecleucel', 'approved', 'tisa-cel', 'outside'],
      ['be-car7', 'investigational', "'-BE-CAR7", 'main'],
    ]);
  });
});

describe('JSON export and import', () => {
  const records = [
    ...manyRecords(5),
    makeRecord(JSON.parse(JSON.stringify(hostile.report)), hostile.savedAt),
  ];

  it('round-trips byte-identically (export → import → export)', () => {
    const first = collectionJson(records, FIXED_NOW);
    const parsed = parseCollectionFile(first);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.skipped).toEqual([]);
    expect(parsed.records).toHaveLength(records.length);
    expect(collectionJson(parsed.records, FIXED_NOW)).toBe(first);
    // Lossless: the records come back deep-equal.
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const r of parsed.records) expect(r).toEqual(byId.get(r.id));
  });

  it('is independent of input order and key order, sorted by savedAt then id', () => {
    const shuffled = [...records].reverse().map((r) => reverseKeys(r) as CollectionRecord);
    const text = collectionJson(shuffled, FIXED_NOW);
    expect(text).toBe(collectionJson(records, FIXED_NOW));
    const envelope = JSON.parse(text) as {
      format: string;
      version: number;
      exportedAt: string;
      records: CollectionRecord[];
    };
    expect(Object.keys(envelope)).toEqual(['format', 'version', 'exportedAt', 'records']);
    expect(envelope.format).toBe('therapylens-collection');
    const order = envelope.records.map((r) => `${r.savedAt}|${r.id}`);
    expect(order).toEqual([...order].sort());
  });

  it('an empty collection exports a valid file', () => {
    const parsed = parseCollectionFile(collectionJson([], FIXED_NOW));
    expect(parsed).toEqual({ ok: true, records: [], skipped: [], duplicatesInFile: 0 });
  });

  it('rejects malformed JSON, foreign files and newer formats with a clear error', () => {
    const cases: [string, RegExp][] = [
      ['{"format": "therapylens-collection", ', /not valid JSON/],
      ['[1,2,3]', /not a TherapyLens collection file/],
      ['{"name":"some other app","records":[]}', /not a TherapyLens collection file/],
      ['{"format":"therapylens-collection","version":2,"records":[]}', /newer TherapyLens/],
      ['{"format":"therapylens-collection","version":"1","records":[]}', /no valid version/],
      ['{"format":"therapylens-collection","version":1,"records":{}}', /no list of records/],
      ['', /not valid JSON/],
    ];
    for (const [text, message] of cases) {
      const result = parseCollectionFile(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(message);
        expect(result.error).toMatch(/Nothing was imported/);
      }
    }
  });

  it('migrates v0 records, skips bad and future ones with reasons, merges duplicates', () => {
    const v0 = JSON.parse(readFileSync(testPath('collection', 'records', 'v0.json'), 'utf8')) as unknown;
    const v1 = JSON.parse(
      readFileSync(testPath('collection', 'records', 'v1.json'), 'utf8'),
    ) as CollectionRecord;
    const earlierCopy = { ...v1, savedAt: '2026-01-01T00:00:00.000Z' };
    const file = JSON.stringify({
      format: 'therapylens-collection',
      version: 1,
      exportedAt: FIXED_NOW,
      records: [v0, v1, { recordVersion: 9, id: 'x' }, 'garbage', earlierCopy],
    });
    const result = parseCollectionFile('\uFEFF' + file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toHaveLength(2);
    expect(result.duplicatesInFile).toBe(1);
    expect(result.records.find((r) => r.id === v1.id)?.savedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(result.skipped.map((s) => s.index)).toEqual([2, 3]);
    expect(result.skipped[0]!.reason).toMatch(/newer/);
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('planImport', () => {
  it('counts added and merged, and rewrites an existing record only for an earlier save', () => {
    const [a, b, c] = manyRecords(3);
    const existing = new Map([
      [a!.id, a!],
      [b!.id, b!],
    ]);
    const earlierB = { ...b!, savedAt: '2000-01-01T00:00:00.000Z' };
    const laterA = { ...a!, savedAt: '2099-01-01T00:00:00.000Z' };
    const plan = planImport(existing, [laterA, earlierB, c!, c!]);
    expect(plan.added).toBe(1);
    expect(plan.merged).toBe(3);
    expect(plan.newIds).toEqual([c!.id]);
    expect(plan.toWrite.map((r) => r.id).sort()).toEqual([b!.id, c!.id].sort());
    expect(plan.toWrite.find((r) => r.id === b!.id)?.savedAt).toBe('2000-01-01T00:00:00.000Z');
  });
});

describe('exportFileName', () => {
  it('names files by kind and day', () => {
    expect(exportFileName('claims', FIXED_NOW)).toBe('therapylens-claims-2026-11-21.csv');
    expect(exportFileName('collection', FIXED_NOW)).toBe('therapylens-collection-2026-11-21.json');
  });
});
