import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the false alarms of blind set 33 after its second scoring (the set is spent).

describe('what a clause owns', () => {
  it('ends an approval\'s own words at ", assim como", with the disease and date of the product after it', () => {
    const portuguese = verified(
      'O Breyanzi (lisocabtageno maraleucel) e o Abecma (idecabtageno vicleucel) são aprovados nos Estados Unidos, assim como o Aucatzyl, aprovado pela FDA em 8 de novembro de 2024 para adultos com LLA-B.',
    );
    expect(accusing(portuguese)).toEqual([]);
  });

  it('gives a denial after a semicolon the place of its own clause', () => {
    const claims = verified(
      'Für Erwachsene ab 26 Jahren gibt es in der EU Tecartus und Aucatzyl; in der Schweiz konnten wir für beide keine Zulassung finden.',
    );
    expect(claims.filter((c) => field(c, 'approved') === false).map((c) => field(c, 'regulator'))).toEqual([
      'SWISSMEDIC',
      'SWISSMEDIC',
    ]);
  });

  it('reads "but no CLL indication" as a denial', () => {
    const use = verified(
      'Dr. Okafor noted that Kymriah also has a follicular lymphoma indication (accelerated approval, May 27, 2022) but no CLL indication.',
    ).find((c) => field(c, 'conditionId') === 'cll');
    expect(use && [field(use, 'approved'), use.verdict]).toEqual([false, 'consistent']);
  });
});

describe('figures', () => {
  it('gives a figure bracketed after another in a cell the metric the header brackets', () => {
    const header = ['Producto', 'Blanco', 'Aprobación FDA', 'Respuesta global (completa)'];
    const claims = verified([
      row(['Yescarta', 'CD19 (axi-cel)', '18/10/2017', 'ZUMA-1, FDA: 72 % (51 %)'], header),
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(
      claims.filter((c) => c.kind === 'response').map((c) => [field(c, 'metric'), field(c, 'value')]),
    ).toEqual([
      ['ORR', 72],
      ['CR', 51],
    ]);
  });
});
