// A saved page in the researcher's collection. Records are versioned because they outlive the code
// that wrote them (storage, exported files); lib/collection/migrations.ts brings older shapes up.
import { z } from '../zod';
import { PageReport } from '../schema';

/** 2: the report inside is PageReport version 2 (typed claim frames); lib/collection/migrations.ts. */
export const RECORD_VERSION = 2 as const;

export const CollectionRecord = z.object({
  recordVersion: z.literal(RECORD_VERSION),
  /** recordId(url, report.analyzedAt): the same analysis saved twice is one record. */
  id: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  url: z.string(),
  title: z.string(),
  savedAt: z.iso.datetime(),
  report: PageReport,
});

export type CollectionRecord = z.output<typeof CollectionRecord>;

/**
 * Stable id (16 hex digits): 64-bit FNV-1a over the UTF-16 code units of url + NUL + analysis
 * time. Synchronous and dependency-free so lib/ can compute it anywhere; not a security hash,
 * only a key that must never change between versions (stored and exported records use it).
 */
export function recordId(url: string, analyzedAt: string): string {
  const input = `${url}\u0000${analyzedAt}`;
  let hash = FNV_OFFSET;
  for (let i = 0; i < input.length; i++) {
    hash ^= BigInt(input.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** The record for a report saved at `savedAt` (an ISO timestamp the caller read from its clock). */
export function makeRecord(report: PageReport, savedAt: string): CollectionRecord {
  return {
    recordVersion: RECORD_VERSION,
    id: recordId(report.source, report.analyzedAt),
    url: report.source,
    title: report.title,
    savedAt,
    report,
  };
}

/**
 * Two records of the same analysis (same id) become one: the earliest save wins, so merging is
 * order-independent and importing a file twice changes nothing.
 */
export function mergeRecords(a: CollectionRecord, b: CollectionRecord): CollectionRecord {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? a : b;
  return a;
}

/** Export and display order: oldest save first, id breaks ties. */
export function compareRecords(a: CollectionRecord, b: CollectionRecord): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
