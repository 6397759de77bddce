// The EU approval lists are complete except where a source shows an approval whose decision the
// records lack (Adstiladrin: the EMA's EPAR says "authorised", the Commission's date was not
// retrieved). There the absence of a record denies nothing: a page saying so is unverified.
import { describe, expect, it } from 'vitest';
import { claimOf } from './helpers';

describe('an approval a source shows but the records lack', () => {
  it('leaves a page’s EU authorisation of Adstiladrin unverified, never "not approved"', () => {
    const c = claimOf('Adstiladrin is now also authorised in the European Union.', 'approval');
    expect(c.verdict).toBe('unverified');
  });

  it('still denies an EU approval the complete lists rule out', () => {
    const c = claimOf('Amtagvi is now also authorised in the European Union.', 'approval');
    expect(c.verdict).toBe('not-approved');
  });
});
