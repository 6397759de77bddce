// Small, valid PageReports and records for collection tests (built, not analyzed: these tests are
// about storage, export and querying, not the engine).
import type { Claim, PageReport, Verdict } from '../../lib/schema';
import { makeRecord, type CollectionRecord } from '../../lib/collection/record';
import { FIXED_NOW } from '../helpers/dom';
import { withOverrides, type ClaimOverrides } from '../helpers/frames';

export function claim(id: string, overrides: ClaimOverrides = {}): Claim {
  const base: Claim = {
    id,
    kind: 'response',
    ruleId: 'response',
    productId: 'tisagenlecleucel',
    attribution: 'sentence',
    text: 'Kymriah achieved 83% remission in children with leukemia.',
    matched: '83% remission',
    position: { block: 0, start: 0, end: 20 },
    section: 'main',
    details: { metric: 'CR/CRi', value: 83, comparator: '=' },
    verdict: 'consistent',
    explanation: 'matches the FDA label: 83% remission, ELIANA, n=63',
    reference: {
      kind: 'figure',
      id: 'tisagenlecleucel-eliana-label',
      productId: 'tisagenlecleucel',
      label: 'FDA label: 83% remission, ELIANA, n=63',
      source: {
        url: 'https://www.fda.gov/media/107296/download',
        title: 'KYMRIAH prescribing information',
        asOf: '2024-03',
      },
      confidence: 'confirmed',
    },
    compared: [],
  };
  return withOverrides(base, overrides);
}

export function report(overrides: Partial<PageReport> = {}): PageReport {
  return {
    version: 2,
    source: 'https://clinic.example/car-t',
    title: 'CAR-T therapy at Example Clinic',
    analyzedAt: FIXED_NOW,
    datasetVersion: '1.0.0',
    datasetAsOf: '2026-08-11',
    wordCount: 420,
    partial: false,
    fallbackText: false,
    notes: [],
    products: [
      {
        id: 'tisagenlecleucel',
        name: 'Kymriah',
        status: 'approved',
        mentions: [
          { text: 'Kymriah', position: { block: 0, start: 0, end: 7 }, section: 'main', via: 'brand' },
        ],
      },
    ],
    targets: [{ id: 'CD19', label: 'CD19', mentions: [] }],
    conditions: [],
    regulators: ['FDA'],
    trials: ['ELIANA'],
    claims: [claim('c1')],
    ...overrides,
  };
}

const VERDICTS: Verdict[] = ['consistent', 'differs', 'not-approved', 'unverified'];

/** n distinct records: varied sites, products, verdicts and days, each with `claimsPerPage` claims. */
export function manyRecords(n: number, claimsPerPage = 3): CollectionRecord[] {
  const out: CollectionRecord[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const at = `2026-0${1 + (i % 9)}-${day}T10:00:00.000Z`;
    const productId = i % 2 ? 'tisagenlecleucel' : 'axicabtagene-ciloleucel';
    const claims = Array.from({ length: claimsPerPage }, (_, j) =>
      claim(`c${j + 1}`, { productId, verdict: VERDICTS[(i + j) % 4]!, text: `Claim ${j} on page ${i}` }),
    );
    const r = report({
      source: `https://site${i % 50}.example/page-${i}`,
      title: `Page ${i}`,
      analyzedAt: at,
      products: [{ id: productId, name: i % 2 ? 'Kymriah' : 'Yescarta', status: 'approved', mentions: [] }],
      claims,
    });
    out.push(makeRecord(r, at));
  }
  return out;
}
