// Hostile pages in real Chromium: page text that looks like markup stays text through analysis,
// the popup and highlights; a page that clobbers DOM properties or poisons its own prototypes
// still gets a report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzeResult } from '../../lib/messages';
import { HIGHLIGHT_SWITCH, runContentScript, waitForReport } from '../hardening/e2e-flow';
import { clickToolbarIcon, type ExtensionBrowser, type FixtureServer, startE2e, stopE2e } from './harness';

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => ({ ext, server } = await startE2e()));
afterAll(() => stopE2e({ ext, server }));

/** What a payload would have changed in the page's own world. */
const PAGE_STATE = () => ({
  pwned: (window as { __pwned?: unknown }).__pwned ?? null,
  loads: (window as { __loads?: unknown }).__loads ?? null,
  title: document.title,
  liveHandlers: document.querySelectorAll('[onerror], [onload], [ontoggle]').length,
  liveImages: document.querySelectorAll('img').length,
  scripts: document.scripts.length,
});

/** Elements page text must never become inside the popup. */
const POPUP_INJECTED = `document.querySelectorAll('img, iframe, object, embed, svg script, [onerror], [onload], [ontoggle], a[href^="javascript:"], script:not([src])').length`;

describe('payloads in page text', () => {
  it('stay text through analysis, the popup, and highlights on and off', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('hostile-payloads.html'), { waitUntil: 'load' });
    const before = await page.evaluate(PAGE_STATE);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(before.pwned).toBeNull();
    expect(before.loads).toBe(1);
    expect(before.title).toContain('<img src=x');

    const popup = await clickToolbarIcon(ext, page);
    await waitForReport(popup);
    // The page title, markup and all, is shown as text.
    expect(await popup.evaluate<string>(`document.querySelector('.summary__title').textContent`)).toContain(
      '<img src=x onerror=',
    );
    expect(await popup.text()).toMatch(/Kymriah|Tisagenlecleucel/i);
    expect(await popup.evaluate<number>(POPUP_INJECTED)).toBe(0);
    expect(await page.evaluate(PAGE_STATE)).toEqual(before);

    await popup.click(HIGHLIGHT_SWITCH);
    await popup.waitFor(`document.body.innerText.includes('marked on the page')`);
    const marked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('mark[data-therapylens]'), (m) => m.textContent ?? ''),
    );
    expect(marked.length).toBeGreaterThan(0);
    // Some marked sentence carries payload text: it was wrapped as text, and nothing ran.
    expect(marked.join(' ')).toMatch(/<(img|script|iframe)/);
    expect(await page.evaluate(PAGE_STATE)).toEqual(before);

    await popup.click(HIGHLIGHT_SWITCH);
    await popup.waitFor(`document.body.innerText.includes('Highlights removed')`);
    expect(await page.evaluate(PAGE_STATE)).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);

    expect(await popup.evaluate('globalThis.__pwned ?? null')).toBeNull();
    expect(await popup.evaluate<number>(POPUP_INJECTED)).toBe(0);
    await page.close();
  });
});

describe('a page that clobbers document properties and poisons its own globals', () => {
  it('still gets a valid report naming its products', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('hostile-clobber.html'), { waitUntil: 'load' });
    // The clobbering is real in the page: document.cloneNode is an <img> there.
    expect(await page.evaluate(() => (document.cloneNode as unknown as Element).tagName)).toBe('IMG');

    const popup = await clickToolbarIcon(ext, page);
    await popup.waitFor(
      `document.querySelector('.summary__title') || document.body.innerText.includes('problem')`,
      60_000,
    );
    const { result } = await runContentScript(popup, 1);
    const parsed = AnalyzeResult.safeParse(result);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toMatchObject({ ok: true });
    if (!parsed.data.ok) return;
    expect(parsed.data.report.products.map((p) => p.id)).toEqual(
      expect.arrayContaining(['tisagenlecleucel', 'axicabtagene-ciloleucel', 'ciltacabtagene-autoleucel']),
    );
    expect(parsed.data.report.claims.length).toBeGreaterThan(0);
    await waitForReport(popup);
    await page.close();
  });
});
