// A sentence whose subject is a product the page does not name ("In November 2025, a CAR-T
// product for myeloma became…", "一款…制品成为…") is about that other product: it inherits neither
// the section's product nor, for the sentences after it, the page's.
import { describe, expect, it } from 'vitest';
import { introducesAnotherProduct } from '../../lib/claims/indefinite-subject';
import { claimsOf } from './helpers';
import { sentence } from './helpers';

describe('an indefinite product as the subject', () => {
  it.each([
    'In November 2025, a BCMA-directed CAR-T product became the first to be registered there.',
    'Another CAR-T was approved in China the same year.',
    'Ein weiteres Präparat wurde 2024 zugelassen.',
    'En 2024, una nueva terapia CAR-T fue aprobada.',
    'Другой препарат одобрен в 2022 году.',
    '二〇二五年十一月，一款治療多發性骨髓瘤的CAR-T製品成為首款獲批註冊的先進療法製品。',
    '另一款产品于2023年获批上市。',
  ])('%s', (text) => {
    expect(introducesAnotherProduct(sentence(text))).toBe(true);
  });

  it.each([
    // A predicate, not a subject.
    'It is a CAR-T product approved in 2017.',
    '它是一款CAR-T产品。',
    // "a" before words that name no product, or a course of treatment.
    'A panel voted the product down.',
    'A second treatment may be needed.',
    // The sentence names its product.
    'A new CAR-T, Carvykti, was approved in 2022.',
  ])('not: %s', (text) => {
    expect(introducesAnotherProduct(sentence(text))).toBe(false);
  });
});

describe('the sentences around it', () => {
  it('gives neither that sentence nor the next the product named before', () => {
    const claims = claimsOf([
      { text: 'Kymriah was approved in 2017 for leukemia.' },
      {
        text: 'In November 2025, a BCMA-directed CAR-T product became the first to be registered in Hong Kong for myeloma.',
      },
      { text: 'It was approved for lymphoma in 2018.' },
    ]);
    expect(claims.map((c) => c.position.block)).toEqual([0, 0]);
  });

  it('carries the product again once a sentence names it', () => {
    const claims = claimsOf([
      { text: 'Kymriah was approved in 2017 for leukemia.' },
      { text: 'Another CAR-T was approved in China the same year.' },
      { text: 'Kymriah is a CD19-directed CAR-T.' },
      { text: 'It was approved for lymphoma in 2018.' },
    ]);
    expect(claims.filter((c) => c.position.block === 3).map((c) => c.productId)).toContain(
      'tisagenlecleucel',
    );
  });
});
