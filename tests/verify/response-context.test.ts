// Which figure a response claim is compared with, and whose claim it is, when the page gives the
// context only around the figure: the trial it cites, the table row, the heading.
import { describe, expect, it } from 'vitest';
import { row } from '../claims/helpers';
import { claimOf, verified } from './helpers';

const HEADER = ['Product', 'Target', 'Approved for', 'Key result'];

describe('response figures in context', () => {
  it('a trial named beside the figure beats a disease read from another cell of the row', () => {
    const c = claimOf(
      [row(['Breyanzi', 'CD19', 'CLL/SLL after 1 prior line', 'ORR 73% (TRANSCEND)'], HEADER)],
      'response',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.reference?.id).toBe('lisocabtagene-maraleucel--transcend-nhl-001--orr--label');
  });

  it("a disease from the heading with no figure in the dataset does not hide the product's own figure", () => {
    const c = claimOf(
      [
        { kind: 'heading', text: 'Leukaemia treatment for Mia' },
        {
          text: 'NexCAR19 is made in India. It works for about 70% of patients.',
          headings: ['Leukaemia treatment for Mia'],
        },
      ],
      'response',
    );
    expect(c.verdict).toBe('consistent');
    expect(c.productId).toBe('actalycabtagene-autoleucel');
  });

  it('a disease written beside the figure still restricts the comparison', () => {
    const c = claimOf('In leukaemia, NexCAR19 works for about 70% of patients.', 'response');
    expect(c.verdict).toBe('unverified');
  });

  it('a pivotal phase I/II study is the pivotal study, not an early phase', () => {
    const c = claimOf('NexCAR19 reported a response rate of about 70% in its pivotal study.', 'response');
    expect(c.verdict).toBe('consistent');
  });

  it("a figure from a trial only one product ran is that product's, whatever the section named last", () => {
    const claims = verified([
      { kind: 'heading', text: 'Idecabtagene vicleucel (Abecma)' },
      { text: 'Target: BCMA, the same target as cilta-cel.', headings: ['Idecabtagene vicleucel (Abecma)'] },
      {
        text: 'KarMMa (n = 100): overall response rate 72 %.',
        headings: ['Idecabtagene vicleucel (Abecma)'],
      },
      {
        text: 'KarMMa-3: median PFS 13.3 vs 4.4 months; HR 0.94.',
        headings: ['Idecabtagene vicleucel (Abecma)'],
      },
    ]).filter((c) => c.kind === 'response');
    expect(claims.map((c) => [c.productId, c.details['metric'], c.details['value'], c.verdict])).toEqual([
      ['idecabtagene-vicleucel', 'ORR', 72, 'consistent'],
      ['idecabtagene-vicleucel', 'median PFS', 13.3, 'consistent'],
      ['idecabtagene-vicleucel', 'HR', 0.94, 'differs'],
    ]);
    expect(claims[1]?.details['comparatorValue']).toBe(4.4);
  });

  it('reads plain-language response figures and compares them', () => {
    expect(claimOf('Amtagvi (lifileucel) shrank tumors in 48% of patients.', 'response').verdict).toBe(
      'differs',
    );
    expect(claimOf('In ZUMA-2, Tecartus had like 87% respond.', 'response').verdict).toBe('consistent');
    expect(claimOf('fwiw liso cel cr in mcl was like 67%.', 'response').verdict).toBe('consistent');
  });

  it('reads a Chinese PFS with its control arm', () => {
    const c = claimOf(
      '在CT041-ST-01研究中，舒瑞基奥仑赛组中位无进展生存期为3.25个月，对照组为1.77个月。',
      'response',
    );
    expect(c).toMatchObject({ productId: 'satricabtagene-autoleucel', verdict: 'consistent' });
    expect(c.details).toMatchObject({ metric: 'median PFS', value: 3.25, comparatorValue: 1.77 });
  });
});
