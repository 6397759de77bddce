// Where the collection lives in storage.local: one key per record plus an index of ids. Kept in
// lib/ so tests and tools can read a profile's storage without loading extension APIs.
export const INDEX_KEY = 'collection:index';
export const RECORD_PREFIX = 'rec:';

export function recordKey(id: string): string {
  return RECORD_PREFIX + id;
}
