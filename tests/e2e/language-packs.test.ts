// Language packs in real Chromium (issue 14): a toolbar click on a Japanese page served from
// 127.0.0.1 injects the sniffer, then the CJK packs with the analyzer, and the report finds the
// Japanese condition names only the ja pack holds; an English page gets no pack at all.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageReport } from '../../lib/schema';
import { z } from '../../lib/zod';
import { clickToolbarIcon, type PopupDriver, startE2e, stopE2e, type E2eEnv } from './harness';

const READY = `document.querySelector('.summary__line, .state h2')`;
const CacheEntries = z.array(z.object({ url: z.string(), report: PageReport }));

let env: E2eEnv;
beforeAll(async () => (env = await startE2e()));
afterAll(() => stopE2e(env));

async function check(name: string): Promise<{ page: Page; popup: PopupDriver; report: PageReport }> {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url(name));
  const popup = await clickToolbarIcon(env.ext, page);
  await popup.waitFor(READY);
  const raw = await popup.evaluate<unknown>(
    `chrome.storage.session.get('report-cache').then((r) => r['report-cache'])`,
  );
  const report = CacheEntries.parse(raw).find((e) => e.url === page.url())?.report;
  if (!report) throw new Error(`no cached report for ${page.url()}`);
  return { page, popup, report };
}

/** The packs registered in the tab's isolated world (where the content scripts run). */
function injectedPacks(popup: PopupDriver, url: string): Promise<string[]> {
  return popup.evaluate<string[]>(`chrome.tabs.query({}).then((tabs) => {
    const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
    return chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => Object.keys(globalThis[Symbol.for('therapylens.language-packs')] ?? {}),
    });
  }).then(([first]) => first.result)`);
}

describe('language packs', () => {
  it('a Japanese page gets the CJK packs, and its condition names are recognised', async () => {
    const { page, popup, report } = await check('language-ja.html');
    expect((await injectedPacks(popup, page.url())).sort()).toEqual(['ja', 'zh']);
    // びまん性大細胞型B細胞リンパ腫 and 急性リンパ芽球性白血病 are names of the ja pack only.
    const conditions = report.conditions.map((c) => c.id);
    expect(conditions).toEqual(expect.arrayContaining(['dlbcl', 'all']));
    expect(report.conditions.find((c) => c.id === 'dlbcl')?.mentions[0]?.text).toBe(
      'びまん性大細胞型B細胞リンパ腫',
    );
    const indication = report.claims.find((c) => c.ruleId === 'indication');
    expect(indication?.details).toMatchObject({ conditionId: 'dlbcl' });
    expect(indication?.verdict).toBe('consistent');
    // The popup shows it: the approved indication it was compared with.
    const text = await popup.evaluate<string>('document.body.textContent');
    expect(text).toContain('diffuse large B-cell lymphoma');
  });

  it('an English page gets no pack', async () => {
    const { page, popup, report } = await check('language-en.html');
    expect(await injectedPacks(popup, page.url())).toEqual([]);
    expect(report.conditions.map((c) => c.id)).toEqual(expect.arrayContaining(['dlbcl', 'all']));
  });
});
