// The popup as a Firefox user meets it, in real Firefox ESR with the shipped build: the button in
// the toolbar with its tooltip; a click on a served fixture page shows products, verdicts and the
// disclaimer; reopening shows the cached result; highlights on and off leave the page byte-identical;
// a clicked claim is shown on the page; the panel in light and dark.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExpected, type ExpectedPage } from '../../cli/eval/expected';
import { scorePage } from '../../cli/eval/score';
import { bundledDataset } from '../../lib/dataset/bundled';
import { productById } from '../../lib/dataset/index';
import { DISCLAIMER } from '../../lib/disclaimer';
import { displayVerdict, VERDICT_DISPLAY } from '../../lib/highlight/verdict-display';
import { testPath } from '../helpers/dom';
import { POPUP_SETTLED, REPORT_READY, renderedReport, setHighlights } from './flow';
import {
  clickToolbarButton,
  openServedPage,
  setColorScheme,
  startFirefoxE2e,
  stopFirefoxE2e,
  toolbarButton,
  type FirefoxE2e,
  type Popup,
} from './harness';

let env: FirefoxE2e;

beforeAll(async () => (env = await startFirefoxE2e()));
afterAll(() => stopFirefoxE2e(env));

function expectedFor(name: string): ExpectedPage {
  const parsed = parseExpected(readFileSync(testPath('expected', `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

async function openPopup(name: string): Promise<{ page: Page; popup: Popup }> {
  const page = await openServedPage(env, `${name}.html`);
  const popup = await clickToolbarButton(env.ff, page);
  await popup.waitFor(POPUP_SETTLED, 30_000);
  return { page, popup };
}

const pageHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const pageMarks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('mark[data-therapylens]')].map((m) => m.textContent ?? ''),
  );

describe('the toolbar button', () => {
  it('sits in the toolbar, not the Extensions menu, and says what a click does', async () => {
    expect(await toolbarButton(env.ff)).toEqual({
      area: 'nav-bar',
      inToolbar: true,
      tooltip: 'TherapyLens: check this page',
    });
  });
});

// Pages whose labels the engine is held to (tests/fixtures.test.ts); here the same labels must be
// visible in the popup of real Firefox.
const LABELED = [
  'seed--advanced-medicine-china-car-t-leukemia',
  'tourism--china-car-t-packages',
  'planted--miracle-car-t-clinic',
];

describe('popup on fixture pages', () => {
  it.each(LABELED)('%s: shows the labeled products and verdicts, and the disclaimer', async (name) => {
    const expected = expectedFor(name);
    const { page, popup } = await openPopup(name);
    const report = await renderedReport(popup, page.url());

    // The popup shows exactly the report: every product by its brand, one badge per claim.
    const therapies = await popup.withRole<string>('region', 'Therapies on this page', 'el.textContent');
    for (const p of report.products) {
      expect(therapies).toContain(productById(bundledDataset, p.id)?.names.brands[0]?.name ?? p.name);
    }
    // One card per quoted statement, holding the verdict badge of each of its claims.
    const cards = await popup.evaluate<{ ids: string[]; badges: string[] }[]>(
      `[...document.querySelectorAll('li.claim')].map((li) => ({ ids: li.dataset.claimIds.split(' '), badges: [...li.querySelectorAll('[aria-label^="Verdict: "]')].map((b) => b.getAttribute('aria-label')) }))`,
    );
    expect(cards.flatMap((c) => c.ids).sort()).toEqual(report.claims.map((c) => c.id).sort());
    for (const claim of report.claims)
      expect(cards.find((c) => c.ids.includes(claim.id))?.badges, claim.id).toContain(
        `Verdict: ${VERDICT_DISPLAY[displayVerdict(claim)].label}`,
      );

    // And the report Firefox produced carries the hand labels.
    expect([...report.products.map((p) => p.id)].sort(), 'products').toEqual([...expected.products].sort());
    const wrong = scorePage(name, expected, report)
      .outcomes.filter((o) => o.status !== 'right')
      .map((o) => `"${o.expected.quote}" want ${o.expected.verdict}, got ${o.got?.verdict ?? 'nothing'}`);
    expect(wrong, 'claims').toEqual([]);

    const text = (await popup.text()).replace(/\s+/g, ' ');
    expect(text).toContain(DISCLAIMER);
    expect(text).not.toMatch(/TypeError|Error:|at \w+ \(/);
    await page.close();
  });

  it('says plainly when a page has no cell or gene therapy', async () => {
    const { page, popup } = await openPopup('none--eliana-restaurant');
    const text = await popup.text();
    expect(text).toContain('No cell or gene therapy products found on this page');
    expect(text).toContain('TherapyLens looks for');
    await page.close();
  });

  it('shows the last report from the cache when reopened on the same page', async () => {
    const { page, popup } = await openPopup('seed--advanced-medicine-china-car-t-leukemia');
    expect(await popup.text()).not.toContain('result from');
    const again = await clickToolbarButton(env.ff, page);
    await again.waitFor(REPORT_READY);
    expect(await again.text()).toContain('result from');
    await page.close();
  });
});

describe('highlights', () => {
  it('marks products and claims in the page and removes every mark again', async () => {
    const { page, popup } = await openPopup('tourism--china-car-t-packages');
    const before = await pageHtml(page);
    await setHighlights(popup, true);
    const marks = await pageMarks(page);
    expect(marks.length).toBeGreaterThan(5);
    expect(marks).toContain('Yikaida');
    expect(
      await page.evaluate(() => document.querySelectorAll('mark[data-therapylens="claim"]').length),
    ).toBeGreaterThan(0);
    expect(await popup.text()).toMatch(/\d+ places marked on the page\./);
    await page.screenshot({ path: testPath('..', 'test-results', 'firefox-page-highlights.png') });

    await setHighlights(popup, false);
    expect(await pageMarks(page)).toEqual([]);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('shows a clicked claim in the page, then leaves the page as it was', async () => {
    const { page, popup } = await openPopup('seed--advanced-medicine-china-car-t-leukemia');
    await popup.waitFor(REPORT_READY);
    const before = await pageHtml(page);
    await popup.click('button', /Show on page\.$/, 0);
    await popup.waitForText('Shown on the page.');
    expect(
      await page.evaluate(() => document.querySelectorAll('mark.therapylens-flash').length),
    ).toBeGreaterThan(0);
    // The brief mark goes away by itself while highlights are off.
    await page.waitForFunction(() => document.querySelectorAll('mark[data-therapylens]').length === 0, {
      timeout: 6000,
    });
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });
});

describe('keyboard', () => {
  it('Tab reaches a claim with a visible focus ring, and Enter shows it on the page', async () => {
    const { page, popup } = await openPopup('seed--advanced-medicine-china-car-t-leukemia');
    await popup.waitFor(REPORT_READY);
    const onClaim = `document.activeElement?.getAttribute('title') === 'Show this on the page'`;
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await popup.press('Tab');
      reached = await popup.evaluate<boolean>(onClaim);
    }
    expect(reached).toBe(true);
    expect(await popup.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle')).toBe(
      'solid',
    );
    await popup.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('mark.therapylens-flash').length > 0, {
      timeout: 5000,
    });
    await page.close();
  });
});

describe('light and dark', () => {
  it('the report panel follows the system color scheme (screenshots in test-results/)', async () => {
    const { page, popup } = await openPopup('planted--miracle-car-t-clinic');
    const size = await popup.size();
    expect(size.width).toBeGreaterThanOrEqual(400);
    expect(size.width).toBeLessThanOrEqual(800);
    expect(size.height).toBeLessThanOrEqual(600);
    const background = () => popup.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.screenshot('firefox-popup-report-light');
    try {
      await setColorScheme(env.ff, 'dark');
      await popup.waitFor(`matchMedia('(prefers-color-scheme: dark)').matches`);
      expect(await background()).toBe('rgb(28, 30, 34)');
      await popup.screenshot('firefox-popup-report-dark');
    } finally {
      await setColorScheme(env.ff, 'light');
    }
    await page.close();
  });
});
