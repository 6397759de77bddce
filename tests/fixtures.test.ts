// The fixture corpus is the spec: every saved page in tests/fixtures/pages must come out of the
// engine with exactly the hand-labeled products and targets, and every labeled claim found with
// its labeled verdict (tests/expected/<name>.json; written by hand, never from engine output).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzePage } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import { PageReport } from '../lib/schema';
import { prettifyError } from '../lib/zod';
import { listPageNames } from '../cli/eval/corpus';
import { parseExpected, type ExpectedPage } from '../cli/eval/expected';
import { scorePage } from '../cli/eval/score';
import { FIXED_NOW, parseDocument, readFixture, testPath } from './helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../lib/match/multilingual/all';

const names = listPageNames(testPath('fixtures', 'pages'));

function loadExpected(name: string): ExpectedPage {
  const path = testPath('expected', `${name}.json`);
  if (!existsSync(path)) throw new Error(`tests/expected/${name}.json is missing: label the page by hand`);
  const parsed = parseExpected(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`tests/expected/${name}.json is malformed:\n${parsed.error}`);
  return parsed.value;
}

const reports = new Map<string, PageReport>();
function reportFor(name: string, url: string): PageReport {
  let report = reports.get(name);
  if (!report) {
    const doc = parseDocument(readFixture('pages', `${name}.html`));
    report = analyzePage(doc, {
      url,
      dataset: bundledDataset,
      languages: ALL_LANGUAGE_PACKS,
      now: FIXED_NOW,
    });
    reports.set(name, report);
  }
  return report;
}

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

describe('fixture pages', () => {
  test('the corpus is discovered', () => {
    expect(names.length).toBeGreaterThanOrEqual(32);
  });

  test.each(names)('%s', (name) => {
    const expected = loadExpected(name);
    const report = reportFor(name, expected.url);

    const valid = PageReport.safeParse(report);
    expect(valid.success, valid.success ? '' : prettifyError(valid.error)).toBe(true);
    expect(sorted(report.products.map((p) => p.id)), 'products').toEqual(sorted(expected.products));
    expect(sorted(report.targets.map((t) => t.id)), 'targets').toEqual(sorted(expected.targets));

    const wrong = scorePage(name, expected, report)
      .outcomes.filter(
        (o) => o.status !== 'right' && !(o.expected.knownGap && o.got?.verdict === 'unverified'),
      )
      .map((o) => {
        const e = o.expected;
        const got = o.got
          ? `got ${o.got.verdict}: ${o.got.explanation}`
          : `missed${o.near.length ? ` (seen as ${o.near.join(', ')})` : ''}`;
        return `[${e.kind} ${e.productId ?? '-'}] "${e.quote}" want ${e.verdict}, ${got}`;
      });
    expect(wrong, 'claims').toEqual([]);
    // Every claim the engine reports is pinned: a labelled claim or a labelled non-claim.
    const unlabeled = scorePage(name, expected, report).unlabeled.map(
      (c) => `${c.kind}/${c.productId ?? 'no product'} (${c.verdict}) «${c.matched}» in "${c.text}"`,
    );
    expect(unlabeled, 'reported claims no label covers: label them by hand (claims or notClaims)').toEqual(
      [],
    );
  });

  const nonePages = names.filter((n) => n.startsWith('none--'));

  test('there are pages that must yield nothing', () => {
    expect(nonePages.length).toBeGreaterThanOrEqual(6);
  });

  test.each(nonePages)('%s yields no product and no claim except marketing', (name) => {
    const report = reportFor(name, loadExpected(name).url);
    expect(report.products.map((p) => p.id)).toEqual([]);
    expect(report.claims.filter((c) => c.kind !== 'marketing').map((c) => `${c.kind}: ${c.text}`)).toEqual(
      [],
    );
  });
});
