// The claim rules, in the order their claims are listed when they start at the same place.
import type { AnyClaimRule } from '../types';
import { approvalRule } from './approval';
import { approvalCountRule } from './approval-count';
import { designationRule } from './designation';
import { indicationRule } from './indication';
import { marketingRule } from './marketing';
import { rankRule } from './rank';
import { responseRule } from './response';
import { targetRule } from './target';

export const RULES: readonly AnyClaimRule[] = [
  approvalRule,
  rankRule,
  approvalCountRule,
  designationRule,
  indicationRule,
  targetRule,
  responseRule,
  marketingRule,
];
