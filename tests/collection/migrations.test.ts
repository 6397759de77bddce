import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateRecord } from '../../lib/collection/migrations';
import { REPORT_VERSION } from '../../lib/report-version';
import {
  CollectionRecord,
  RECORD_VERSION,
  makeRecord,
  mergeRecords,
  recordId,
} from '../../lib/collection/record';
import { testPath } from '../helpers/dom';
import { report } from './factory';

function example(version: string): Record<string, unknown> {
  return JSON.parse(readFileSync(testPath('collection', 'records', `${version}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('recordId', () => {
  it('is a stable 16-hex-digit hash of url and analysis time', () => {
    // Pinned: stored and exported records are keyed by it, so it must never change.
    expect(recordId('https://clinic-b.example/car-t?lang=en', '2026-02-03T14:00:00.000Z')).toBe(
      '3533bf6752ef051a',
    );
    expect(recordId('https://a.example/', '2026-01-01T00:00:00.000Z')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differs when either the url or the analysis time differs', () => {
    const base = recordId('https://a.example/', '2026-01-01T00:00:00.000Z');
    expect(recordId('https://a.example/x', '2026-01-01T00:00:00.000Z')).not.toBe(base);
    expect(recordId('https://a.example/', '2026-01-01T00:00:01.000Z')).not.toBe(base);
    // The separator keeps "ab"+"c" and "a"+"bc" apart.
    expect(recordId('ab', 'c')).not.toBe(recordId('a', 'bc'));
  });

  it('has no collisions across 20,000 close variants', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++)
      ids.add(recordId(`https://site.example/page-${i}`, '2026-01-01T00:00:00.000Z'));
    expect(ids.size).toBe(20_000);
  });
});

describe('mergeRecords', () => {
  it('keeps the earliest save whichever order the copies come in', () => {
    const r = report();
    const first = makeRecord(r, '2026-01-01T00:00:00.000Z');
    const later = makeRecord({ ...r, title: 'renamed' }, '2026-02-01T00:00:00.000Z');
    expect(mergeRecords(first, later)).toBe(first);
    expect(mergeRecords(later, first)).toBe(first);
  });
});

/** A v1 record as TherapyLens saved it before claim frames were typed (PageReport version 1). */
type V1Record = { report: { version: number; notes: string[]; claims: Array<Record<string, unknown>> } };

describe('migrateRecord', () => {
  it('a v2 (current) record is read unchanged', () => {
    const raw = JSON.parse(JSON.stringify(makeRecord(report(), '2026-01-01T00:00:00.000Z'))) as unknown;
    const result = migrateRecord(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.record).toEqual(raw);
    expect(result.record.id).toBe(recordId(result.record.url, result.record.report.analyzedAt));
  });

  it('v1 as the engine saved it (every rule but designation) migrates with each claim and frame unchanged', () => {
    // The engine's own report of tests/fixtures/pages/clinic--myeloma-car-t-clinic.html, saved as
    // version 1; only mention lists and `compared` were shortened to keep the file small.
    const raw = example('v1-engine') as unknown as V1Record;
    expect(raw.report.version).toBe(1);
    const result = migrateRecord(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.record.recordVersion).toBe(RECORD_VERSION);
    expect(result.record.report).toEqual({ ...raw.report, version: REPORT_VERSION });
    expect(new Set(result.record.report.claims.map((c) => c.ruleId)).size).toBe(6);
    // A migrated record is current: reading it again changes nothing.
    const again = migrateRecord(JSON.parse(JSON.stringify(result.record)));
    expect(again).toEqual({ ok: true, record: result.record, migratedFrom: RECORD_VERSION });
  });

  it('v1 claims no frame accepts are left out with a note; the record and its other claims load', () => {
    const raw = example('v1-engine') as unknown as V1Record;
    const claims = raw.report.claims;
    const response = claims.findIndex((c) => c.ruleId === 'response');
    const target = claims.findIndex((c) => c.ruleId === 'target');
    // A field of the wrong type, and a field no frame has (dropped: no reader knows it).
    claims[response] = { ...claims[response], details: { metric: 'ORR', value: '97%', comparator: '=' } };
    claims[target] = { ...claims[target], details: { targetId: 'TNFRSF17', legacy: 'x' } };
    const result = migrateRecord(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const kept = result.record.report.claims;
    expect(kept).toHaveLength(claims.length - 1);
    expect(kept.map((c) => c.id)).not.toContain(claims[response]!.id);
    expect(kept.find((c) => c.id === claims[target]!.id)?.details).toEqual({ targetId: 'TNFRSF17' });
    expect(result.record.report.notes).toEqual([
      'One claim saved by an earlier version of TherapyLens could not be read and is not shown.',
    ]);
  });

  it('v1 example (claims of a rule TherapyLens never had) loads without those claims', () => {
    const raw = example('v1') as unknown as V1Record;
    const result = migrateRecord(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.record.report).toEqual({
      ...raw.report,
      version: REPORT_VERSION,
      claims: [],
      notes: ['2 claims saved by an earlier version of TherapyLens could not be read and are not shown.'],
    });
  });

  it('v0 (pre-release, no recordVersion or id) example migrates to the current version', () => {
    const raw = example('v0');
    expect(raw).not.toHaveProperty('recordVersion');
    const result = migrateRecord(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.record.recordVersion).toBe(RECORD_VERSION);
    expect(result.record.url).toBe('https://clinic-a.example/kymriah');
    expect(result.record.savedAt).toBe('2025-06-01T09:31:00.000Z');
    expect(result.record.id).toBe(recordId('https://clinic-a.example/kymriah', '2025-06-01T09:30:00.000Z'));
    // Its one claim is of a rule TherapyLens never had (the collection predates the claim rules).
    expect(result.record.report).toEqual({
      ...(raw.report as V1Record['report']),
      version: REPORT_VERSION,
      claims: [],
      notes: ['One claim saved by an earlier version of TherapyLens could not be read and is not shown.'],
    });
    expect(CollectionRecord.safeParse(result.record).success).toBe(true);
  });

  it('skips a record from a newer version with a reason instead of failing', () => {
    const result = migrateRecord({ ...example('v1'), recordVersion: 7 });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/record version 7 is newer/) });
  });

  it('reports corrupted records with a one-line reason', () => {
    const broken = example('v1');
    (broken.report as Record<string, unknown>).claims = 'not a list';
    const result = migrateRecord(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/^invalid record: .*claims/);
    expect(result.reason).not.toContain('\n');

    for (const junk of [
      null,
      42,
      'rec',
      [],
      { recordVersion: 'one' },
      { recordVersion: 1.5 },
      { url: 'x' },
    ]) {
      expect(migrateRecord(junk).ok).toBe(false);
    }
  });

  it('a v0 record whose report is invalid is skipped after migration', () => {
    const v0 = example('v0');
    (v0.report as Record<string, unknown>).analyzedAt = 'yesterday';
    const result = migrateRecord(v0);
    expect(result.ok).toBe(false);
  });
});
