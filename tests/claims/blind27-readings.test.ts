import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import type { Claim } from '../../lib/schema';

// Readings drawn from the false alarms and false reassurance of blind set 27 after its second scoring
// (the set is spent).

const accusing = (claims: readonly Claim[]): Claim[] =>
  claims.filter((c) => c.verdict === 'differs' || c.verdict === 'not-approved');

describe('denials, rankings and clauses of their own', () => {
  it('reads "eine Schweizer Zulassung … konnten wir nicht finden" as Swissmedic record not found', () => {
    const denial = verified(
      'Tecartus ist in den USA zugelassen. Eine Schweizer Zulassung für die B-ALL konnten wir nicht finden.',
    ).find((c) => c.kind === 'approval' && field(c, 'approved') === false);
    // Swissmedic extended Tecartus to B-ALL on 12 January 2023 (dataset 2.17.0).
    expect(denial && [field(denial, 'regulator'), denial.verdict]).toEqual(['SWISSMEDIC', 'differs']);
  });

  it('reads "未有任何地方批准" (approved nowhere) as a denial', () => {
    const claims = verified('英國團隊的鹼基編輯通用型BE-CAR7仍在研究階段，未有任何地方批准上市。');
    expect(accusing(claims)).toEqual([]);
    expect(claims.find((c) => c.kind === 'approval')?.verdict).toBe('consistent');
  });

  it('leaves a ranking for a disease pointed back to ("para este linfoma") unread', () => {
    const rank = verified([
      {
        text: 'Breyanzi recibió en diciembre de 2025 la aprobación de la FDA para el linfoma de la zona marginal.',
      },
      { text: 'Es la primera CAR-T para este linfoma.' },
    ]).find((c) => field(c, 'rank') === 'first');
    expect(rank?.verdict).toBe('unverified');
  });

  it('keeps a regulator after "；" in its clause, and dates only the part with the date', () => {
    const claims = verified(
      'Quant à l’Abecma, l’Europe l’autorise depuis mars 2024 dès la troisième ligne ; aux États-Unis, il reste réservé aux patients ayant reçu au moins quatre lignes de traitement.',
    );
    const approval = claims.find((c) => c.kind === 'approval');
    expect(approval && [field(approval, 'regulator'), approval.verdict]).toEqual([undefined, 'consistent']);
    // The US part states the 2021 label (four lines) as today's: the label says two since April 2024.
    const us = claims.find((c) => c.kind === 'indication' && field(c, 'minPriorLines') === 4);
    expect(us?.verdict).toBe('differs');
  });

  it('reads "только взрослым" as the use\'s patients, children left out after it', () => {
    const claims = verified(
      'Там в ноябре 2023 года зарегистрирован инатикабтаген аутолейцел, однако он показан только взрослым с рецидивирующим или рефрактерным В-клеточным ОЛЛ, поэтому детям в рамках зарегистрированного показания он недоступен.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      field(
        claims.find((c) => c.kind === 'indication')!,
        'population',
      ),
    ).toBe('adults');
  });

  it('reads "奏効割合" as the response rate, not the complete response', () => {
    const claims = verified(
      '大細胞型B細胞リンパ腫に対するイエスカルタのZUMA-1試験で奏効割合82%、完全奏効割合54%が報告されました。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(claims.filter((c) => c.kind === 'response').map((c) => field(c, 'metric'))).toEqual(['ORR', 'CR']);
  });
});
