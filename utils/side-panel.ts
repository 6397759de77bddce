// Opening the reading panel beside the page. Chrome has `sidePanel` (MV3), Firefox `sidebarAction`
// (MV2); neither is typed by webextension-polyfill, whose proxy passes both through untouched.
// Both browsers only open it from a user gesture, so callers must call openReadingPanel before
// their first await.
import { browser } from './browser';

interface ChromeSidePanel {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function apis(): { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction } {
  return browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
}

/** True when this browser has a panel TherapyLens can open (Chrome 114+, Firefox). */
export function hasReadingPanel(): boolean {
  const { sidePanel, sidebarAction } = apis();
  return Boolean(sidePanel?.open || sidebarAction?.open);
}

/**
 * Opens the panel for the whole window (not one tab), so it stays open across tab switches.
 * Resolves false when the browser refused (no gesture, or no panel support).
 */
export function openReadingPanel(windowId: number | undefined): Promise<boolean> {
  const { sidePanel, sidebarAction } = apis();
  try {
    if (sidePanel?.open && windowId !== undefined)
      return sidePanel.open({ windowId }).then(
        () => true,
        () => false,
      );
    if (sidebarAction?.open)
      return sidebarAction.open().then(
        () => true,
        () => false,
      );
  } catch {
    // A synchronous throw means "not from a user gesture" in Chrome.
  }
  return Promise.resolve(false);
}
