// A sentence naming a medicine the dataset does not hold is about that medicine: it never inherits
// the section's or the page's product.
import { describe, expect, it } from 'vitest';
import { namesUnknownProduct } from '../../lib/claims/unknown-products';
import { claimsOf, sentence } from './helpers';

describe('medicines the dataset does not hold', () => {
  it.each([
    'Kebilidi (eladocagene exuparvovec-tneq) was approved in 2024.',
    'Ryoncil® is approved for GVHD.',
    '急性リンパ性白血病に対する米アムジェンの「ブリンサイト」（2014年に米国で承認）',
    '药明巨诺的《某某达》获批上市',
    'ARI0002h, desarrollado por el Hospital Clínic de Barcelona, va dirigido contra BCMA.',
    'JNJ-4528 is being tested in a phase 1 study.',
  ])('%j names one', (text) => {
    expect(namesUnknownProduct(sentence(text))).toBe(true);
  });

  it('a known product in brackets is no unknown one', () => {
    expect(namesUnknownProduct(sentence('「キムリア」は2019年に承認された。'))).toBe(false);
  });

  it.each([
    'In ZUMA-12, most patients had a complete response.',
    'The trial (NCT04052269) enrolled patients whose tumours express CD19 or CD22.',
    'Tumours with TP53 mutations and HLA-A02 patients in FY2024.',
  ])('a trial, a register number, a gene or a year is no medicine: %j', (text) => {
    expect(namesUnknownProduct(sentence(text))).toBe(false);
  });

  it('keeps a development code’s target off the section’s product', () => {
    const claims = claimsOf([
      { text: 'Yescarta fue aprobado en 2017 para el linfoma.' },
      {
        text: 'ARI0002h, desarrollado por el Hospital Clínic de Barcelona, también va dirigido contra BCMA.',
      },
    ]);
    expect(claims.filter((c) => c.kind === 'target').map((c) => c.productId)).toEqual([]);
  });

  it('keeps an unknown medicine’s approval off the page’s product', () => {
    const claims = claimsOf([
      { text: 'デリタクトは悪性神経膠腫に対する腫瘍溶解性ウイルスである。' },
      {
        text: '急性リンパ性白血病に対する米アムジェンの「ブリンサイト」（2014年に米国で承認）が先行している。',
      },
    ]);
    expect(claims.filter((c) => c.text.includes('ブリンサイト')).map((c) => c.productId)).toEqual([]);
  });
});
