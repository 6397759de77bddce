// IND clearances, designations, filings and committee opinions: regulatory steps that are never
// approvals. They are checked only against the steps the dataset records for the product; a step
// it has no record of is unverified, and an approval it records never confirms or refutes one.
import type { Assessment, VerifyContext } from './types';
import { shortName } from './format';

const WHAT: Record<string, string> = {
  'ind-clearance': 'clearance to start clinical trials (IND)',
  designation: 'designation',
  filing: 'filing or review',
  'committee-opinion': 'committee opinion',
};

export function verifyDesignation({ claim, product }: VerifyContext): Assessment {
  const decision = String(claim.details['decision'] ?? '');
  const what = WHAT[decision] ?? 'regulatory step';
  return {
    verdict: 'unverified',
    explanation: `This is a ${what}, not an approval. TherapyLens has no record of this step for ${shortName(product)}, so it cannot confirm or refute it.`,
    reference: null,
    compared: [],
  };
}
