// "Medicines" and "Products" in a regulator's own name ("the European Medicines Agency", "the
// Medicines and Healthcare products Regulatory Agency") do not make a sentence about medicines in
// general: the section's product is still what it is about.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const about = (...texts: string[]) =>
  claimsOf(texts.map((text) => ({ text }))).map(
    (c) => `${c.productId}:${String(field(c, 'decision') ?? field(c, 'approved'))}:${field(c, 'regulator')}`,
  );

describe('a regulator named in full', () => {
  it('keeps the section’s product for a step filed with the European Medicines Agency', () => {
    expect(
      about(
        'Amtagvi received accelerated approval in February 2024.',
        'Iovance filed a marketing authorization application with the European Medicines Agency in June 2024.',
      ),
    ).toEqual(['lifileucel:true:undefined', 'lifileucel:filing:EMA']);
  });

  it('keeps it for an approval by the Medicines and Healthcare products Regulatory Agency', () => {
    expect(
      about(
        'Kymriah was first approved by the FDA in 2017.',
        'The Medicines and Healthcare products Regulatory Agency approved it in 2018.',
      ),
    ).toContain('tisagenlecleucel:true:MHRA');
  });

  it('still reads a sentence about medicines in general as no product’s', () => {
    expect(
      about(
        'Kymriah was first approved by the FDA in 2017.',
        'Several gene therapy medicines were approved by the EMA in 2018.',
      ),
    ).toEqual(['tisagenlecleucel:true:FDA']);
  });
});
