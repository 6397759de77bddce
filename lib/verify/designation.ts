// IND clearances, designations, filings and committee opinions: regulatory steps that are never
// approvals. They are checked only against the steps the dataset records for the product; a step
// it has no record of is unverified, and an approval it records never confirms or refutes one.
import type { Finding, VerifyContext } from './types';
import { shortName } from './format';
import { nest, part } from './explain/part';

export function verifyDesignation({ claim, product }: VerifyContext<'designation'>): Finding {
  const step = nest(part(`step.${claim.details.decision}`));
  return {
    verdict: 'unverified',
    parts: [part('designation', { step, name: shortName(product) })],
    reference: null,
    compared: [],
  };
}
