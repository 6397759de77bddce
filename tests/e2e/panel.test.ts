// The reading panel in real Chromium with the shipped build: opened from the toolbar (popup →
// "Open beside the page") and from the shortcut, following tab switches, leading with the summary
// sentence and problems first on a page with planted errors, approval chips by region, the
// toolbar badge, and a selection checked on its own. Screenshots of panel and popup, light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../components/i18n';
import { en } from '../../components/i18n/en';
import { countStatements, groupStatements, problemCount } from '../../components/statements';
import { summarySentence } from '../../components/summary-sentence';
import { PageReport } from '../../lib/schema';
import { MENU_ID } from '../../utils/background-checks';
import { z } from '../../lib/zod';
import { clickToolbarIcon, type PopupDriver, startE2e, stopE2e, type E2eEnv } from './harness';
import {
  badgeForTab,
  cachedSince,
  isPanelOpen,
  lastAnalyzedAt,
  pressCheckShortcut,
  selectionCachedSince,
  serviceWorker,
  tabIdFor,
  waitForPanel,
} from './panel-harness';

let env: E2eEnv;
beforeAll(async () => (env = await startE2e()));
afterAll(() => stopE2e(env));

const PLANTED = 'planted--miracle-car-t-clinic';
const SUMMARY = `document.querySelector('.summary__line')`;
const CacheEntries = z.array(
  z.object({ tabId: z.number(), url: z.string(), report: PageReport, selection: z.optional(z.boolean()) }),
);

async function cachedReport(view: PopupDriver, url: string) {
  const raw = await view.evaluate<unknown>(
    `chrome.storage.session.get('report-cache').then((r) => r['report-cache'])`,
  );
  const entry = CacheEntries.parse(raw).find((e) => e.url === url);
  if (!entry) throw new Error(`no cached report for ${url}`);
  return entry;
}

async function shoot(view: PopupDriver, name: string): Promise<void> {
  await view.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await view.screenshot(name);
}

async function openPage(name: string): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url(`${name}.html`));
  return page;
}

let planted: Page;
let panel: PopupDriver;

describe('reading panel', () => {
  it('opens from the toolbar and leads with the summary sentence, problems first', async () => {
    planted = await openPage(PLANTED);
    const popup = await clickToolbarIcon(env.ext, planted);
    await popup.waitFor(SUMMARY);
    await shoot(popup, 'popup-en-light');
    await popup.setColorScheme('dark');
    await shoot(popup, 'popup-en-dark');
    expect(await isPanelOpen(env.ext)).toBe(false);
    await popup.clickAsUser('.topbar__actions .link-button');
    panel = await waitForPanel(env.ext);
    await panel.waitFor(SUMMARY);

    const { report } = await cachedReport(panel, planted.url());
    const sentence = summarySentence(countStatements(groupStatements(report.claims)), createTranslator('en'));
    expect(sentence).toMatch(/^\d+ statements? on this page differs? from the records/);
    expect(await panel.evaluate<string>(`${SUMMARY}.textContent`)).toBe(sentence);
    // The sentence is the first thing in the report.
    expect(
      await panel.evaluate<boolean>(`document.querySelector('.summary').firstElementChild === ${SUMMARY}`),
    ).toBe(true);

    // Problems first, then cautions, consistent, and the unchecked folded at the end.
    const tiers = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('.tier')].map((t) => t.className.replace('tier tier--', ''))`,
    );
    expect(tiers[0]).toBe('problem');
    const order = ['problem', 'caution', 'consistent', 'unverified'];
    expect([...tiers].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(tiers);
    if (tiers.includes('unverified'))
      expect(await panel.evaluate<boolean>(`document.querySelector('details.tier--unverified').open`)).toBe(
        false,
      );

    // One card per quoted statement: no two cards quote the same sentence.
    const quotes = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('li.claim .claim__quote')].map((q) => q.textContent)`,
    );
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes.length).toBe(
      new Set(report.claims.map((c) => c.text.replace(/\s+/g, ' ').trim().toLowerCase())).size,
    );

    const text = (await panel.text()).replace(/\s+/g, ' ');
    expect(text).toContain(en['disclaimer.text']);
    await shoot(panel, 'panel-en-light');
    await panel.setColorScheme('dark');
    await shoot(panel, 'panel-en-dark');
    await panel.setColorScheme('light');
  });

  it('shows where each product is approved as region chips, never a bare "Approved"', async () => {
    const chips = await panel.evaluate<{ name: string; chips: string | null; status: string }[]>(
      `[...document.querySelectorAll('.card summary')].map((s) => ({
        name: s.querySelector('.card__name').textContent,
        chips: s.querySelector('.chips')?.getAttribute('aria-label') ?? null,
        status: s.querySelector('.chip:not(.chip--region)')?.textContent ?? '',
      }))`,
    );
    expect(chips.length).toBeGreaterThan(0);
    for (const c of chips)
      expect(c.chips ?? c.status, c.name).toMatch(/^Approved in [A-Z]{2}|^Investigational$|^Withdrawn$/);
    await panel.evaluate(`document.querySelector('#products-heading').scrollIntoView()`);
    await shoot(panel, 'panel-en-products-light');
    await panel.setColorScheme('dark');
    await shoot(panel, 'panel-en-products-dark');
    await panel.setColorScheme('light');
    // Carteyva (relma-cel) is approved in China only; Kymriah in the US among others.
    expect(chips.find((c) => c.name.startsWith('Carteyva'))?.chips).toBe('Approved in CN');
    expect(chips.find((c) => c.name.startsWith('Kymriah'))?.chips).toMatch(/^Approved in US\b/);
  });

  it('sets the toolbar badge to the problem count, and clears it when the tab navigates', async () => {
    const { report } = await cachedReport(panel, planted.url());
    const tabId = await tabIdFor(env.ext, planted.url());
    const problems = problemCount(report);
    expect(problems).toBeGreaterThan(0);
    expect(await badgeForTab(env.ext, tabId)).toBe(String(problems));
    await planted.reload();
    // Wait for the reset itself: a bare '.state h2' may still be the old report's heading.
    await panel.waitFor(
      `document.querySelector('.state h2')?.textContent === ${JSON.stringify(en['state.idleTitle'])}`,
    );
    await vi.waitFor(async () => expect(await badgeForTab(env.ext, tabId)).toBe(''));
    // The panel no longer shows the old page's report: it offers to analyze the new one.
    expect(await panel.text()).toContain(en['state.analyze']);
  });

  it('follows tab switches: an unchecked tab offers "Analyze this page", the checked one its report', async () => {
    // Check the planted page again by the shortcut (the reload above took the toolbar's grant away).
    await pressCheckShortcut(
      env.ext,
      planted,
      cachedSince(panel, planted.url(), await lastAnalyzedAt(panel, planted.url())),
    );
    await panel.waitFor(SUMMARY);
    const other = await openPage('none--eliana-restaurant');
    await other.bringToFront();
    await panel.waitFor(
      `document.querySelector('.state h2')?.textContent === ${JSON.stringify(en['state.idleTitle'])}`,
    );
    expect(await panel.text()).toContain(en['state.analyze']);
    await shoot(panel, 'panel-en-idle-light');
    await planted.bringToFront();
    await panel.waitFor(SUMMARY);
    expect(await panel.text()).toContain('result from');
    await other.close();
  });

  it('drives highlights and "show on page" from the panel, while the panel stays open', async () => {
    await planted.bringToFront();
    await panel.waitFor(SUMMARY);
    await panel.click('.switch');
    await panel.waitFor(`document.querySelector('.switch')?.getAttribute('aria-checked') === 'true'`);
    const marks = await planted.evaluate(() => document.querySelectorAll('mark[data-therapylens]').length);
    expect(marks).toBeGreaterThan(0);
    await panel.click('li.claim .claim__quote');
    await panel.waitFor(
      `document.querySelector('.notice')?.textContent === ${JSON.stringify(en['notice.shown'])}`,
    );
    await panel.click('.switch');
    await panel.waitFor(`document.querySelector('.switch')?.getAttribute('aria-checked') === 'false'`);
    expect(await planted.evaluate(() => document.querySelectorAll('mark[data-therapylens]').length)).toBe(0);
    expect(await isPanelOpen(env.ext)).toBe(true);
  });

  it('shows a hostile page’s text as text: nothing from it runs or renders as markup in the panel', async () => {
    const page = await openPage('hostile-payloads');
    await pressCheckShortcut(
      env.ext,
      page,
      cachedSince(panel, page.url(), await lastAnalyzedAt(panel, page.url())),
    );
    await panel.waitFor(SUMMARY);
    expect(await panel.evaluate<string>(`document.querySelector('.summary__title').textContent`)).toContain(
      '<img src=x',
    );
    expect(
      await panel.evaluate<number>(
        `document.querySelectorAll('img, iframe, object, embed, svg script, [onerror], [onload], [ontoggle], a[href^="javascript:"], script:not([src])').length`,
      ),
    ).toBe(0);
    expect(await panel.evaluate('globalThis.__pwned ?? null')).toBeNull();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    await page.close();
  });

  it('registers "Check with TherapyLens" on selected text (the menu itself cannot be clicked headless)', async () => {
    const worker = await serviceWorker(env.ext);
    // update() fails for an item that does not exist; it changes nothing here.
    expect(
      await worker.evaluate<boolean>(
        `chrome.contextMenus.update(${JSON.stringify(MENU_ID)}, { contexts: ['selection'] }).then(() => true, () => false)`,
      ),
    ).toBe(true);
    expect(
      await worker.evaluate<boolean>(
        `chrome.contextMenus.update('no-such-item', {}).then(() => true, () => false)`,
      ),
    ).toBe(false);
  });

  it('opens from the shortcut when it is closed', async () => {
    await panel.evaluate('setTimeout(() => window.close(), 0), true');
    for (let i = 0; i < 50 && (await isPanelOpen(env.ext)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await isPanelOpen(env.ext)).toBe(false);
    const page = await openPage('seed--advanced-medicine-china-car-t-leukemia');
    await pressCheckShortcut(env.ext, page, () => isPanelOpen(env.ext));
    panel = await waitForPanel(env.ext);
    await panel.waitFor(SUMMARY);
    expect(await panel.text()).toContain(en['disclaimer.text'].slice(0, 40));
    await page.close();
  });

  it('checks just the selected text from the shortcut, and says so', async () => {
    const page = await openPage('tourism--china-car-t-packages');
    const select = () =>
      page.evaluate(() => {
        // The first paragraph that names a therapy and a figure.
        const p = [...document.querySelectorAll('p, li')].find((el) => /\d+\s*%/.test(el.textContent ?? ''));
        if (!p) throw new Error('no paragraph with a figure');
        const range = document.createRange();
        range.selectNodeContents(p);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      });
    const selected = await select();
    // A page checked earlier already has a report: the press is taken when a newer report of the
    // selection arrives. Headless Chromium sometimes drops the shortcut, so the text is selected
    // again before each of at most three presses (see the closing note of issue 12).
    const before = await lastAnalyzedAt(panel, page.url());
    await pressCheckShortcut(env.ext, page, selectionCachedSince(panel, page.url(), before), select);
    await panel.waitFor(`document.querySelector('.summary__selection')`);
    const entry = await cachedReport(panel, page.url());
    expect(entry.selection).toBe(true);
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    // Every claim comes from the selection (or the title given for context), nothing else on the page.
    for (const claim of entry.report.claims)
      expect(
        flat(selected).includes(flat(claim.text)) || flat(await page.title()).includes(flat(claim.text)),
      ).toBe(true);
    const whole = await page.evaluate(() => document.body.innerText.length);
    expect(selected.length).toBeLessThan(whole / 2);
    expect(await panel.text()).toContain(en['summary.selection']);
    await shoot(panel, 'panel-en-selection-light');
    await page.close();
  });
});
