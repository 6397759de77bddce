// Every rule's frame, for the report contract (lib/schema.ts) to assemble one discriminated union
// from without naming a rule. Like the rule list (index.ts) it is the one place that lists them;
// unlike it, it is a foundation (scripts/check-stage-order.mjs: frames import only zod and the
// dataset schema), so the contract may import it while the rules import it for types only.
//
// Discriminator: the claim's `ruleId`, which every claim has carried since the first report. Each
// frame fixes the rule's `ruleId` and `kind` next to its `details`, so a report keeps its shape
// (no tag added inside `details`) and `claim.ruleId === 'target'` narrows `claim.details`.
import type { z } from '../../zod';
import { approvalFrame } from './approval.frame';
import { approvalCountFrame } from './approval-count.frame';
import { designationFrame } from './designation.frame';
import { indicationFrame } from './indication.frame';
import { marketingFrame } from './marketing.frame';
import { rankFrame } from './rank.frame';
import { responseFrame } from './response.frame';
import { targetFrame } from './target.frame';

export const CLAIM_FRAMES = [
  approvalFrame,
  approvalCountFrame,
  designationFrame,
  indicationFrame,
  marketingFrame,
  rankFrame,
  responseFrame,
  targetFrame,
] as const;

/** A rule's id, its kind and its frame: one member of the union per rule. */
export type ClaimFrame = z.output<(typeof CLAIM_FRAMES)[number]>;
export type RuleId = ClaimFrame['ruleId'];
/** What rule `R` reads from a statement: the claim's `details`. */
export type FrameOf<R extends RuleId> = Extract<ClaimFrame, { ruleId: R }>['details'];
export type KindOf<R extends RuleId> = Extract<ClaimFrame, { ruleId: R }>['kind'];
/** Any rule's frame. */
export type Frame = ClaimFrame['details'];
