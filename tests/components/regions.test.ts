// Region chips from the dataset's active indications.
import { describe, expect, it } from 'vitest';
import { approvalRegions, regionOf } from '../../components/regions';
import { bundledDataset } from '../../lib/dataset/bundled';
import { productById } from '../../lib/dataset/index';
import type { Indication } from '../../lib/dataset/schema';

function product(...entries: [string, Indication['status']][]) {
  return {
    indications: entries.map(([regulator, status]) => ({ regulator, status }) as unknown as Indication),
  };
}

describe('regionOf', () => {
  it('maps every regulator to its short region, and OTHER to nothing', () => {
    const map = Object.fromEntries(
      [
        'FDA',
        'EMA',
        'MHRA',
        'NMPA',
        'PMDA',
        'CDSCO',
        'HSA',
        'HC',
        'TGA',
        'MFDS',
        'SWISSMEDIC',
        'ANVISA',
        'RU_MOH',
      ].map((r) => [r, regionOf(r)]),
    );
    expect(map).toEqual({
      FDA: 'US',
      EMA: 'EU',
      MHRA: 'UK',
      NMPA: 'CN',
      PMDA: 'JP',
      CDSCO: 'IN',
      HSA: 'SG',
      HC: 'CA',
      TGA: 'AU',
      MFDS: 'KR',
      SWISSMEDIC: 'CH',
      ANVISA: 'BR',
      RU_MOH: 'RU',
    });
    expect(regionOf('OTHER')).toBeNull();
  });

  it('shows a regulator it does not know as its own code', () => {
    expect(regionOf('SAHPRA')).toBe('SAHPRA');
  });
});

describe('approvalRegions', () => {
  it('lists each region once, in a fixed order, from active indications only', () => {
    const chips = approvalRegions(
      product(
        ['NMPA', 'active'],
        ['FDA', 'superseded'],
        ['EMA', 'active'],
        ['FDA', 'active'],
        ['EMA', 'active'],
      ),
    );
    expect(chips.map((c) => c.region)).toEqual(['US', 'EU', 'CN']);
    expect(approvalRegions(product(['FDA', 'withdrawn'], ['OTHER', 'active']))).toEqual([]);
    expect(approvalRegions(product(['SAHPRA', 'active'], ['TGA', 'active'])).map((c) => c.region)).toEqual([
      'AU',
      'SAHPRA',
    ]);
  });

  it('gives a China-only product only CN (the case a US reader must not read as "Approved")', () => {
    const relma = productById(bundledDataset, 'relmacabtagene-autoleucel')!;
    expect(approvalRegions(relma).map((c) => c.region)).toEqual(['CN']);
  });
});
