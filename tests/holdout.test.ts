// Regression guard on the held-out corpus (tests/holdout: pages + hand labels, scored like
// `npx tsx cli/eval.ts --corpus tests/holdout`). It is not a spec of exact outputs like
// tests/fixtures.test.ts: it keeps the engine's overall accuracy there from sliding back.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import { readCorpus } from '../cli/eval/corpus';
import { loadDocument } from '../cli/eval/load';
import { scoreCorpus } from '../cli/eval/score';
import { FIXED_NOW, testPath } from './helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../lib/match/multilingual/all';

// This corpus was measured blind once (claim verdict accuracy 76.8%, products 100%) and then used
// for development: its misses guided general fixes, so it no longer measures unseen pages. The
// floor below was the accuracy reached after that work (100%, 211/211) minus 0.02; since the
// coverage rules (unknown is `unverified`) it stands at 0.97: four wrong statements the dataset's
// incomplete EMA/NMPA records cannot settle are now unverified, and "approved in China for
// children" is read as the NMPA's (not the FDA's, from "the price in the US" earlier in the sentence).
const VERDICT_ACCURACY_FLOOR = 0.97;
const PRODUCT_FLOOR = 0.98;

describe('held-out corpus', () => {
  const corpus = readCorpus({
    pagesDir: testPath('holdout', 'pages'),
    expectedDir: testPath('holdout', 'expected'),
  });
  const metrics = scoreCorpus(
    corpus.pages.map((page) => ({
      name: page.name,
      expected: page.expected,
      report: analyzePage(loadDocument(page.html), {
        url: page.expected.url,
        dataset: bundledDataset,
        languages: ALL_LANGUAGE_PACKS,
        now: FIXED_NOW,
      }),
    })),
  );

  it('is well formed', () => {
    expect(corpus.problems).toEqual([]);
    expect(metrics.pages).toBeGreaterThanOrEqual(16);
  });

  it('finds the products named on the pages', () => {
    expect(metrics.products.precision).toBeGreaterThanOrEqual(PRODUCT_FLOOR);
    expect(metrics.products.recall).toBeGreaterThanOrEqual(PRODUCT_FLOOR);
  });

  it('keeps its claim verdict accuracy', () => {
    const misses = metrics.perPage.flatMap((p) =>
      p.outcomes
        .filter((o) => o.status !== 'right')
        .map(
          (o) =>
            `${p.name}: [${o.expected.kind}] "${o.expected.quote}" want ${o.expected.verdict}, got ${o.got?.verdict ?? 'nothing'}`,
        ),
    );
    expect({ accuracy: metrics.claims.accuracy >= VERDICT_ACCURACY_FLOOR, misses }).toMatchObject({
      accuracy: true,
    });
  });
});
