// The age of the reference data, and the plain warning past six months, in the CLI text report too.
import { describe, expect, it } from 'vitest';
import { formatText } from '../../cli/text-report';
import { bundledDataset } from '../../lib/dataset/bundled';
import { datasetAge } from '../../lib/dataset/freshness';

describe('datasetAge', () => {
  it('counts whole calendar months from the as-of day', () => {
    expect(datasetAge('2026-12-04', '2026-12-20T10:00:00Z')).toMatchObject({ months: 0, stale: false });
    expect(datasetAge('2026-12-04', '2027-01-04T00:00:00Z')?.months).toBe(1);
    expect(datasetAge('2026-12-04', '2027-01-03T23:59:59Z')?.months).toBe(0);
    expect(datasetAge('2026-12-04', '2027-06-04')).toMatchObject({ months: 6, stale: false });
  });

  it('warns plainly once more than six months have passed', () => {
    const age = datasetAge('2026-12-04', '2027-06-05T08:00:00Z')!;
    expect(age.stale).toBe(true);
    expect(age.text).toBe(
      'Warning: the reference data is 6 months old (as of 2026-12-04); approvals and label changes since then may be missing.',
    );
    expect(datasetAge('2026-12-04', '2028-02-01')?.text).toMatch(/is 13 months old/);
  });

  it('reads a partial as-of date from its last day, and never reports a negative age', () => {
    expect(datasetAge('2026-08', '2026-08-31')?.months).toBe(0);
    expect(datasetAge('2026-12-04', '2026-01-01')).toMatchObject({ months: 0, stale: false });
    expect(datasetAge('2026-12-04', 'yesterday')).toBeUndefined();
  });
});

describe('CLI text report', () => {
  it('ends with the dataset version, its age and the disclaimer', () => {
    const fresh = formatText([], bundledDataset, `${bundledDataset.meta.asOf}T12:00:00Z`);
    expect(fresh).toContain(`Reference data as of ${bundledDataset.meta.asOf} (less than a month old).`);
    const old = formatText([], bundledDataset, '2030-01-01T00:00:00Z');
    expect(old).toMatch(/Warning: the reference data is \d+ months old/);
  });
});
