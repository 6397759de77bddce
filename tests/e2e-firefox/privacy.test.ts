// TherapyLens reads pages locally: in real Firefox, analyzing, re-analyzing, highlighting, saving
// and opening the collection make no network request. Every HTTP(S) request the browser makes is
// observed in the parent process with the principal that triggered it; only Firefox's own
// (system-principal) traffic to its services is set aside.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT, REPORT_READY, renderedReport, setHighlights } from './flow';
import {
  clickToolbarButton,
  openServedPage,
  recordRequests,
  startFirefoxE2e,
  stopFirefoxE2e,
  type FirefoxE2e,
  type ObservedRequest,
} from './harness';
import { tabShowing } from './tab';

let env: FirefoxE2e;

beforeAll(async () => (env = await startFirefoxE2e()));
afterAll(() => stopFirefoxE2e(env));

/** Requests not made by Firefox itself to somewhere other than the fixture server. */
function foreign(requests: ObservedRequest[], origin: string): ObservedRequest[] {
  return requests.filter((r) => r.by !== 'system' || r.url.startsWith(origin));
}

describe('network use', () => {
  it.each(['hostile-payloads.html', 'clinic--lymphoma-car-t-program.html'])(
    'analyzing %s, re-analyzing, highlighting, saving and opening the collection request nothing',
    async (file) => {
      const page = await openServedPage(env, file);
      const serverBefore = env.server.requests.length;
      const recorded = await recordRequests(env.ff);

      const popup = await clickToolbarButton(env.ff, page);
      await popup.waitFor(REPORT_READY, 60_000);
      const first = await renderedReport(popup, page.url());
      await popup.click('button', 'Re-analyze');
      await popup.waitFor(
        `browser.storage.session.get('report-cache').then((r) => r['report-cache'].some((e) => e.url === ${JSON.stringify(page.url())} && e.report.analyzedAt !== ${JSON.stringify(first.analyzedAt)}))`,
        60_000,
      );
      await popup.waitFor(REPORT_READY, 60_000);
      await setHighlights(popup, true);
      await setHighlights(popup, false);
      await popup.click('button', 'Save to collection');
      await popup.waitForText('Saved to your collection.');
      await popup.click('link', 'Open collection');
      const collection = await tabShowing(env.ff, env.ff.extensionUrl('collection.html'));
      await collection.waitForText(first.title);
      await collection.close();
      expect(await popup.withRole<string>('switch', HIGHLIGHT, 'el.getAttribute("aria-checked")')).toBe(
        'false',
      );

      // Nothing left the browser for TherapyLens, and the page's server heard nothing.
      expect(foreign(await recorded(), env.server.origin)).toEqual([]);
      expect(env.server.requests.slice(serverBefore)).toEqual([]);

      // The observer does see a request the page itself makes, from the page's origin.
      await page.evaluate(() => fetch('/observer-check').then((r) => r.status));
      expect(foreign(await recorded(), env.server.origin)).toEqual([
        { url: `${env.server.origin}/observer-check`, by: env.server.origin },
      ]);
      await page.close();
    },
  );
});
