import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const kinds = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === 'approval' || c.kind === 'indication')
    .map((c) => `${c.kind}:${String(field(c, 'decision') ?? field(c, 'approved') ?? '')}`);

describe('regulatory steps and the approval they lead to', () => {
  it('reads an approval whose circumstance is a designation or review as an approval too', () => {
    expect(
      kinds(
        'Following a Priority Review, Health Canada has approved Kymriah for patients up to 25 years of age with B-cell acute lymphoblastic leukemia.',
      ),
    ).toEqual(['approval:designation', 'approval:true', 'indication:']);
    expect(
      kinds(
        'After receiving Breakthrough Therapy designation, Carvykti was approved by the FDA in February 2022.',
      ),
    ).toEqual(['approval:designation', 'approval:true']);
  });

  it('keeps a designation or IND that is what was granted a step, never an approval', () => {
    expect(
      kinds('The FDA granted Breakthrough Therapy designation to anito-cel for multiple myeloma.'),
    ).toEqual(['approval:designation']);
    expect(kinds('Anito-cel received IND approval from the FDA.')).toEqual(['approval:ind-clearance']);
  });
});
