// IND clearances, designations, filings and committee opinions: regulatory steps that are never
// approvals. They are checked only against the steps the dataset records for the product; a step
// it has no record of is unverified, and an approval it records never confirms or refutes one.
import type { Finding, VerifyContext } from './types';
import { shortName } from './format';
import { nest, part } from './explain/part';

const STEPS = new Set(['ind-clearance', 'designation', 'filing', 'committee-opinion'] as const);
type Step = typeof STEPS extends Set<infer S> ? S : never;

export function verifyDesignation({ claim, product }: VerifyContext): Finding {
  const decision = String(claim.details['decision'] ?? '');
  const step = nest(part(STEPS.has(decision as Step) ? `step.${decision as Step}` : 'step.other'));
  return {
    verdict: 'unverified',
    parts: [part('designation', { step, name: shortName(product) })],
    reference: null,
    compared: [],
  };
}
