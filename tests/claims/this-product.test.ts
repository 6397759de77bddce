// A heading that refers back to the product the text before it was about ("Где одобрен препарат",
// "Le médicament") keeps that product for the section under it, so a table of its approvals that
// names no product is read as that product's. A heading about products in general carries nothing.
import { describe, expect, it } from 'vitest';
import { claimsOf, row } from './helpers';
import { field } from '../helpers/frames';

const approvals = (heading: string) =>
  claimsOf([
    { text: 'В России Кимрая зарегистрирована Минздравом в 2023 году.' },
    { kind: 'heading', text: heading },
    row(
      ['США, FDA', '30 августа 2017 г.', 'ОЛЛ у пациентов до 25 лет'],
      ['Страна, регулятор', 'Дата', 'Что одобрено'],
      [heading],
    ),
  ])
    .filter((c) => c.kind === 'approval' && c.productId !== null)
    .map((c) => `${c.productId} ${field(c, 'date') ?? '-'}`);

describe('a heading that refers back to the product', () => {
  it('keeps the product named before it for a table that names none', () => {
    expect(approvals('Где одобрен препарат')).toContain('tisagenlecleucel 2017-08-30');
  });

  it('carries nothing under a heading about products in general', () => {
    expect(approvals('Какие препараты одобрены')).not.toContain('tisagenlecleucel 2017-08-30');
  });
});

describe('a section that opens by referring back to the product', () => {
  const section = (opening: string) =>
    claimsOf([
      // Two products on the page, so neither is the page's own.
      { text: 'Abecma e Carvykti são CAR-T contra o mieloma múltiplo.' },
      { kind: 'heading', text: 'O caso' },
      { text: 'A paciente foi tratada com Carvykti.', headings: ['O caso'] },
      { kind: 'heading', text: 'Fundamentos do voto' },
      { text: opening, headings: ['Fundamentos do voto'] },
      {
        text: 'Nos Estados Unidos, a FDA aprovou o uso em abril de 2024.',
        headings: ['Fundamentos do voto'],
      },
    ])
      .filter((c) => c.kind === 'approval' && field(c, 'regulator') === 'FDA')
      .map((c) => c.productId);

  it('keeps the product of the section before it ("O produto tem registro …")', () => {
    expect(
      section('O produto tem registro na Anvisa, o que afasta a tese de tratamento experimental.'),
    ).toEqual(['ciltacabtagene-autoleucel']);
  });

  it('carries nothing when the section opens otherwise', () => {
    expect(section('Os planos de saúde recusam muitas vezes a cobertura.')).toEqual([]);
  });
});
