// Promotional wording is never verifiable: no label promises a cure, a guarantee or no side effects.
import type { DetectedClaim } from '../claims/types';
import { part } from './explain/part';
import type { Finding } from './types';

export function verifyMarketing(claim: DetectedClaim): Finding {
  const phrase = typeof claim.details['phrase'] === 'string' ? claim.details['phrase'] : claim.matched;
  return { verdict: 'unverified', parts: [part('marketing', { phrase })], reference: null, compared: [] };
}
