// What the collection page needs from storage and the browser, passed in as props so the view
// runs in tests without extension APIs (entrypoints/collection/App.tsx wires the real ones).
import type { CollectionRecord } from '../../lib/collection/record';

export type StoreResult = { ok: true } | { ok: false; error: string };
export type ImportResult = { ok: true; added: number; merged: number } | { ok: false; error: string };

export interface CollectionStore {
  load(): Promise<{ records: CollectionRecord[]; skipped: { key: string; reason: string }[] }>;
  deleteRecords(ids: readonly string[]): Promise<StoreResult>;
  restoreRecords(records: readonly CollectionRecord[]): Promise<StoreResult>;
  importRecords(records: readonly CollectionRecord[]): Promise<ImportResult>;
}

export interface CollectionEnv {
  store: CollectionStore;
  /** Current time as ISO (export timestamps and file names). */
  now(): string;
  /** Offers `text` as a file download. */
  download(fileName: string, text: string, mimeType: string): void;
}
