// Brings any stored or exported record up to the current CollectionRecord shape. Each step takes
// version N to N+1, so a record of any earlier version walks the whole chain. A record from a
// newer TherapyLens is skipped with a reason (never fatal, never rewritten): the user may open
// the collection again after updating.
import { z, prettifyError } from '../zod';
import { CLAIM_FRAMES } from '../claims/rules/frames';
import { CollectionRecord, RECORD_VERSION, recordId } from './record';

/**
 * v0: the pre-release shape (development builds stored the report with its url, title and save
 * time, without a record version or id). Only what the v0→v1 step reads is checked here; the
 * report itself is validated against the current PageReport after migration.
 */
export const RecordV0 = z.object({
  url: z.string(),
  title: z.string(),
  savedAt: z.string(),
  report: z.object({ analyzedAt: z.string() }),
});

/** A claim's rule, kind and frame, as PageReport version 2 types them (lib/claims/rules/frames.ts). */
const ClaimFrame = z.discriminatedUnion('ruleId', CLAIM_FRAMES);

type Step = (record: Record<string, unknown>) => Record<string, unknown> | string;

/** MIGRATIONS[n] turns a version-n record into version n+1, or returns why it cannot. */
const MIGRATIONS: Record<number, Step> = {
  0: (raw) => {
    const parsed = RecordV0.safeParse(raw);
    if (!parsed.success) return `not a version 0 record: ${oneLine(prettifyError(parsed.error))}`;
    const v0 = parsed.data;
    return {
      recordVersion: 1,
      id: recordId(v0.url, v0.report.analyzedAt),
      url: v0.url,
      title: v0.title,
      savedAt: v0.savedAt,
      report: raw.report,
    };
  },
  /**
   * v1 → v2: the report goes from PageReport version 1, whose claim details were any record of
   * scalars, to version 2, where each rule's details are a typed frame. Every released engine wrote
   * frames that fit, so claims carry over unchanged. A claim no frame accepts (a rule TherapyLens
   * never had, a field of the wrong type) cannot be typed: it is left out and the report's notes
   * say so, rather than the whole record becoming unreadable. Anything else wrong with the report
   * is left for the final validation to report.
   */
  1: (raw) => ({ ...raw, recordVersion: 2, report: reportV2(raw.report) }),
};

function reportV2(report: unknown): unknown {
  if (typeof report !== 'object' || report === null) return report;
  const v1 = report as Record<string, unknown>;
  if (v1.version !== 1 || !Array.isArray(v1.claims) || !Array.isArray(v1.notes)) return report;
  const claims = v1.claims.filter(
    (c: unknown) => typeof c !== 'object' || c === null || ClaimFrame.safeParse(c).success,
  );
  const dropped = v1.claims.length - claims.length;
  const notes =
    dropped === 0
      ? v1.notes
      : [
          ...v1.notes,
          `${dropped === 1 ? 'One claim' : `${dropped} claims`} saved by an earlier version of TherapyLens could not be read and ${dropped === 1 ? 'is' : 'are'} not shown.`,
        ];
  return { ...v1, version: 2, notes, claims };
}

export type MigrationResult =
  { ok: true; record: CollectionRecord; migratedFrom: number } | { ok: false; reason: string };

export function migrateRecord(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not a record (expected an object)' };
  }
  let current = raw as Record<string, unknown>;
  const from = recordVersionOf(current);
  if (from === undefined) return { ok: false, reason: 'recordVersion is not a whole number' };
  if (from > RECORD_VERSION) {
    return {
      ok: false,
      reason: `record version ${from} is newer than this TherapyLens understands (${RECORD_VERSION}); update the extension to read it`,
    };
  }
  for (let version = from; version < RECORD_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from record version ${version}` };
    const next = step(current);
    if (typeof next === 'string') return { ok: false, reason: next };
    current = next;
  }
  const parsed = CollectionRecord.safeParse(current);
  if (!parsed.success)
    return { ok: false, reason: `invalid record: ${oneLine(prettifyError(parsed.error))}` };
  return { ok: true, record: parsed.data, migratedFrom: from };
}

/** A record without recordVersion is v0 (it predates versioning). */
function recordVersionOf(record: Record<string, unknown>): number | undefined {
  if (!('recordVersion' in record)) return 0;
  const version = record.recordVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** zod's pretty errors span lines; stored-record reasons are shown one per line. */
function oneLine(message: string): string {
  const flat = message.replace(/\s*\n\s*/g, '; ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}…` : flat;
}
