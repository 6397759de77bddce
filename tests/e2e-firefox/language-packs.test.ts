// Language packs in real Firefox ESR (issue 14), as in the Chromium suite: a toolbar click on a
// Japanese page served from 127.0.0.1 injects the sniffer, then the CJK packs with the analyzer,
// and the report finds the Japanese condition names only the ja pack holds; an English page gets
// no pack at all.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POPUP_SETTLED, renderedReport } from './flow';
import {
  clickToolbarButton,
  openServedPage,
  startFirefoxE2e,
  stopFirefoxE2e,
  type FirefoxE2e,
  type Popup,
} from './harness';

let env: FirefoxE2e;
beforeAll(async () => (env = await startFirefoxE2e()));
afterAll(() => stopFirefoxE2e(env));

async function check(name: string): Promise<{ page: Page; popup: Popup }> {
  const page = await openServedPage(env, name);
  const popup = await clickToolbarButton(env.ff, page);
  await popup.waitFor(POPUP_SETTLED, 30_000);
  return { page, popup };
}

/** The packs registered in the tab's content-script sandbox. */
function injectedPacks(popup: Popup, url: string): Promise<string[]> {
  return popup.evaluate<string[]>(`browser.tabs.query({}).then((tabs) => {
    const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
    return browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => Object.keys(globalThis[Symbol.for('therapylens.language-packs')] ?? {}),
    });
  }).then(([first]) => first.result)`);
}

describe('language packs', () => {
  it('a Japanese page gets the CJK packs, and its condition names are recognised', async () => {
    const { page, popup } = await check('language-ja.html');
    const report = await renderedReport(popup, page.url());
    expect((await injectedPacks(popup, page.url())).sort()).toEqual(['ja', 'zh']);
    // びまん性大細胞型B細胞リンパ腫 and 急性リンパ芽球性白血病 are names of the ja pack only.
    expect(report.conditions.map((c) => c.id)).toEqual(expect.arrayContaining(['dlbcl', 'all']));
    const indication = report.claims.find((c) => c.ruleId === 'indication');
    expect(indication?.details).toMatchObject({ conditionId: 'dlbcl' });
    expect(await popup.text()).toContain('diffuse large B-cell lymphoma');
  });

  it('an English page gets no pack', async () => {
    const { page, popup } = await check('language-en.html');
    const report = await renderedReport(popup, page.url());
    expect(await injectedPacks(popup, page.url())).toEqual([]);
    expect(report.conditions.map((c) => c.id)).toEqual(expect.arrayContaining(['dlbcl', 'all']));
  });
});
