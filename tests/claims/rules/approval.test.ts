import { describe, expect, it } from 'vitest';
import { approvalRule } from '../../../lib/claims/rules/approval';
import { sentence } from '../helpers';

const detect = (text: string, extra?: Parameters<typeof sentence>[1]) =>
  approvalRule.detect(sentence(text, extra)).map((c) => c.details);

describe('approval rule', () => {
  it("reads a place the approval word names beside another regulator's name as a regulator of its own", () => {
    expect(
      detect(
        "Aucatzyl was approved in the United States in November 2024 and by the UK's MHRA in April 2025.",
      ).map((d) => [d.regulator, d.date]),
    ).toEqual([
      ['FDA', '2024-11'],
      ['MHRA', '2025-04'],
    ]);
    // The place of the regulator already named adds nothing.
    expect(detect('Kymriah was approved by the FDA in the United States in August 2017.')).toHaveLength(1);
  });

  it('reads regulator, condition and population', () => {
    expect(
      detect('FDA-approved for relapsed or refractory B-cell ALL in pediatric and young adult patients.'),
    ).toEqual([
      expect.objectContaining({
        approved: true,
        regulator: 'FDA',
        conditionId: 'b-all',
        population: 'pediatric-and-young-adults',
        relapsedRefractory: true,
      }),
    ]);
  });

  it.each([
    ['Kymriah – DLBCL (seit 2018)', 'dlbcl', '2018'],
    ['Kymriah: follikuläres Lymphom (seit 2022)', 'fl', '2022'],
    ['Yescarta | DLBCL und HGBCL in der Zweitlinie (seit Oktober 2022)', 'dlbcl', '2022-10'],
    ['Breyanzi: linfoma folicular (desde 2024)', 'fl', '2024'],
  ])('reads a use with the date it is approved from, in brackets: %s', (text, conditionId, date) => {
    expect(detect(text)[0]).toMatchObject({ approved: true, conditionId, date });
  });

  it('does not read a bracketed date after something else as an approval', () => {
    expect(detect('Kymriah wurde in der Studie ELIANA (seit 2015) untersucht.')).toEqual([]);
  });

  it('reads dates at the precision written', () => {
    expect(detect('Fucaso was approved by the NMPA on June 30, 2023.')[0]).toMatchObject({
      regulator: 'NMPA',
      date: '2023-06-30',
    });
    expect(detect('It received EMA approval in 2018.')[0]).toMatchObject({ regulator: 'EMA', date: '2018' });
    expect(detect('西达基奥仑赛于2024年8月在中国获批')[0]).toMatchObject({
      regulator: 'NMPA',
      date: '2024-08',
    });
  });

  it('maps "approved in <country>" to that regulator', () => {
    expect(detect('Kymriah was approved in Japan in March 2019.')[0]).toMatchObject({
      regulator: 'PMDA',
      date: '2019-03',
    });
  });

  it('splits a sentence into one claim per product clause', () => {
    expect(
      detect(
        'The FDA approved Abecma in 2019, and Tecartus is now approved for children with ALL as well as adults.',
      ),
    ).toEqual([
      expect.objectContaining({ regulator: 'FDA', date: '2019', conditionId: null }),
      expect.objectContaining({ regulator: 'FDA', conditionId: 'all', population: 'pediatric' }),
    ]);
    expect(
      detect('Yescarta followed in January 2021 and Breyanzi in March 2021.').map((d) => d['date']),
    ).toEqual(['2021-01', '2021-03']);
  });

  it("tells a product's first approval from being the first of its kind", () => {
    expect(detect('Kymriah was first approved by the FDA in 2015.')[0]).toMatchObject({ first: true });
    expect(detect('Kymriah was the first CAR-T approved by the FDA, in August 2017.')[0]).toMatchObject({
      first: false,
      date: '2017-08',
    });
  });

  it('reads statements that a product is not approved', () => {
    expect(detect('Anito-cel is an investigational BCMA CAR-T that is not yet approved by the FDA.')).toEqual(
      [expect.objectContaining({ approved: false, regulator: 'FDA' })],
    );
    expect(detect('BE-CAR7 is available only in clinical trials.')[0]).toMatchObject({ approved: false });
  });

  it('ignores hedged or procedural mentions', () => {
    expect(detect('If approved, it could reach patients in 2027.')).toEqual([]);
    expect(detect('The approval process takes about a year.')).toEqual([]);
  });

  it('reads table cells under an approval header', () => {
    expect(detect('2017', { role: 'approval', header: 'First FDA approval' })).toEqual([
      expect.objectContaining({ approved: true, regulator: 'FDA', date: '2017', first: true }),
    ]);
    expect(detect('June 2021', { role: 'approval', header: 'NMPA approval' })[0]).toMatchObject({
      regulator: 'NMPA',
      date: '2021-06',
    });
  });
});
