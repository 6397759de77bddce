// A ~1 MB clinic page, and a typical fixture page, through the real toolbar flow in Chromium.
// Times are measured and written to test-results/perf-chromium.json for the README; the test
// asserts only that the analysis completes and its report validates (timings on a shared machine
// are not a pass/fail signal).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateClinicPage } from '../../bench/generate';
import { testPath } from '../helpers/dom';
import { AnalyzeResult } from '../../lib/messages';
import { median, runContentScript, waitForReport } from '../hardening/e2e-flow';
import { MAX_CLAIMS } from '../../lib/report';
import { isExtractionCutNote } from '../../lib/extract';
import {
  ARTIFACTS_DIR,
  clickToolbarIcon,
  launchWithExtension,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const PAGE = 'large-1mb.html';
const TYPICAL = 'seed--cancerfax-gene-therapy-leukemia.html';
/** A page with one sentence: what injecting and starting the content script costs by itself. */
const TINY = 'tiny.html';
const html = generateClinicPage(1024 * 1024, 42);
let dir: string;
let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'therapylens-perf-'));
  writeFileSync(join(dir, PAGE), html);
  writeFileSync(
    join(dir, TINY),
    '<!DOCTYPE html><html><head><title>Tiny</title></head><body><p>Hello.</p></body></html>',
  );
  server = await startFixtureServer([dir, testPath('fixtures', 'pages')]);
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Readability alone on a clone of the same page, in the page's own world, for comparison. */
async function readabilityMs(page: import('playwright-core').Page, runs: number): Promise<number[]> {
  const source = readFileSync(
    createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
    'utf8',
  );
  await page.addScriptTag({
    content: `(() => { const module = { exports: {} }; ${source}\n window.__R = module.exports; })();`,
  });
  return page.evaluate((n) => {
    const R = (window as unknown as { __R: new (d: Document) => { parse(): unknown } }).__R;
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      new R(document.cloneNode(true) as Document).parse();
      out.push(performance.now() - t);
    }
    return out;
  }, runs);
}

async function measure(file: string, runs: number, minWords: number, minClaims: number) {
  const page = await ext.context.newPage();
  await page.goto(server.url(file), { waitUntil: 'load' });
  const started = Date.now();
  const popup = await clickToolbarIcon(ext, page);
  await waitForReport(popup, 80_000, minClaims > 0);
  const clickToReportMs = Date.now() - started;

  const out = await runContentScript(popup, runs);
  const parsed = AnalyzeResult.safeParse(out.result);
  expect(parsed.success).toBe(true);
  if (!parsed.success || !parsed.data.ok)
    throw new Error(`analysis failed: ${JSON.stringify(out.result).slice(0, 300)}`);
  const report = parsed.data.report;
  // The whole page is read (no extraction-budget note); on very large pages the report's claim cap
  // may still set `partial`, keeping the first MAX_CLAIMS claims.
  expect(report.notes.filter(isExtractionCutNote)).toEqual([]);
  expect(report.claims.length).toBeLessThanOrEqual(MAX_CLAIMS);
  expect(report.wordCount).toBeGreaterThanOrEqual(minWords);
  expect(report.claims.length).toBeGreaterThanOrEqual(minClaims);

  const readability = await readabilityMs(page, runs);
  await page.close();
  return {
    page: file,
    pageKB:
      Math.round(
        (readFileSync(file === TYPICAL ? testPath('fixtures', 'pages', file) : join(dir, file)).length /
          1024) *
          10,
      ) / 10,
    clickToReportMs,
    contentScriptRunsMs: out.analyzeMs.map(Math.round),
    injectionBaselineMs: out.baselineMs.map(Math.round),
    medianContentScriptMs: Math.round(median(out.analyzeMs)),
    medianReadabilityMs: Math.round(median(readability) * 10) / 10,
    ratio: Math.round((median(out.analyzeMs) / median(readability)) * 100) / 100,
    reportKB: Math.round(JSON.stringify(report).length / 1024),
    wordCount: report.wordCount,
    claims: report.claims.length,
    products: report.products.length,
  };
}

const results: Awaited<ReturnType<typeof measure>>[] = [];

describe('analysis time in Chromium', () => {
  it('a one-sentence page: the content script starts and its report validates', async () => {
    results.push(await measure(TINY, 7, 1, 0));
  });

  it('a typical clinic page is analyzed through the toolbar flow and its report validates', async () => {
    results.push(await measure(TYPICAL, 7, 500, 1));
  });

  it('a ~1 MB clinic page is analyzed through the toolbar flow and its report validates', async () => {
    results.push(await measure(PAGE, 3, 50_000, 1));
  });

  afterAll(() => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(join(ARTIFACTS_DIR, 'perf-chromium.json'), `${JSON.stringify(results, null, 2)}\n`);
    for (const r of results) console.log(`perf (Chromium): ${JSON.stringify(r)}`);
  });
});
