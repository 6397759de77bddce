import { describe, expect, test } from 'vitest';
import type { Metrics } from '../../cli/eval/score';
import { formatMetrics } from '../../cli/eval/format';

const zeroCounts = { expected: 0, found: 0, right: 0, recall: 1, accuracy: 1 };
const noErrors = {
  wrong: 0,
  caught: 0,
  caughtRate: 1,
  falseAlarms: 0,
  falseAlarmRate: 0,
  falseReassurance: 0,
};
const zeroSlice = { ...zeroCounts, ...noErrors };
const row = { consistent: 0, differs: 0, 'not-approved': 0, unverified: 0, missed: 0 };

function metrics(): Metrics {
  return {
    pages: 1,
    products: { tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 },
    targets: { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 },
    claims: { expected: 2, found: 1, right: 1, recall: 0.5, accuracy: 0.5 },
    errors: { wrong: 1, caught: 0, caughtRate: 0, falseAlarms: 0, falseAlarmRate: 0, falseReassurance: 0 },
    byKind: {
      response: { ...zeroSlice },
      approval: { ...zeroSlice },
      indication: { ...zeroSlice },
      target: { ...zeroSlice },
      marketing: { ...zeroSlice },
    },
    byLang: { en: { ...zeroSlice, expected: 2, found: 1, right: 1, recall: 0.5, accuracy: 0.5, wrong: 1 } },
    unlabeledAccusing: 0,
    byVerdict: {
      consistent: { ...zeroCounts },
      differs: { ...zeroCounts },
      'not-approved': { ...zeroCounts },
      unverified: { ...zeroCounts },
    },
    confusion: {
      consistent: { ...row, consistent: 1 },
      differs: { ...row, missed: 1 },
      'not-approved': { ...row },
      unverified: { ...row },
    },
    unlabeledClaims: 3,
    notClaimsReported: 1,
    perPage: [
      {
        name: 'planted--example',
        products: {
          tp: 1,
          fp: 1,
          fn: 0,
          precision: 0.5,
          recall: 1,
          missing: [],
          extra: ['axicabtagene-ciloleucel'],
        },
        targets: { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, missing: [], extra: [] },
        claims: { expected: 2, found: 1, right: 1, recall: 0.5, accuracy: 0.5 },
        outcomes: [
          {
            expected: {
              kind: 'response',
              productId: 'p',
              quote: 'ORR 72%',
              verdict: 'consistent',
              why: 'label 72%',
            },
            status: 'right',
            got: { id: 'c1', verdict: 'consistent', text: 'ORR 72%', explanation: 'ok' },
            near: [],
          },
          {
            expected: {
              kind: 'approval',
              productId: null,
              quote: 'approved in 2019',
              verdict: 'differs',
              why: 'FDA 2017',
            },
            status: 'missed',
            got: null,
            near: ['indication/p (consistent)'],
          },
        ],
        unlabeledClaims: 3,
        unlabeledAccusing: 0,
        notClaimsReported: 1,
        unlabeled: [],
        lang: 'en',
      },
    ],
  };
}

describe('formatMetrics', () => {
  const text = formatMetrics(metrics());

  test('prints one row per page with P/R and right/total', () => {
    expect(text).toMatch(/planted--example\s+0\.50\/1\.00\s+1\.00\/1\.00\s+1\/2\s+1\s+3/);
  });

  test('lists extras and misses under the page, but not right claims', () => {
    expect(text).toContain('extra products: axicabtagene-ciloleucel');
    expect(text).toContain(
      '[approval -] "approved in 2019": want differs, missed; seen as indication/p (consistent)',
    );
    expect(text).not.toContain('"ORR 72%"');
  });

  test('prints the totals and the confusion matrix', () => {
    expect(text).toContain('products: precision 50.0%, recall 100.0% (tp 1, fp 1, fn 0)');
    expect(text).toContain(
      'claims: verdict accuracy 50.0% (1/2), recall 50.0% (1/2), unlabeled report claims 3',
    );
    expect(text).toMatch(/differs\s+0\s+0\s+0\s+0\s+1/);
  });
});

describe('error lines', () => {
  test('prints caught, false alarms, false reassurance and the per-language rows', () => {
    const text = formatMetrics(metrics());
    expect(text).toContain('errors: wrong claims caught 0/1 (0.0%), false alarms 0 (0.0% of claims)');
    expect(text).toMatch(/by language:\n\s+en\s+right 1\/2 \(50\.0%\)/);
  });
});
