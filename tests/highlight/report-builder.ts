// Small PageReports for highlight tests: only the fields the highlighter reads vary.
import type { Claim, PageReport } from '../../lib/schema';
import { FIXED_NOW } from '../helpers/dom';
import { withOverrides, type ClaimOverrides } from '../helpers/frames';

export function claim(id: string, text: string, matched: string, extra: ClaimOverrides = {}): Claim {
  const base: Claim = {
    id,
    kind: 'response',
    ruleId: 'response',
    productId: 'tisagenlecleucel',
    attribution: 'sentence',
    text,
    matched,
    position: { block: 0, start: 0, end: text.length },
    section: 'main',
    details: { metric: 'CR/CRi', value: 83, comparator: '=' },
    verdict: 'consistent',
    explanation: 'matches the FDA label',
    reference: null,
    compared: [],
  };
  return withOverrides(base, extra);
}

export function report(mentionTexts: string[], claims: Claim[]): PageReport {
  return {
    version: 2,
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
