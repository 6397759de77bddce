import { verifyClaims } from '../../lib/verify';
import type { Claim, ClaimKind } from '../../lib/schema';
import { claimsOf, type BlockSpec } from '../claims/helpers';
import { bundledIndex } from '../helpers/dataset-index';

export function verified(specs: readonly BlockSpec[] | string): Claim[] {
  const blocks = typeof specs === 'string' ? [{ text: specs }] : specs;
  return verifyClaims(claimsOf(blocks), bundledIndex);
}

/** The one claim of `kind` (for `productId` when given) the text yields. */
export function claimOf(specs: readonly BlockSpec[] | string, kind: ClaimKind, productId?: string): Claim {
  const found = verified(specs).filter(
    (c) => c.kind === kind && (productId === undefined || c.productId === productId),
  );
  if (found.length !== 1)
    throw new Error(
      `expected one ${kind} claim, got ${found.length}: ${found.map((c) => c.matched).join(' / ')}`,
    );
  return found[0]!;
}

/** The claims that accuse the page: `differs` or `not-approved`. */
export function accusing(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => c.verdict === 'differs' || c.verdict === 'not-approved');
}
