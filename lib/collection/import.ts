// Reading a collection file back. The whole file is checked before anything is stored: a foreign
// or broken file is one clear error and the collection is untouched. Inside a valid file, a record
// that cannot be read (corrupted, or from a newer TherapyLens) is skipped with its reason and the
// rest are imported; older record versions are migrated.
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { migrateRecord } from './migrations';
import { mergeRecords, type CollectionRecord } from './record';

export interface SkippedRecord {
  /** Position in the file's "records" array (0-based). */
  index: number;
  reason: string;
}

export type ParsedCollectionFile =
  | { ok: true; records: CollectionRecord[]; skipped: SkippedRecord[]; duplicatesInFile: number }
  | { ok: false; error: string };

export function parseCollectionFile(text: string): ParsedCollectionFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `This file is not valid JSON (${detail}). Nothing was imported.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: notOurs };
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== EXPORT_FORMAT) return { ok: false, error: notOurs };
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The collection file has no valid version number. Nothing was imported.' };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      error: `This collection file was made by a newer TherapyLens (file version ${version}); update the extension to import it. Nothing was imported.`,
    };
  }
  if (!Array.isArray(envelope.records)) {
    return { ok: false, error: 'The collection file has no list of records. Nothing was imported.' };
  }

  const byId = new Map<string, CollectionRecord>();
  const skipped: SkippedRecord[] = [];
  let duplicatesInFile = 0;
  envelope.records.forEach((raw: unknown, index: number) => {
    const migrated = migrateRecord(raw);
    if (!migrated.ok) {
      skipped.push({ index, reason: migrated.reason });
      return;
    }
    const record = migrated.record;
    const seen = byId.get(record.id);
    if (seen) duplicatesInFile++;
    byId.set(record.id, seen ? mergeRecords(seen, record) : record);
  });
  return { ok: true, records: [...byId.values()], skipped, duplicatesInFile };
}

const notOurs =
  'This is not a TherapyLens collection file (expected "format": "therapylens-collection"). Nothing was imported.';

export interface ImportPlan {
  /** Records to write: new ones, and existing ones replaced by an earlier save of the same analysis. */
  toWrite: CollectionRecord[];
  /** Ids not yet in the collection (the index gains these). */
  newIds: string[];
  added: number;
  /** Incoming records that matched one already saved (same URL and analysis time). */
  merged: number;
}

/** What importing `incoming` into a collection holding `existing` changes. Pure. */
export function planImport(
  existing: ReadonlyMap<string, CollectionRecord>,
  incoming: readonly CollectionRecord[],
): ImportPlan {
  const writes = new Map<string, CollectionRecord>();
  const newIds: string[] = [];
  let merged = 0;
  for (const record of incoming) {
    const pending = writes.get(record.id);
    const current = pending ?? existing.get(record.id);
    if (!current) {
      writes.set(record.id, record);
      newIds.push(record.id);
      continue;
    }
    merged++;
    const kept = mergeRecords(current, record);
    if (kept !== current || pending) writes.set(record.id, kept);
  }
  return { toWrite: [...writes.values()], newIds, added: newIds.length, merged };
}
