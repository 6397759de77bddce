// Promotional wording is never verifiable: no label promises a cure, a guarantee or no side effects.
import type { DetectedClaimOf } from '../claims/types';
import { part } from './explain/part';
import type { Finding } from './types';

export function verifyMarketing(claim: DetectedClaimOf<'marketing'>): Finding {
  const phrase = claim.details.phrase;
  return { verdict: 'unverified', parts: [part('marketing', { phrase })], reference: null, compared: [] };
}
