// How a verdict is shown to people, in the popup and on the page: an icon, a word and a colour key,
// so meaning never rests on colour alone. Marketing claims are shown as a caution whatever their verdict.
import type { Claim, Verdict } from '../schema';

export type DisplayVerdict = Verdict | 'caution';

export const VERDICT_DISPLAY: Record<DisplayVerdict, { icon: string; label: string }> = {
  consistent: { icon: '✓', label: 'Consistent' },
  differs: { icon: '≠', label: 'Differs' },
  'not-approved': { icon: '⊘', label: 'Not approved' },
  unverified: { icon: '?', label: 'Unverified' },
  caution: { icon: '⚠', label: 'Caution' },
};

export function displayVerdict(claim: Pick<Claim, 'kind' | 'verdict'>): DisplayVerdict {
  return claim.kind === 'marketing' ? 'caution' : claim.verdict;
}
