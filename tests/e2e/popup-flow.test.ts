// The popup as a user meets it in real Chromium with the shipped build: toolbar click on a fixture
// page → products, verdicts and the disclaimer; highlights that appear in the page and leave it
// exactly as it was; "show on page" by mouse and keyboard; settings; screenshots in both schemes.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER } from '../../lib/disclaimer';
import { bundledDataset } from '../../lib/dataset/bundled';
import { productById } from '../../lib/dataset/index';
import { displayVerdict, VERDICT_DISPLAY } from '../../lib/highlight/verdict-display';
import { PageReport } from '../../lib/schema';
import { z } from '../../lib/zod';
import { parseExpected, type ExpectedPage } from '../../cli/eval/expected';
import { productHeading } from '../../components/product-names';
import { scorePage } from '../../cli/eval/score';
import { testPath } from '../helpers/dom';
import {
  clickToolbarIcon,
  type ExtensionBrowser,
  type FixtureServer,
  type PopupDriver,
  startE2e,
  stopE2e,
} from './harness';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => ({ ext, server } = await startE2e()));
afterAll(() => stopE2e({ ext, server }));

const READY = `document.querySelector('.summary__line, .state h2')`;

function expectedFor(name: string): ExpectedPage {
  const parsed = parseExpected(readFileSync(testPath('expected', `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

async function openPopup(name: string): Promise<{ page: Page; popup: PopupDriver }> {
  const page = await ext.context.newPage();
  await page.goto(server.url(`${name}.html`));
  const popup = await clickToolbarIcon(ext, page);
  await popup.waitFor(READY);
  return { page, popup };
}

const CacheEntries = z.array(z.object({ tabId: z.number(), url: z.string(), report: PageReport }));

/** The exact report the popup rendered, read back from its session cache. */
async function renderedReport(popup: PopupDriver, url: string): Promise<PageReport> {
  const raw = await popup.evaluate<unknown>(
    `chrome.storage.session.get('report-cache').then((r) => r['report-cache'])`,
  );
  const entries = CacheEntries.parse(raw);
  const entry = entries.find((e) => e.url === url);
  if (!entry) throw new Error(`no cached report for ${url}`);
  return entry.report;
}

/** One card per quoted statement: the claims it holds and every verdict badge on it. */
interface ShownStatement {
  ids: string[];
  badges: string[];
  quote: string;
}

function shownStatements(popup: PopupDriver): Promise<ShownStatement[]> {
  return popup.evaluate<ShownStatement[]>(`[...document.querySelectorAll('li.claim')].map((li) => ({
    ids: li.dataset.claimIds.split(' '),
    badges: [...li.querySelectorAll('.badge')].map((b) => b.getAttribute('aria-label')),
    quote: li.querySelector('.claim__quote')?.textContent ?? '',
  }))`);
}

const cardNames = (popup: PopupDriver) =>
  popup.evaluate<string[]>(
    `[...document.querySelectorAll('.card__name')].map((n) => n.firstChild.textContent)`,
  );

const pageHtml = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);
const pageMarks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('mark[data-therapylens]')].map((m) => m.textContent ?? ''),
  );

/** A PNG of just the popup, as the user sees it (the page, not the capture canvas, sets the size). */
async function shoot(popup: PopupDriver, name: string): Promise<void> {
  await popup.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await popup.screenshot(name);
}

// Pages whose labels the engine is held to (tests/fixtures.test.ts); here the same labels must be
// visible in the popup of a real browser.
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

    // The popup shows exactly the report: one card per product (headed in the reader's script),
    // every claim on the card of its quoted statement, with its verdict.
    const names = report.products.map(
      (p) => productHeading(productById(bundledDataset, p.id)?.names, p.name, 'en').primary,
    );
    expect(await cardNames(popup)).toEqual(names);
    const shown = await shownStatements(popup);
    expect(shown.flatMap((s) => s.ids).sort()).toEqual(report.claims.map((c) => c.id).sort());
    for (const claim of report.claims) {
      const card = shown.find((s) => s.ids.includes(claim.id));
      expect(card?.badges, claim.id).toContain(`Verdict: ${VERDICT_DISPLAY[displayVerdict(claim)].label}`);
    }

    // And the report seen in the browser carries the hand labels.
    expect([...report.products.map((p) => p.id)].sort(), 'products').toEqual([...expected.products].sort());
    const wrong = scorePage(name, expected, report)
      .outcomes.filter((o) => o.status !== 'right')
      .map((o) => `"${o.expected.quote}" want ${o.expected.verdict}, got ${o.got?.verdict ?? 'nothing'}`);
    expect(wrong, 'claims').toEqual([]);

    // The content script's dataset has no source titles (lib/source-titles.ts): the popup gives
    // every reference its title back before it shows or caches the report.
    const sources = report.claims.flatMap((c) => (c.reference?.source ? [c.reference.source] : []));
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.title.length, s.url).toBeGreaterThan(2);
    const links = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('li.claim a.source')].map((a) => a.firstChild?.textContent ?? '')`,
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((t) => t.trim().length < 3)).toEqual([]);

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
    await shoot(popup, 'popup-nothing-found-light');
    await page.close();
  });

  it('shows the last report from the cache when reopened on the same page', async () => {
    const { page, popup } = await openPopup('seed--advanced-medicine-china-car-t-leukemia');
    expect(await popup.text()).not.toContain('result from');
    const again = await clickToolbarIcon(ext, page);
    await again.waitFor(READY);
    expect(await again.text()).toContain('result from');
    await page.close();
  });
});

describe('highlights', () => {
  it('marks products and claims in the page and removes every mark again', async () => {
    const { page, popup } = await openPopup('tourism--china-car-t-packages');
    const before = await pageHtml(page);
    await popup.click('[role="switch"]');
    await popup.waitFor(`document.querySelector('[role="switch"]').getAttribute('aria-checked') === 'true'`);
    const marks = await pageMarks(page);
    expect(marks.length).toBeGreaterThan(5);
    expect(marks).toContain('Yikaida');
    expect(
      await page.evaluate(() => document.querySelectorAll('mark[data-therapylens="claim"]').length),
    ).toBeGreaterThan(0);
    expect(await popup.text()).toMatch(/\d+ places marked on the page\./);
    // caret: 'initial' — Playwright's default hides the caret by styling inputs, which would
    // change the page we are about to compare.
    await page.screenshot({ path: testPath('..', 'test-results', 'page-highlights.png'), caret: 'initial' });

    await popup.click('[role="switch"]');
    await popup.waitFor(`document.querySelector('[role="switch"]').getAttribute('aria-checked') === 'false'`);
    expect(await pageMarks(page)).toEqual([]);
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('shows a clicked claim in the page, then leaves the page as it was', async () => {
    const { page, popup } = await openPopup('seed--advanced-medicine-china-car-t-leukemia');
    const before = await pageHtml(page);
    await popup.click('.claim__quote');
    await popup.waitFor(`document.body.innerText.includes('Shown on the page.')`);
    expect(
      await page.evaluate(() => document.querySelectorAll('mark.therapylens-flash').length),
    ).toBeGreaterThan(0);
    // The brief mark goes away by itself while highlights are off.
    await page.waitForFunction(() => document.querySelectorAll('mark[data-therapylens]').length === 0, null, {
      timeout: 6000,
    });
    expect(await pageHtml(page)).toBe(before);
    await page.close();
  });

  it('works from the keyboard: Tab to a claim, Enter shows it', async () => {
    const { page, popup } = await openPopup('seed--advanced-medicine-china-car-t-leukemia');
    let onClaim = false;
    for (let i = 0; i < 40 && !onClaim; i++) {
      await popup.press('Tab');
      onClaim = await popup.evaluate<boolean>(
        `document.activeElement?.classList.contains('claim__quote') ?? false`,
      );
    }
    expect(onClaim).toBe(true);
    // The focused control has a visible outline.
    expect(await popup.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`)).toBe(
      'solid',
    );
    await popup.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('mark.therapylens-flash').length > 0, null, {
      timeout: 5000,
    });
    await page.close();
  });
});

describe('settings', () => {
  it('limits approvals to the chosen regulators', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    for (const r of ['EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA']) {
      await options.getByRole('checkbox', { name: new RegExp(`^${r} ·`) }).uncheck();
    }
    await options.getByText('Saved.').waitFor();
    await options.screenshot({ path: testPath('..', 'test-results', 'options-light.png'), fullPage: true });

    const { page, popup } = await openPopup('seed--advanced-medicine-china-car-t-leukemia');
    const regulators = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('.approval__head strong')].map((s) => s.textContent)`,
    );
    expect(regulators.length).toBeGreaterThan(0);
    expect(new Set(regulators)).toEqual(new Set(['FDA']));
    // Cards are closed (two products), so read text content, not rendered text.
    expect(await popup.evaluate<string>('document.body.textContent')).toContain(
      'Approved only by regulators you chose not to show.',
    );

    for (const r of ['EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA']) {
      await options.getByRole('checkbox', { name: new RegExp(`^${r} ·`) }).check();
    }
    await page.close();
    await options.close();
  });
});

describe('screenshots', () => {
  it('planted page, light and dark, cards closed and one open', async () => {
    const { page, popup } = await openPopup('planted--miracle-car-t-clinic');
    const size = await popup.evaluate<{ w: number; h: number; doc: number }>(
      `({ w: document.body.getBoundingClientRect().width, h: document.querySelector('.popup').getBoundingClientRect().height, doc: document.documentElement.scrollHeight })`,
    );
    expect(size.w).toBeGreaterThanOrEqual(400);
    expect(size.w).toBeLessThanOrEqual(780);
    expect(size.h).toBeLessThanOrEqual(600);
    // Only the list scrolls: the document itself is no taller than the popup.
    expect(size.doc).toBeLessThanOrEqual(600);
    await shoot(popup, 'popup-report-light');
    await popup.setColorScheme('dark');
    await shoot(popup, 'popup-report-dark');
    await popup.click('.card summary');
    await shoot(popup, 'popup-card-open-dark');
    await popup.setColorScheme('light');
    await shoot(popup, 'popup-card-open-light');
    await popup.evaluate(
      `document.querySelector('.scroll').scrollTop = document.querySelector('#claims-heading').offsetTop - 60`,
    );
    await shoot(popup, 'popup-claims-light');
    await page.close();
  });

  it('restricted page, light and dark', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version/');
    const popup = await clickToolbarIcon(ext, page);
    await popup.waitFor(`document.body.innerText.includes("can't read this page")`);
    await shoot(popup, 'popup-restricted-light');
    await popup.setColorScheme('dark');
    await shoot(popup, 'popup-restricted-dark');
    await page.close();
  });
});
