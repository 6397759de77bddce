// Popup → content script requests. A missing receiver (the page was reloaded since it was
// analyzed) comes back as null, so the caller can inject again instead of failing.
import { browser } from './browser';
import { ContentResponse, type ContentRequest } from '../lib/messages';

export async function sendToPage(tabId: number, request: ContentRequest): Promise<ContentResponse | null> {
  try {
    const raw: unknown = await browser.tabs.sendMessage(tabId, request);
    const parsed = ContentResponse.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
