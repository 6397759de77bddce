// The collection in storage.local. Each record has its own key ("rec:<id>") and one index key
// lists the ids, so saving page 5,001 writes one record and a list of ids, not 5,000 reports.
//
// Write order keeps what is saved safe when storage is full: records are written before the index
// names them, and removed from the index before their keys are deleted. If the index write fails,
// the records just written are removed again (an unindexed record is invisible, never half-saved).
// Writes are serialized (Web Locks across extension pages where available, a queue otherwise) so
// the popup's auto-save and an open collection page cannot overwrite each other's index.
import { browser } from './browser';
import type { PageReport } from '../lib/schema';
import { PageReport as PageReportSchema } from '../lib/schema';
import { makeRecord, type CollectionRecord } from '../lib/collection/record';
import { migrateRecord } from '../lib/collection/migrations';
import { planImport } from '../lib/collection/import';
import { INDEX_KEY, RECORD_PREFIX, recordKey } from '../lib/collection/storage-keys';

export { INDEX_KEY, RECORD_PREFIX, recordKey };
export const STORAGE_FULL =
  'Storage is full: nothing was lost; delete or export some pages to make room, then try again.';

/** Records per storage.local.set call: keeps each write well under message-size limits. */
const WRITE_BATCH = 200;

export type StoreResult = { ok: true } | { ok: false; error: string };
export type ImportResult = { ok: true; added: number; merged: number } | { ok: false; error: string };

export interface LoadedCollection {
  records: CollectionRecord[];
  /** Records that could not be read, with the storage key and why. */
  skipped: { key: string; reason: string }[];
}

/** Saves one analyzed page. `now` is the save time (ISO), read by the caller. */
export async function saveReport(report: PageReport, { now }: { now: string }): Promise<StoreResult> {
  const parsed = PageReportSchema.safeParse(report);
  if (!parsed.success)
    return { ok: false, error: 'This report is not in a format the collection can store.' };
  const record = makeRecord(parsed.data, now);
  return exclusive(async () => {
    try {
      const { ids } = await readIndex();
      const listed = ids.includes(record.id);
      if (listed) {
        const stored = (await browser.storage.local.get(recordKey(record.id)))[recordKey(record.id)];
        // The same analysis saved again: keep the first save (unless its copy is unreadable).
        if (migrateRecord(stored).ok) return { ok: true };
      }
      await writeRecordsThenIndex([record], ids, listed ? [] : [record.id]);
      return { ok: true };
    } catch (err) {
      return { ok: false, error: describeStorageError(err, 'save this page') };
    }
  });
}

export async function loadCollection(): Promise<LoadedCollection> {
  const skipped: LoadedCollection['skipped'] = [];
  const index = await readIndex();
  if (index.problem) skipped.push({ key: INDEX_KEY, reason: index.problem });
  const keys = index.ids.map(recordKey);
  const stored = keys.length ? await browser.storage.local.get(keys) : {};
  const records: CollectionRecord[] = [];
  for (const key of keys) {
    const raw = stored[key];
    if (raw === undefined) {
      skipped.push({ key, reason: 'listed in the collection but missing from storage' });
      continue;
    }
    const migrated = migrateRecord(raw);
    if (migrated.ok) records.push(migrated.record);
    else skipped.push({ key, reason: migrated.reason });
  }
  return { records, skipped };
}

export async function deleteRecords(ids: readonly string[]): Promise<StoreResult> {
  if (ids.length === 0) return { ok: true };
  return exclusive(async () => {
    try {
      const gone = new Set(ids);
      const { ids: current } = await readIndex();
      await browser.storage.local.set({ [INDEX_KEY]: current.filter((id) => !gone.has(id)) });
      // The index no longer names them; a failure here only leaves unreachable keys.
      await browser.storage.local.remove(ids.map(recordKey)).catch(() => undefined);
      return { ok: true };
    } catch (err) {
      return { ok: false, error: describeStorageError(err, 'delete these pages') };
    }
  });
}

/** Undo for deleteRecords: puts the same records back. */
export async function restoreRecords(records: readonly CollectionRecord[]): Promise<StoreResult> {
  const result = await importRecords(records);
  return result.ok ? { ok: true } : result;
}

/** Adds records (already validated and migrated by lib/collection/import.ts); duplicates merge. */
export async function importRecords(records: readonly CollectionRecord[]): Promise<ImportResult> {
  return exclusive(async () => {
    try {
      const { ids } = await readIndex();
      const present = new Set(ids);
      const incomingIds = [...new Set(records.map((r) => r.id))].filter((id) => present.has(id));
      const existing = new Map<string, CollectionRecord>();
      if (incomingIds.length) {
        const stored = await browser.storage.local.get(incomingIds.map(recordKey));
        for (const id of incomingIds) {
          const migrated = migrateRecord(stored[recordKey(id)]);
          if (migrated.ok) existing.set(id, migrated.record);
        }
      }
      const plan = planImport(existing, records);
      // Ids in the index whose record is unreadable are overwritten by a good copy, not re-added.
      const newIds = plan.newIds.filter((id) => !present.has(id));
      await writeRecordsThenIndex(plan.toWrite, ids, newIds);
      return { ok: true, added: plan.added, merged: plan.merged };
    } catch (err) {
      return { ok: false, error: describeStorageError(err, 'import these pages') };
    }
  });
}

async function writeRecordsThenIndex(
  records: readonly CollectionRecord[],
  ids: readonly string[],
  newIds: readonly string[],
): Promise<void> {
  const before = new Set(ids);
  try {
    for (let i = 0; i < records.length; i += WRITE_BATCH) {
      const batch = records.slice(i, i + WRITE_BATCH);
      await browser.storage.local.set(Object.fromEntries(batch.map((r) => [recordKey(r.id), r])));
    }
    if (newIds.length) await browser.storage.local.set({ [INDEX_KEY]: [...ids, ...newIds] });
  } catch (err) {
    // Keys this call created are not in the index yet, so removing them loses nothing; records
    // the index already names keep their (same-analysis) content.
    const created = records.filter((r) => !before.has(r.id)).map((r) => recordKey(r.id));
    if (created.length) await browser.storage.local.remove(created).catch(() => undefined);
    throw err;
  }
}

async function readIndex(): Promise<{ ids: string[]; problem?: string }> {
  const raw = (await browser.storage.local.get(INDEX_KEY))[INDEX_KEY];
  if (raw === undefined) return { ids: [] };
  if (Array.isArray(raw) && raw.every((id) => typeof id === 'string'))
    return { ids: [...new Set(raw as string[])] };
  // The index is damaged: rebuild it from the record keys so nothing saved disappears.
  const all = await browser.storage.local.get(null);
  const ids = Object.keys(all)
    .filter((key) => key.startsWith(RECORD_PREFIX))
    .map((key) => key.slice(RECORD_PREFIX.length))
    .sort();
  return { ids, problem: 'the collection index was unreadable; it was rebuilt from the saved pages' };
}

export function isQuotaError(err: unknown): boolean {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

function describeStorageError(err: unknown, action: string): string {
  if (isQuotaError(err)) return STORAGE_FULL;
  const message = err instanceof Error ? err.message : String(err);
  return `Could not ${action}: ${message}`;
}

let queue: Promise<unknown> = Promise.resolve();

/** One collection write at a time, across the popup and collection page when Web Locks exist. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks?.request) return locks.request('therapylens-collection', work) as Promise<T>;
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}
