// Analysis time in real Firefox through the toolbar flow: a one-sentence page, a typical clinic
// page and a ~1 MB page. Times go to test-results/perf-firefox.json for the README; the test asserts
// only that each analysis completes whole and its report validates (timings on a shared machine are
// not a pass/fail signal).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateClinicPage } from '../../bench/generate';
import { isExtractionCutNote } from '../../lib/extract';
import { AnalyzeResult } from '../../lib/messages';
import { MAX_CLAIMS } from '../../lib/report';
import { median } from '../hardening/e2e-flow';
import { testPath } from '../helpers/dom';
import { POPUP_SETTLED } from './flow';
import {
  ARTIFACTS_DIR,
  clickToolbarButton,
  openServedPage,
  startFirefoxE2e,
  stopFirefoxE2e,
  type FirefoxE2e,
  type Popup,
} from './harness';

const LARGE = 'large-1mb.html';
const TYPICAL = 'seed--cancerfax-gene-therapy-leukemia.html';
/** A page with one sentence: what injecting and starting the content script costs by itself. */
const TINY = 'tiny.html';

let dir: string;
let env: FirefoxE2e;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'therapylens-perf-firefox-'));
  writeFileSync(join(dir, LARGE), generateClinicPage(1024 * 1024, 42));
  writeFileSync(
    join(dir, TINY),
    '<!DOCTYPE html><html><head><title>Tiny</title></head><body><p>Hello.</p></body></html>',
  );
  env = await startFirefoxE2e([dir, testPath('fixtures', 'pages')]);
});
afterAll(async () => {
  await stopFirefoxE2e(env);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Runs {
  result: unknown;
  analyzeMs: number[];
  baselineMs: number[];
}

/** Runs the shipped content script `runs` times in the popup's tab, as the popup itself does. */
function runContentScript(popup: Popup, runs: number): Promise<Runs> {
  return popup.evaluateSlow<Runs>(
    `(async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const target = { tabId: tab.id };
      const analyzeMs = [];
      const baselineMs = [];
      let result;
      for (let i = 0; i < ${runs}; i++) {
        let t = performance.now();
        await browser.scripting.executeScript({ target, func: () => 1 });
        baselineMs.push(performance.now() - t);
        t = performance.now();
        const [first] = await browser.scripting.executeScript({ target, files: ['/content-scripts/analyze.js'] });
        analyzeMs.push(performance.now() - t);
        result = first && first.result;
      }
      return { result, analyzeMs, baselineMs };
    })()`,
    120_000,
  );
}

async function measure(file: string, runs: number, minWords: number, minClaims: number) {
  const page = await openServedPage(env, file);
  const started = Date.now();
  const popup = await clickToolbarButton(env.ff, page);
  await popup.waitFor(POPUP_SETTLED, 80_000);
  const clickToReportMs = Date.now() - started;

  const out = await runContentScript(popup, runs);
  const parsed = AnalyzeResult.safeParse(out.result);
  expect(parsed.success).toBe(true);
  if (!parsed.success || !parsed.data.ok)
    throw new Error(`analysis failed: ${JSON.stringify(out.result).slice(0, 300)}`);
  const report = parsed.data.report;
  // The whole page is read (no extraction-budget note); the claim cap may still apply.
  expect(report.notes.filter(isExtractionCutNote)).toEqual([]);
  expect(report.claims.length).toBeLessThanOrEqual(MAX_CLAIMS);
  expect(report.wordCount).toBeGreaterThanOrEqual(minWords);
  expect(report.claims.length).toBeGreaterThanOrEqual(minClaims);
  await page.close();
  const source = file === TYPICAL ? testPath('fixtures', 'pages', file) : join(dir, file);
  return {
    page: file,
    pageKB: Math.round((readFileSync(source).length / 1024) * 10) / 10,
    clickToReportMs,
    contentScriptRunsMs: out.analyzeMs.map(Math.round),
    injectionBaselineMs: out.baselineMs.map(Math.round),
    medianContentScriptMs: Math.round(median(out.analyzeMs)),
    reportKB: Math.round(JSON.stringify(report).length / 1024),
    wordCount: report.wordCount,
    claims: report.claims.length,
    products: report.products.length,
  };
}

const results: Awaited<ReturnType<typeof measure>>[] = [];

describe('analysis time in Firefox', () => {
  it('a one-sentence page: the content script starts and its report validates', async () => {
    results.push(await measure(TINY, 5, 1, 0));
  });

  it('a typical clinic page is analyzed through the toolbar flow and its report validates', async () => {
    results.push(await measure(TYPICAL, 5, 500, 1));
  });

  it('a ~1 MB clinic page is analyzed through the toolbar flow and its report validates', async () => {
    results.push(await measure(LARGE, 2, 50_000, 1));
  });

  afterAll(() => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'perf-firefox.json'), `${JSON.stringify(results, null, 2)}\n`);
    for (const r of results) console.log(`perf (Firefox): ${JSON.stringify(r)}`);
  });
});
