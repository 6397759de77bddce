import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { claimsOf, row } from './helpers';
import { splitSentences } from '../../lib/claims/sentences';

// Readings drawn from the false alarms and false reassurance of blind set 27 after its second scoring
// (the set is spent).

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

describe('names, dates and columns as other languages write them', () => {
  it('keeps a Korean dotted date inside its sentence and dates each product by its bracket', () => {
    const text =
      '국내에서는 킴리아주(2021. 3. 5.), 카빅티주(2023. 3. 16.), 예스카타주(2025. 8. 13.), 림카토주(2026. 4. 29.)가 식약처 허가를 받았다. 림카토주는 국내 기업이 개발했다.';
    const sentences = splitSentences(text, 'ko').map((r) => text.slice(r.start, r.end));
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.endsWith('허가를 받았다.')).toBe(true);
    expect(
      verified(text)
        .filter((c) => c.kind === 'approval' && field(c, 'date') !== undefined)
        .map((c) => `${c.productId}:${String(field(c, 'date'))}:${c.verdict}`),
    ).toEqual([
      'tisagenlecleucel:2021-03-05:consistent',
      'ciltacabtagene-autoleucel:2023-03-16:consistent',
      'axicabtagene-ciloleucel:2025-08-13:consistent',
      'anbalcabtagene-autoleucel:2026-04-29:consistent',
    ]);
  });

  it('reads a list of INNs after "Анти-CD19:", each with its second word', () => {
    const claims = verified(
      'Анти-CD19: тисагенлеклейцел, аксикабтаген цилолейцел, брексукабтаген аутолейцел, обекабтаген аутолейцел.',
    );
    expect(claims.filter((c) => c.kind === 'target').map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'tisagenlecleucel:consistent',
      'axicabtagene-ciloleucel:consistent',
      'brexucabtagene-autoleucel:consistent',
      'obecabtagene-autoleucel:consistent',
    ]);
  });

  it('reads "Contra qué actúa" and an unfolded "標靶" as target columns, "時間" as a date column', () => {
    const target = (cells: string[], header: string[]): string[] =>
      verified([row(cells, header)])
        .filter((c) => c.kind === 'target')
        .map((c) => `${c.productId}:${c.verdict}`);
    expect(
      target(
        ['Kymriah', 'CD19 (tisa-cel)', 'EE. UU., 2017'],
        ['Producto', 'Contra qué actúa', 'Primera aprobación'],
      ),
    ).toEqual(['tisagenlecleucel:consistent']);
    expect(
      target(['2017.08', 'Kymriah', 'CD19（tisa-cel）', 'FDA批准'], ['時間', '產品', '標靶', '里程碑']),
    ).toEqual(['tisagenlecleucel:consistent']);
    const dated = claimsOf([
      row(['2017.08', 'Kymriah', 'CD19（tisa-cel）', 'FDA批准'], ['時間', '產品', '標靶', '里程碑']),
    ]);
    expect(dated.some((c) => c.kind === 'approval' && field(c, 'date') === '2017-08')).toBe(true);
  });

  it('reads "평생 재발 없다" as a promise', () => {
    expect(
      verified([
        { text: '킴리아는 CAR-T 치료제입니다.' },
        { text: '‘CAR-T 한 번 맞으면 평생 재발 없다’는 광고를 봤어요.' },
      ]).filter((c) => c.kind === 'marketing').length,
    ).toBe(1);
  });
});

describe('places and regulators written after the date or the word', () => {
  it('reads a place right after the approval word beside a regulator named later ("approuvé au Japon … puis par la FDA")', () => {
    const claims = verified(
      'Le Delytact, approuvé au Japon en juin 2021 puis par la FDA en 2023, est un virus oncolytique.',
    ).filter((c) => c.kind === 'approval');
    expect(
      claims.map((c) => `${String(field(c, 'regulator'))}:${String(field(c, 'date'))}:${c.verdict}`),
    ).toEqual(['PMDA:2021-06:consistent', 'FDA:2023:not-approved']);
  });

  it('reads a date with its regulator in brackets after it, in a table cell', () => {
    const approval = verified([
      row(
        ['London', 'Aucatzyl', 'adult B-ALL', '25 April 2025, conditional (MHRA)'],
        ['Stop', 'Therapy', 'Used for', 'Milestone'],
      ),
    ]).find((c) => c.kind === 'approval');
    expect(approval && [field(approval, 'regulator'), field(approval, 'date'), approval.verdict]).toEqual([
      'MHRA',
      '2025-04-25',
      'consistent',
    ]);
  });
});

describe('a date inside a list of uses', () => {
  it('dates the use right after it, not the first of the list', () => {
    const approval = verified(
      'Breyanzi: aprobado para linfoma B de células grandes, leucemia linfocítica crónica y, desde 2023, linfoma de la zona marginal.',
    ).find((c) => c.kind === 'approval');
    // The FDA approved Breyanzi for marginal zone lymphoma in December 2025, not in 2023.
    expect(approval && [field(approval, 'conditionId'), approval.verdict]).toEqual(['mzl', 'differs']);
  });
});

describe('records of untracked authorities', () => {
  it("checks ARI-0001's Spanish hospital-exemption authorisation against its record (dataset 2.17.0)", () => {
    const approval = verified(
      'ARI-0001 (varnimcabtagene autoleucel) fue autorizado por la AEMPS en febrero de 2021 para mayores de 25 años con leucemia linfoblástica aguda en recaída o refractaria.',
    ).find((c) => c.kind === 'approval');
    expect(approval && [field(approval, 'regulator'), approval.verdict]).toEqual(['OTHER', 'consistent']);
  });
});

describe('what another thing is not', () => {
  it('reads "…, que no es una autorización" after a designation as no denial of the product\'s approval', () => {
    const claims = verified(
      'En febrero de 2022 ARI-0001 (varnimcabtagene autoleucel) recibió la designación PRIME de la Agencia Europea de Medicamentos, que no es una autorización de comercialización.',
    );
    expect(claims.filter((c) => c.kind === 'approval' && field(c, 'approved') === false)).toEqual([]);
    expect(accusing(claims)).toEqual([]);
  });
});
