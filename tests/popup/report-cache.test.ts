import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CACHE_KEY, CACHE_LIMIT, readCachedReport, writeCachedReport } from '../../utils/report-cache';
import { fullReport } from '../components/fixtures';

const URL_A = 'https://clinic.example/car-t';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('report cache', () => {
  it('returns the report stored for the same tab and URL', async () => {
    await writeCachedReport(3, URL_A, fullReport);
    expect(await readCachedReport(3, URL_A)).toEqual(fullReport);
  });

  it('misses for another URL in the same tab, or the same URL in another tab', async () => {
    await writeCachedReport(3, URL_A, fullReport);
    expect(await readCachedReport(3, `${URL_A}#other`)).toBeNull();
    expect(await readCachedReport(4, URL_A)).toBeNull();
  });

  it('lives in session storage, not in local storage', async () => {
    await writeCachedReport(3, URL_A, fullReport);
    expect((await fakeBrowser.storage.session.get(CACHE_KEY))[CACHE_KEY]).toHaveLength(1);
    expect(await fakeBrowser.storage.local.get(CACHE_KEY)).toEqual({});
  });

  it('falls back to local storage when session storage is unavailable', async () => {
    const storage = fakeBrowser.storage as { session?: unknown };
    const session = storage.session;
    try {
      delete storage.session;
      await writeCachedReport(3, URL_A, fullReport);
      expect(await readCachedReport(3, URL_A)).toEqual(fullReport);
      expect((await fakeBrowser.storage.local.get(CACHE_KEY))[CACHE_KEY]).toHaveLength(1);
    } finally {
      storage.session = session;
    }
  });

  it('ignores malformed cached data instead of showing it', async () => {
    await fakeBrowser.storage.session.set({
      [CACHE_KEY]: [
        { tabId: 3, url: URL_A, report: { ...fullReport, version: 99 } },
        { tabId: 3, url: URL_A, report: 'not a report' },
      ],
    });
    expect(await readCachedReport(3, URL_A)).toBeNull();
    await fakeBrowser.storage.session.set({ [CACHE_KEY]: 'garbage' });
    expect(await readCachedReport(3, URL_A)).toBeNull();
  });

  it('keeps a valid entry beside a malformed one, and replaces the entry of a re-analyzed tab', async () => {
    await fakeBrowser.storage.session.set({ [CACHE_KEY]: [{ tabId: 9, url: 'x', report: null }] });
    await writeCachedReport(3, URL_A, fullReport);
    const retitled = { ...fullReport, title: 'Newer' };
    await writeCachedReport(3, URL_A, retitled);
    expect(await readCachedReport(3, URL_A)).toEqual(retitled);
    expect((await fakeBrowser.storage.session.get(CACHE_KEY))[CACHE_KEY]).toHaveLength(1);
  });

  it(`remembers at most ${CACHE_LIMIT} tabs, dropping the oldest`, async () => {
    for (let tab = 1; tab <= CACHE_LIMIT + 2; tab++) await writeCachedReport(tab, URL_A, fullReport);
    expect(await readCachedReport(1, URL_A)).toBeNull();
    expect(await readCachedReport(2, URL_A)).toBeNull();
    expect(await readCachedReport(3, URL_A)).toEqual(fullReport);
    expect(await readCachedReport(CACHE_LIMIT + 2, URL_A)).toEqual(fullReport);
  });
});
