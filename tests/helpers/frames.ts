// Claim frames in tests: reading one in tests that compare claims of several rules (every
// approval-kind claim, say), and a valid frame for made-up claims whose frame no test reads.
import type { ClaimFrame, Frame } from '../../lib/claims/types';
import type { Claim, ClaimKind } from '../../lib/schema';

type AnyFrameKey = Frame extends infer F ? (F extends unknown ? keyof F : never) : never;

/** A field of whichever rule's frame the claim carries; the key must be a field of some frame. */
export function field(claim: { details: Frame }, key: AnyFrameKey): unknown {
  return (claim.details as Readonly<Record<string, unknown>>)[key];
}

const SAMPLE_FRAMES: { readonly [K in ClaimKind]: ClaimFrame & { kind: K } } = {
  response: {
    ruleId: 'response',
    kind: 'response',
    details: { metric: 'CR/CRi', value: 83, comparator: '=' },
  },
  approval: { ruleId: 'approval', kind: 'approval', details: { approved: true, regulator: 'FDA' } },
  indication: { ruleId: 'indication', kind: 'indication', details: { conditionId: 'b-all' } },
  target: { ruleId: 'target', kind: 'target', details: { targetId: 'CD19' } },
  marketing: { ruleId: 'marketing', kind: 'marketing', details: { phrase: 'cure' } },
};

/** Overrides for a made-up claim: a kind alone (its sample frame), or a whole rule, kind and frame. */
export type ClaimOverrides = Partial<Omit<Claim, keyof ClaimFrame>> &
  ({ kind?: ClaimKind; ruleId?: undefined; details?: undefined } | ClaimFrame);

/** `base` with `overrides`, its rule and frame valid for its kind (keys stay in the base's order). */
export function withOverrides(base: Claim, overrides: ClaimOverrides): Claim {
  const frame: ClaimFrame =
    overrides.ruleId === undefined ? SAMPLE_FRAMES[overrides.kind ?? base.kind] : overrides;
  return { ...base, ...overrides, ruleId: frame.ruleId, kind: frame.kind, details: frame.details } as Claim;
}
