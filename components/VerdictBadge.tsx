import { VERDICT_DISPLAY, type DisplayVerdict } from '../lib/highlight/verdict-display';

/** Icon, word and colour together: the meaning never rests on colour alone. */
export function VerdictBadge({ verdict }: { verdict: DisplayVerdict }) {
  const { icon, label } = VERDICT_DISPLAY[verdict];
  return (
    <span className={`badge badge--${verdict}`} role="img" aria-label={`Verdict: ${label}`}>
      <span className="badge__icon" aria-hidden="true">
        {icon}
      </span>
      <span aria-hidden="true">{label}</span>
    </span>
  );
}
