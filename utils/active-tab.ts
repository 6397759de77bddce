// The tab the popup was opened on.
import { browser } from './browser';

export interface ActiveTab {
  id: number;
  /** Undefined when the browser withholds it. */
  url: string | undefined;
}

export async function getActiveTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || typeof tab.id !== 'number' || tab.id < 0) return null;
  return { id: tab.id, url: typeof tab.url === 'string' ? tab.url : undefined };
}
