// The background's three jobs: the "Check with TherapyLens" menu item on selected text, the check
// shortcut (the selection if there is one, else the page), and the badge's life (cleared, with the
// tab's cached report, when the tab navigates). Menu and shortcut are user gestures: they grant
// activeTab for the tab and let the panel open, so the panel opens first, then the check runs and
// its report reaches the panel through the report cache.
import { browser } from './browser';
import { analyzeTab } from './analyze-tab';
import { clearBadge, showBadge } from './badge';
import { dropCachedReport, writeCachedReport } from './report-cache';
import type { PanelMessage } from './panel-messages';
import { leaveSelectionRequest, readPageSelection, SELECTION_REQUEST } from './selection-request';
import { openReadingPanel } from './side-panel';
import { CHECK_COMMAND } from './shortcut';
import { createTranslator } from '../components/i18n';
import { SETTINGS_KEY } from '../lib/settings';
import { interfaceLanguage } from './language';
import { loadSettings } from './settings-store';

export const MENU_ID = 'therapylens-check-selection';

interface TabLike {
  id?: number;
  url?: string;
  windowId?: number;
}

/** One check per tab at a time: a second click while one runs is dropped. */
const running = new Set<number>();

function tell(message: PanelMessage): void {
  // No panel open means no receiver: that is fine.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Checks `selection` (or, when null, whatever is selected in the page, else the whole page). */
export async function checkTab(tab: TabLike, selection: string | null): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined || tabId < 0 || running.has(tabId)) return;
  running.add(tabId);
  try {
    tell({ type: 'therapylens:analysis-started', tabId });
    let text = selection;
    if (text === null) {
      const [found] = await browser.scripting
        .executeScript({ target: { tabId }, func: readPageSelection })
        .catch(() => []);
      text = typeof found?.result === 'string' && found.result.trim() !== '' ? found.result : null;
    }
    if (text !== null) {
      await browser.scripting
        .executeScript({ target: { tabId }, func: leaveSelectionRequest, args: [SELECTION_REQUEST, text] })
        .catch(() => undefined);
    }
    const outcome = await analyzeTab({ id: tabId, url: tab.url });
    if (outcome.kind === 'report') {
      await writeCachedReport(tabId, tab.url ?? outcome.report.source, outcome.report, text !== null);
      await showBadge(tabId, outcome.report);
    } else {
      tell({ type: 'therapylens:analysis-failed', tabId, outcome });
    }
  } finally {
    running.delete(tabId);
  }
}

async function activeTab(): Promise<TabLike | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The menu item's words in the interface language (the setting, else the browser's). */
async function menuTitle(): Promise<string> {
  const settings = await loadSettings();
  return createTranslator(interfaceLanguage(settings))('menu.check');
}

export function registerBackground(): void {
  browser.runtime.onInstalled.addListener(() => {
    void Promise.resolve(browser.contextMenus.removeAll())
      .then(menuTitle)
      .then((title) => browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] }));
  });
  // A new language in Settings renames the menu item at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void menuTitle()
      .then((title) => browser.contextMenus.update(MENU_ID, { title }))
      .catch(() => undefined);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !tab) return;
    // Open first, inside the gesture; the check follows.
    void openReadingPanel(tab.windowId);
    void checkTab(tab, info.selectionText ?? null);
  });

  browser.commands.onCommand.addListener((command: string, tab?: TabLike) => {
    if (command !== CHECK_COMMAND) return;
    if (tab) {
      void openReadingPanel(tab.windowId);
      void checkTab(tab, null);
      return;
    }
    // Older Firefox passes no tab: the panel then opens from sidebarAction, which needs no window.
    void openReadingPanel(undefined);
    void activeTab().then((found) => (found ? checkTab(found, null) : undefined));
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab: its badge and report belonged to the old one.
    if (change.status === 'loading' && !running.has(tabId)) {
      void clearBadge(tabId);
      void dropCachedReport(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropCachedReport(tabId));
}
