// The last report per tab, so reopening the popup on the same page shows it at once. Kept in
// storage.session (gone when the browser closes); storage.local when session storage is missing.
// Every entry is validated on read: storage may hold data from an older version of the code.
import { browser } from './browser';
import { z } from '../lib/zod';
import { PageReport } from '../lib/schema';

export const CACHE_KEY = 'report-cache';
/** Tabs remembered; the oldest entry goes first. */
export const CACHE_LIMIT = 8;

const CacheEntry = z.object({ tabId: z.int(), url: z.string(), report: PageReport });
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
  try {
    const entries = await readEntries(cacheArea());
    return entries.find((e) => e.tabId === tabId && e.url === url)?.report ?? null;
  } catch {
    return null;
  }
}

/** Best effort: a cache that cannot be written only costs a re-analysis next time. */
export async function writeCachedReport(tabId: number, url: string, report: PageReport): Promise<void> {
  const area = cacheArea();
  try {
    const others = (await readEntries(area)).filter((e) => e.tabId !== tabId);
    const entries = [...others.slice(-(CACHE_LIMIT - 1)), { tabId, url, report }];
    await area.set({ [CACHE_KEY]: entries });
  } catch {
    // Quota or a missing area: keep going without a cache.
  }
}
