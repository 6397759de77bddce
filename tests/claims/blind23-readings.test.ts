import { describe, expect, it } from 'vitest';
import { row } from './helpers';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms of blind set 23 after its second scoring (the set is spent).
describe('a denial past a contrast, Korean complete response, Russian trial permits', () => {
  it('gives a denial after a contrast to its own clause, not to the regulator before it', () => {
    const claims = verified(
      'Йескарта и Абекма одобрены FDA, а также Еврокомиссией, но в Российской Федерации не зарегистрированы.',
    ).filter((c) => c.kind === 'approval' && field(c, 'regulator') === 'EMA');
    expect(claims.map((c) => `${c.productId}:${String(field(c, 'approved'))}:${c.verdict}`)).toEqual([
      'axicabtagene-ciloleucel:true:consistent',
      'idecabtagene-vicleucel:true:consistent',
    ]);
  });

  it('reads "완전 반응률" with a space as the complete response rate', () => {
    const claims = verified([
      row(['JULIET', '킴리아주', '전체 반응률 52%, 완전 반응률 40%'], ['연구', '제품', '결과']),
    ]).filter((c) => c.kind === 'response');
    expect(claims.map((c) => `${field(c, 'metric')}:${field(c, 'value')}:${c.verdict}`)).toEqual([
      'ORR:52:consistent',
      'CR:40:consistent',
    ]);
  });

  it('reads a Russian permit for trials written "разрешение на КИ" as a clearance, not an approval', () => {
    const claims = verified([
      row(['Утжефра', 'Минздрав России, разрешение на КИ — 12.11.2024'], ['Препарат', 'Статус']),
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${String(field(c, 'decision'))}:${c.verdict}`)).toEqual([
      'ind-clearance:consistent',
    ]);
  });
});
