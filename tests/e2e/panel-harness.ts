// Driving the reading panel in real Chromium. How it opens in these tests, as a user opens it:
// - toolbar: the toolbar click (CDP Extensions.triggerAction) opens the popup; its "Open beside
//   the page" button is clicked inside a user gesture (Runtime.evaluate userGesture), which is
//   what chrome.sidePanel.open requires;
// - shortcut: the key goes to the page as raw key events (CDP Input.dispatchKeyEvent); Chromium
//   hands keys the page does not use to the browser's accelerators, where the extension command lives.
// The panel is then an extension page target (sidepanel.html) we attach to like the popup.
import type { Page, Worker } from 'playwright-core';
import { PopupDriver, type ExtensionBrowser } from './harness';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function panelTargets(ext: ExtensionBrowser): Promise<TargetInfo[]> {
  const { targetInfos } = (await ext.cdp.send('Target.getTargets', { filter: [{}] } as never)) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(ext.extensionUrl('sidepanel.html')));
}

/** Waits for the side panel to be open and attaches to it. */
export async function waitForPanel(ext: ExtensionBrowser, timeoutMs = 10_000): Promise<PopupDriver> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [panel] = await panelTargets(ext);
    if (panel) return PopupDriver.attach(ext.cdp, panel.targetId);
    await sleep(100);
  }
  throw new Error('the side panel did not open');
}

export async function isPanelOpen(ext: ExtensionBrowser): Promise<boolean> {
  return (await panelTargets(ext)).length > 0;
}

/**
 * Alt+Shift+L on the page, as real key events, until the extension has taken it (`taken` turns
 * true): on a loaded machine headless Chromium now and then drops a key sent right after the tab
 * came to the front, so the key is pressed again, at most three times.
 */
export async function pressCheckShortcut(
  ext: ExtensionBrowser,
  page: Page,
  taken: () => Promise<boolean> = async () => true,
  /** Runs before every press (selecting the text to check again). */
  prepare: () => Promise<unknown> = async () => undefined,
): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await prepare();
    await pressOnce(ext, page);
    for (let i = 0; i < 50; i++) {
      if (await taken()) return;
      await sleep(100);
    }
  }
  throw new Error('the check shortcut was not taken after three presses');
}

async function pressOnce(ext: ExtensionBrowser, page: Page): Promise<void> {
  await page.bringToFront();
  // Keys reach the browser's accelerators through the focused page: wait until it has focus.
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.hasFocus())); i++) await sleep(50);
  const cdp = await ext.context.newCDPSession(page);
  const key = {
    modifiers: 1 | 8,
    key: 'L',
    code: 'KeyL',
    windowsVirtualKeyCode: 76,
    nativeVirtualKeyCode: 76,
  };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  await cdp.detach();
}

/** Whether the cached report for `url` is newer than `since` and of a selection. */
export function selectionCachedSince(view: PopupDriver, url: string, since: string): () => Promise<boolean> {
  return () =>
    view.evaluate<boolean>(
      `chrome.storage.session.get('report-cache').then((r) => (r['report-cache'] ?? []).some((e) => e.url === ${JSON.stringify(url)} && e.selection === true && e.report.analyzedAt > ${JSON.stringify(since)}))`,
    );
}

/** When the cached report for `url` was made (ISO), or '' when there is none. */
export function lastAnalyzedAt(view: PopupDriver, url: string): Promise<string> {
  return view.evaluate<string>(
    `chrome.storage.session.get('report-cache').then((r) => (r['report-cache'] ?? []).find((e) => e.url === ${JSON.stringify(url)})?.report.analyzedAt ?? '')`,
  );
}

/** Whether the report cache holds an entry for `url` analyzed after `since` (ISO). */
export function cachedSince(view: PopupDriver, url: string, since: string): () => Promise<boolean> {
  return () =>
    view.evaluate<boolean>(
      `chrome.storage.session.get('report-cache').then((r) => (r['report-cache'] ?? []).some((e) => e.url === ${JSON.stringify(url)} && e.report.analyzedAt > ${JSON.stringify(since)}))`,
    );
}

/** The extension's service worker, for reading what only it can see (the badge). */
export async function serviceWorker(ext: ExtensionBrowser): Promise<Worker> {
  return (
    ext.context.serviceWorkers().find((w) => w.url().startsWith(ext.extensionUrl(''))) ??
    (await ext.context.waitForEvent('serviceworker'))
  );
}

/** The badge of a tab by id. */
export async function badgeForTab(ext: ExtensionBrowser, tabId: number): Promise<string> {
  const worker = await serviceWorker(ext);
  return worker.evaluate<string>(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
}

/** The id of the tab showing `url` (tabs the extension was granted report their URL). */
export async function tabIdFor(ext: ExtensionBrowser, url: string): Promise<number> {
  const worker = await serviceWorker(ext);
  const id = await worker.evaluate<number | null>(
    `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null)`,
  );
  if (id === null) throw new Error(`no tab reports ${url}`);
  return id;
}
