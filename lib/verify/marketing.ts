// Promotional wording is never verifiable: no label promises a cure, a guarantee or no side effects.
import type { DetectedClaim } from '../claims/types';
import type { Assessment } from './types';

export function verifyMarketing(claim: DetectedClaim): Assessment {
  const phrase = typeof claim.details['phrase'] === 'string' ? claim.details['phrase'] : claim.matched;
  return {
    verdict: 'unverified',
    explanation: `“${phrase}” is promotional language that no regulator's label supports; labels report response rates, follow-up and side effects, not cures or guarantees.`,
    reference: null,
    compared: [],
  };
}
