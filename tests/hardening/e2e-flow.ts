// Steps the hostile, privacy and perf e2e tests share: wait for the popup's report, and run the
// shipped content script again from the popup (activeTab was granted by the toolbar click) to read
// the report it returns and how long a run takes inside Chromium.
import type { PopupDriver } from '../e2e/harness';

export const REPORT_SHOWN = `document.querySelector('.summary__title') !== null`;
export const HIGHLIGHT_SWITCH = 'button[role="switch"]';

/**
 * Waits for the report view; with `highlightable` (the page names something), also for the
 * highlight switch to be ready: it is disabled while the popup settles highlights for the report.
 */
export async function waitForReport(
  popup: PopupDriver,
  timeoutMs = 60_000,
  highlightable = true,
): Promise<void> {
  if (!highlightable) {
    // A page that names no therapy gets a plain state view instead of a summary.
    await popup.waitFor(`document.querySelector('.summary__title, .state h2') !== null`, timeoutMs);
    return;
  }
  await popup.waitFor(REPORT_SHOWN, timeoutMs);
  await popup.waitFor(`document.querySelector('${HIGHLIGHT_SWITCH}:not([disabled])') !== null`, timeoutMs);
}

/** Clicks a button by its visible text. */
export async function clickButton(popup: PopupDriver, label: string): Promise<void> {
  await popup.evaluate(`(() => {
    const b = [...document.querySelectorAll('button')].find((el) => el.textContent.trim() === ${JSON.stringify(label)});
    if (!b) throw new Error('no button ' + ${JSON.stringify(label)});
    b.click();
    return true;
  })()`);
}

/** Re-analyze, then wait for the new report (not the one already on screen). */
export async function reanalyze(popup: PopupDriver, timeoutMs = 60_000): Promise<void> {
  await popup.evaluate(`(globalThis.__oldSummary = document.querySelector('.summary__title'), true)`);
  await clickButton(popup, 'Re-analyze');
  await popup.waitFor(
    `document.querySelector('.summary__title') && document.querySelector('.summary__title') !== globalThis.__oldSummary`,
    timeoutMs,
  );
  await waitForReport(popup, timeoutMs);
}

export interface PopupRuns {
  /** What the last run of the content script returned (an AnalyzeResult, unvalidated). */
  result: unknown;
  /** Wall time of each executeScript(files: analyze.js) call, ms: injection + analysis + transfer. */
  analyzeMs: number[];
  /** Wall time of executeScript with a trivial function: the injection round trip alone. */
  baselineMs: number[];
}

/** Runs the content script `runs` times in the popup's tab, as the popup itself does. */
export function runContentScript(popup: PopupDriver, runs: number): Promise<PopupRuns> {
  return popup.evaluate<PopupRuns>(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const target = { tabId: tab.id };
    const analyzeMs = [];
    const baselineMs = [];
    let result;
    for (let i = 0; i < ${runs}; i++) {
      let t = performance.now();
      await chrome.scripting.executeScript({ target, func: () => 1 });
      baselineMs.push(performance.now() - t);
      t = performance.now();
      const [first] = await chrome.scripting.executeScript({ target, files: ['/content-scripts/analyze.js'] });
      analyzeMs.push(performance.now() - t);
      result = first && first.result;
    }
    return { result, analyzeMs, baselineMs };
  })()`);
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
