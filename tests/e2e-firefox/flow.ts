// Steps the Firefox test files share, written against what a user sees: text, roles and labels.
import { PageReport } from '../../lib/schema';
import { z } from '../../lib/zod';
import type { Popup } from './popup';

/** The popup has finished: a report with its highlight switch ready, a "nothing found" or an alert. */
export const POPUP_SETTLED = `document.querySelector('[role="switch"]:not([disabled]), [role="alert"]') || document.body.innerText.includes('No cell or gene therapy products found')`;

/** The report view is ready to use (its highlight switch is enabled once highlights are settled). */
export const REPORT_READY = `document.querySelector('[role="switch"]:not([disabled])')`;

export const HIGHLIGHT = 'Highlight on page';

const CacheEntries = z.array(z.object({ tabId: z.number(), url: z.string(), report: PageReport }));

/** The exact report the popup rendered, read back from the extension's session cache. */
export async function renderedReport(popup: Popup, url: string): Promise<PageReport> {
  const raw = await popup.evaluate<unknown>(
    `browser.storage.session.get('report-cache').then((r) => r['report-cache'])`,
  );
  const entry = CacheEntries.parse(raw).find((e) => e.url === url);
  if (!entry) throw new Error(`no cached report for ${url}`);
  return entry.report;
}

/** Switches highlights on or off with the switch, and waits until the popup says it is done. */
export async function setHighlights(popup: Popup, on: boolean): Promise<void> {
  await popup.waitFor(REPORT_READY);
  await popup.click('switch', HIGHLIGHT);
  await popup.waitFor(
    `document.querySelector('[role="switch"]:not([disabled])[aria-checked="${on}"]') && document.body.innerText.includes(${JSON.stringify(on ? 'marked on the page' : 'Highlights removed')})`,
  );
}
