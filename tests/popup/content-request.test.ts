// The content script reads ContentRequest by hand (zod stays out of its size budget); this pins
// the hand-written reader to the zod schema in lib/messages.ts, the contract.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContentRequest } from '../../lib/messages';
import { readContentRequest } from '../../utils/content-listener';

const candidates = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('highlights', 'focus-claim', 'status', 'eval', ''),
      on: fc.anything(),
      claimId: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.record({ type: fc.constant('highlights'), on: fc.boolean() }),
  fc.record({ type: fc.constant('focus-claim'), claimId: fc.string() }),
  fc.record({ type: fc.constant('status') }),
  fc.anything(),
);

describe('readContentRequest', () => {
  it('accepts exactly what ContentRequest.safeParse accepts, with the same result', () => {
    fc.assert(
      fc.property(candidates, (raw) => {
        const parsed = ContentRequest.safeParse(raw);
        expect(readContentRequest(raw)).toEqual(parsed.success ? parsed.data : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops extra fields like the schema does', () => {
    expect(readContentRequest({ type: 'status', evil: 1 })).toEqual({ type: 'status' });
    expect(readContentRequest({ type: 'highlights', on: 1 })).toBeNull();
    expect(readContentRequest([{ type: 'status' }])).toBeNull();
  });
});
