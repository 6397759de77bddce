// Small PageReports for highlight tests: only the fields the highlighter reads vary.
import type { Claim, PageReport } from '../../lib/schema';
import { FIXED_NOW } from '../helpers/dom';

export function claim(id: string, text: string, matched: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    kind: 'response',
    ruleId: 'response-rate',
    productId: 'tisagenlecleucel',
    attribution: 'sentence',
    text,
    matched,
    position: { block: 0, start: 0, end: text.length },
    section: 'main',
    details: {},
    verdict: 'consistent',
    explanation: 'matches the FDA label',
    reference: null,
    compared: [],
    ...extra,
  };
}

export function report(mentionTexts: string[], claims: Claim[]): PageReport {
  return {
    version: 1,
    source: 'https://clinic.example/car-t',
    title: 'CAR-T at our clinic',
    analyzedAt: FIXED_NOW,
    datasetVersion: '1.0.0',
    datasetAsOf: '2026-08-11',
    wordCount: 100,
    partial: false,
    fallbackText: false,
    notes: [],
    products: [
      {
        id: 'tisagenlecleucel',
        name: 'Kymriah',
        status: 'approved',
        mentions: mentionTexts.map((text) => ({
          text,
          position: { block: 0, start: 0, end: text.length },
          section: 'main' as const,
          via: 'brand',
        })),
      },
    ],
    targets: [],
    conditions: [],
    regulators: [],
    trials: [],
    claims,
  };
}
