import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeRecord } from '../../lib/collection/record';
import {
  INDEX_KEY,
  STORAGE_FULL,
  deleteRecords,
  importRecords,
  loadCollection,
  recordKey,
  restoreRecords,
  saveReport,
} from '../../utils/collection-store';
import { FIXED_NOW } from '../helpers/dom';
import { manyRecords, report } from './factory';

const SAVED_AT = '2026-11-21T12:05:00.000Z';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function quotaError(): Error {
  // Chrome's wording; Firefox throws a QuotaExceededError DOMException.
  return new Error('QUOTA_BYTES quota exceeded');
}

describe('saveReport / loadCollection', () => {
  it('stores each record under its own key plus an index, and loads them back', async () => {
    const a = report({ source: 'https://a.example/' });
    const b = report({ source: 'https://b.example/' });
    expect(await saveReport(a, { now: SAVED_AT })).toEqual({ ok: true });
    expect(await saveReport(b, { now: SAVED_AT })).toEqual({ ok: true });

    const raw = await fakeBrowser.storage.local.get(null);
    const ra = makeRecord(a, SAVED_AT);
    const rb = makeRecord(b, SAVED_AT);
    expect(raw[INDEX_KEY]).toEqual([ra.id, rb.id]);
    expect(raw[recordKey(ra.id)]).toEqual(ra);

    const loaded = await loadCollection();
    expect(loaded).toEqual({ records: [ra, rb], skipped: [] });
  });

  it('saving the same analysis twice keeps one record with the first save time', async () => {
    const a = report();
    await saveReport(a, { now: SAVED_AT });
    await saveReport(a, { now: '2026-12-01T00:00:00.000Z' });
    const { records } = await loadCollection();
    expect(records).toHaveLength(1);
    expect(records[0]!.savedAt).toBe(SAVED_AT);
  });

  it('rejects something that is not a PageReport without touching storage', async () => {
    const result = await saveReport({ ...report(), analyzedAt: 'now' }, { now: SAVED_AT });
    expect(result.ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('skips and reports corrupted, missing and future records; the rest still load', async () => {
    const [good, bad, future] = manyRecords(3);
    await importRecords([good!, bad!, future!]);
    await fakeBrowser.storage.local.set({
      [recordKey(bad!.id)]: { ...bad!, report: { nonsense: true } },
      [recordKey(future!.id)]: { ...future!, recordVersion: 3 },
      [INDEX_KEY]: [good!.id, bad!.id, future!.id, '0123456789abcdef'],
    });
    const { records, skipped } = await loadCollection();
    expect(records).toEqual([good]);
    expect(skipped.map((s) => s.key)).toEqual([
      recordKey(bad!.id),
      recordKey(future!.id),
      recordKey('0123456789abcdef'),
    ]);
    expect(skipped[0]!.reason).toMatch(/^invalid record/);
    expect(skipped[1]!.reason).toMatch(/newer/);
    expect(skipped[2]!.reason).toMatch(/missing/);
  });

  it('rebuilds a damaged index from the record keys', async () => {
    const records = manyRecords(2);
    await importRecords(records);
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: 'garbage' });
    const loaded = await loadCollection();
    expect(loaded.records.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(loaded.skipped).toEqual([{ key: INDEX_KEY, reason: expect.stringMatching(/rebuilt/) }]);
  });

  it('migrates a stored v0 record when loading', async () => {
    const r = report();
    const id = makeRecord(r, SAVED_AT).id;
    await fakeBrowser.storage.local.set({
      [INDEX_KEY]: [id],
      [recordKey(id)]: { url: r.source, title: r.title, savedAt: SAVED_AT, report: r },
    });
    const { records, skipped } = await loadCollection();
    expect(skipped).toEqual([]);
    expect(records).toEqual([makeRecord(r, SAVED_AT)]);
  });
});

describe('when storage is full', () => {
  it('a failed record write reports a clear message and loses nothing', async () => {
    await saveReport(report({ source: 'https://kept.example/' }), { now: SAVED_AT });
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quotaError());
    const result = await saveReport(report({ source: 'https://new.example/' }), { now: SAVED_AT });
    expect(result).toEqual({ ok: false, error: STORAGE_FULL });
    expect(STORAGE_FULL).toMatch(/^Storage is full: nothing was lost; delete or export some pages/);
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('if the index write fails, the record just written is removed again', async () => {
    await saveReport(report({ source: 'https://kept.example/' }), { now: SAVED_AT });
    const before = await fakeBrowser.storage.local.get(null);
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (INDEX_KEY in items)
        throw Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
      return realSet(items);
    });
    const result = await saveReport(report({ source: 'https://new.example/' }), { now: SAVED_AT });
    expect(result).toEqual({ ok: false, error: STORAGE_FULL });
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect((await loadCollection()).records).toHaveLength(1);
  });

  it('an import that runs out of room adds nothing and keeps what was there', async () => {
    const existing = manyRecords(3);
    await importRecords(existing);
    const before = await fakeBrowser.storage.local.get(null);
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      // The first batch fits, the second does not.
      if (++calls > 1) throw quotaError();
      return realSet(items);
    });
    const incoming = manyRecords(450).slice(3);
    const result = await importRecords(incoming);
    expect(result).toEqual({ ok: false, error: STORAGE_FULL });
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('other storage errors are passed on with what failed', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error: disk'));
    const result = await saveReport(report(), { now: SAVED_AT });
    expect(result).toEqual({ ok: false, error: 'Could not save this page: IO error: disk' });
  });
});

describe('delete, undo and import', () => {
  it('delete removes records and index entries; restore (undo) brings them back in place', async () => {
    const records = manyRecords(4);
    await importRecords(records);
    const doomed = [records[1]!, records[2]!];
    expect(await deleteRecords(doomed.map((r) => r.id))).toEqual({ ok: true });
    const after = await loadCollection();
    expect(after.records.map((r) => r.id)).toEqual([records[0]!.id, records[3]!.id]);
    expect(await fakeBrowser.storage.local.get(recordKey(records[1]!.id))).toEqual({});

    expect(await restoreRecords(doomed)).toEqual({ ok: true });
    const restored = await loadCollection();
    expect(restored.records.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(restored.records.find((r) => r.id === records[1]!.id)).toEqual(records[1]);
  });

  it('a failed delete leaves the collection as it was', async () => {
    const records = manyRecords(2);
    await importRecords(records);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('boom'));
    const result = await deleteRecords([records[0]!.id]);
    expect(result).toEqual({ ok: false, error: 'Could not delete these pages: boom' });
    vi.restoreAllMocks();
    expect((await loadCollection()).records).toHaveLength(2);
  });

  it('import counts added and merged; importing the same records again only merges', async () => {
    const records = manyRecords(5);
    await saveReport(records[0]!.report, { now: records[0]!.savedAt });
    expect(await importRecords(records)).toEqual({ ok: true, added: 4, merged: 1 });
    expect(await importRecords(records)).toEqual({ ok: true, added: 0, merged: 5 });
    const raw = await fakeBrowser.storage.local.get(INDEX_KEY);
    expect(raw[INDEX_KEY]).toHaveLength(5);
  });

  it('concurrent saves from one page do not lose index entries', async () => {
    const reports = Array.from({ length: 10 }, (_, i) =>
      report({ source: `https://c${i}.example/`, analyzedAt: FIXED_NOW }),
    );
    const results = await Promise.all(reports.map((r) => saveReport(r, { now: SAVED_AT })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await loadCollection()).records).toHaveLength(10);
  });
});
