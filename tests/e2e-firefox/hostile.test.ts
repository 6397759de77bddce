// Hostile pages in real Firefox: page text that looks like markup stays text through analysis, the
// popup and highlights; a page that clobbers DOM properties or poisons its own globals still gets a
// report naming its products.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPUP_SETTLED, REPORT_READY, renderedReport, setHighlights } from './flow';
import {
  clickToolbarButton,
  openServedPage,
  startFirefoxE2e,
  stopFirefoxE2e,
  type FirefoxE2e,
} from './harness';

let env: FirefoxE2e;

beforeAll(async () => (env = await startFirefoxE2e()));
afterAll(() => stopFirefoxE2e(env));

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
    const page = await openServedPage(env, 'hostile-payloads.html');
    const before = await page.evaluate(PAGE_STATE);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(before.pwned).toBeNull();
    expect(before.loads).toBe(1);
    expect(before.title).toContain('<img src=x');

    const popup = await clickToolbarButton(env.ff, page);
    await popup.waitFor(REPORT_READY, 60_000);
    // The page title, markup and all, is shown as text.
    expect(await popup.text()).toContain('<img src=x onerror=');
    expect(await popup.text()).toMatch(/Kymriah|Tisagenlecleucel/i);
    expect(await popup.evaluate<number>(POPUP_INJECTED)).toBe(0);
    expect(await page.evaluate(PAGE_STATE)).toEqual(before);

    await setHighlights(popup, true);
    const marked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('mark[data-therapylens]'), (m) => m.textContent ?? ''),
    );
    expect(marked.length).toBeGreaterThan(0);
    // Some marked sentence carries payload text: it was wrapped as text, and nothing ran.
    expect(marked.join(' ')).toMatch(/<(img|script|iframe)/);
    expect(await page.evaluate(PAGE_STATE)).toEqual(before);

    await setHighlights(popup, false);
    expect(await page.evaluate(PAGE_STATE)).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);

    expect(await popup.evaluate('window.__pwned ?? null')).toBeNull();
    expect(await popup.evaluate<number>(POPUP_INJECTED)).toBe(0);
    await page.close();
  });
});

describe('a page that clobbers document properties and poisons its own globals', () => {
  it('still gets a valid report naming its products', async () => {
    const page = await openServedPage(env, 'hostile-clobber.html');
    // The clobbering is real in the page: document.cloneNode is an <img> there.
    expect(await page.evaluate(() => (document.cloneNode as unknown as Element).tagName)).toBe('IMG');

    const popup = await clickToolbarButton(env.ff, page);
    await popup.waitFor(POPUP_SETTLED, 60_000);
    expect(await popup.text()).not.toContain('Something went wrong');
    // renderedReport validates the report against the PageReport schema.
    const report = await renderedReport(popup, page.url());
    expect(report.products.map((p) => p.id)).toEqual(
      expect.arrayContaining(['tisagenlecleucel', 'axicabtagene-ciloleucel', 'ciltacabtagene-autoleucel']),
    );
    expect(report.claims.length).toBeGreaterThan(0);
    await page.close();
  });
});
