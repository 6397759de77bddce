// The label history in the bundled data replays to the label of any day: a page written in 2023
// is judged against the label of 2023, and today's label is what the indications say now.
import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index';
import { labelAt } from '../../lib/dataset/history';
import { Dataset, type Product } from '../../lib/dataset/schema';

const ds = Dataset.parse(rawDataset);
const product = (id: string): Product => ds.products.find((p) => p.id === id)!;

describe('labelAt', () => {
  it('gives Abecma\u2019s 2023 US label (four prior lines) and today\u2019s (two)', () => {
    const abecma = product('idecabtagene-vicleucel');
    expect([...labelAt(abecma, 'FDA', '2023-06-30')]).toEqual([
      'idecabtagene-vicleucel--fda--multiple-myeloma--2021',
    ]);
    expect([...labelAt(abecma, 'FDA')]).toEqual(['idecabtagene-vicleucel--fda--multiple-myeloma--2024']);
  });

  it('drops an EU authorisation after its withdrawal (Provenge, 2013-2015)', () => {
    const provenge = product('sipuleucel-t');
    expect(labelAt(provenge, 'EMA', '2014-01-01').size).toBe(1);
    expect(labelAt(provenge, 'EMA', '2015-05-06').size).toBe(0);
    expect(labelAt(provenge, 'FDA').size).toBe(1);
  });

  it('has nothing on the label before the first approval', () => {
    expect(labelAt(product('tisagenlecleucel'), 'FDA', '2017-08-29').size).toBe(0);
  });
});

describe('label history in the data', () => {
  it('dates the Yescarta PCNSL limitation removal and the Carvykti enterocolitis boxed warning', () => {
    const kinds = (id: string) => product(id).events.map((e) => `${e.regulator} ${e.kind} ${e.date}`);
    expect(kinds('axicabtagene-ciloleucel')).toContain('FDA limitation-removed 2026-02-06');
    expect(kinds('ciltacabtagene-autoleucel')).toContain('FDA boxed-warning-added 2025-10');
    expect(product('ciltacabtagene-autoleucel').boxedWarning).toContain(
      'immune effector cell-associated enterocolitis',
    );
  });

  it('records the June 2025 REMS removal for each of the six CD19/BCMA CAR-Ts', () => {
    const withRemsRemoved = ds.products
      .filter((p) => p.events.some((e) => e.kind === 'rems-removed' && e.date === '2025-06-26'))
      .map((p) => p.id)
      .sort();
    expect(withRemsRemoved).toEqual([
      'axicabtagene-ciloleucel',
      'brexucabtagene-autoleucel',
      'ciltacabtagene-autoleucel',
      'idecabtagene-vicleucel',
      'lisocabtagene-maraleucel',
      'tisagenlecleucel',
    ]);
  });

  it('never counts a designation or filing as an approval (anito-cel, RP1 and tab-cel in the US)', () => {
    for (const [id, regulator] of [
      ['anitocabtagene-autoleucel', 'FDA'],
      ['vusolimogene-oderparepvec', 'FDA'],
      ['tabelecleucel', 'FDA'],
    ] as const) {
      const p = product(id);
      expect(p.designations.length, id).toBeGreaterThan(0);
      expect(labelAt(p, regulator).size, id).toBe(0);
      expect(
        p.indications.filter((i) => i.regulator === regulator),
        id,
      ).toEqual([]);
    }
  });

  it('says which regulators\u2019 records are complete, so a missing approval can mean "not approved"', () => {
    expect(product('lisocabtagene-maraleucel').regulatorCoverage).toMatchObject({
      FDA: 'complete',
      EMA: 'complete',
      SWISSMEDIC: 'complete',
    });
    expect(product('tisagenlecleucel').regulatorCoverage.RU_MOH).toBe('partial');
    expect(product('tabelecleucel').regulatorCoverage.FDA).toBe('complete');
  });
});
