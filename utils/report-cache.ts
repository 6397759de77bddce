// The last report per tab, so reopening the popup on the same page shows it at once. Kept in
// storage.session (gone when the browser closes); storage.local when session storage is missing.
// Every entry is validated on read: storage may hold data from an older version of the code.
import { browser } from './browser';
import { z } from '../lib/zod';
import { PageReport } from '../lib/schema';

export const CACHE_KEY = 'report-cache';
/** Tabs remembered; the oldest entry goes first. */
export const CACHE_LIMIT = 8;

const CacheEntry = z.object({
  tabId: z.int(),
  url: z.string(),
  report: PageReport,
  /** Only the user's selection was checked (context menu or shortcut). */
  selection: z._default(z.boolean(), false),
});
type CacheEntry = z.output<typeof CacheEntry>;

type Area = typeof browser.storage.local;

function cacheArea(): Area {
  const session = (browser.storage as { session?: Area }).session;
  return session ?? browser.storage.local;
}

async function readEntries(area: Area): Promise<CacheEntry[]> {
  const stored: Record<string, unknown> = await area.get(CACHE_KEY);
  const raw = stored[CACHE_KEY];
  if (!Array.isArray(raw)) return [];
  const entries: CacheEntry[] = [];
  for (const item of raw) {
    const parsed = CacheEntry.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries;
}

export async function readCachedReport(tabId: number, url: string): Promise<PageReport | null> {
  return (await readCachedEntry(tabId, url))?.report ?? null;
}

/**
 * The tab's entry; with `url` undefined (the panel on a tab it may not see the address of) the
 * tab's entry whatever its URL: the background drops it when the tab navigates.
 */
export async function readCachedEntry(
  tabId: number,
  url: string | undefined,
): Promise<{ report: PageReport; selection: boolean } | null> {
  try {
    const entries = await readEntries(cacheArea());
    const entry = entries.find((e) => e.tabId === tabId && (url === undefined || e.url === url));
    return entry ? { report: entry.report, selection: entry.selection } : null;
  } catch {
    return null;
  }
}

/** Forgets a tab's report (it navigated); best effort. */
export async function dropCachedReport(tabId: number): Promise<void> {
  const area = cacheArea();
  try {
    const entries = await readEntries(area);
    if (entries.some((e) => e.tabId === tabId))
      await area.set({ [CACHE_KEY]: entries.filter((e) => e.tabId !== tabId) });
  } catch {
    // Nothing to forget.
  }
}

/** Calls back when any view or the background writes the cache. Returns the unsubscribe. */
export function onCacheChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (CACHE_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Best effort: a cache that cannot be written only costs a re-analysis next time. */
export async function writeCachedReport(
  tabId: number,
  url: string,
  report: PageReport,
  selection = false,
): Promise<void> {
  const area = cacheArea();
  try {
    const others = (await readEntries(area)).filter((e) => e.tabId !== tabId);
    const entries = [...others.slice(-(CACHE_LIMIT - 1)), { tabId, url, report, selection }];
    await area.set({ [CACHE_KEY]: entries });
  } catch {
    // Quota or a missing area: keep going without a cache.
  }
}
