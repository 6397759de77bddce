// A verdict as icon + word (never colour alone), with the popup's wording (lib/highlight). The
// research table shows the verdict itself even for marketing claims, so it agrees with the
// verdict filter and the CSV.
import { VERDICT_DISPLAY } from '../../lib/highlight/verdict-display';
import type { Verdict } from '../../lib/schema';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { icon, label } = VERDICT_DISPLAY[verdict];
  return (
    <span className={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{icon} </span>
      {label}
    </span>
  );
}
