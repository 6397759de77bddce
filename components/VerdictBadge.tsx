import { VERDICT_DISPLAY, type DisplayVerdict } from '../lib/highlight/verdict-display';
import { useI18n } from './I18n';

/** Icon, word and colour together: the meaning never rests on colour alone. */
export function VerdictBadge({ verdict }: { verdict: DisplayVerdict }) {
  const { t } = useI18n();
  const label = t(`verdict.${verdict}`);
  return (
    <span className={`badge badge--${verdict}`} role="img" aria-label={t('verdict.label', { label })}>
      <span className="badge__icon" aria-hidden="true">
        {VERDICT_DISPLAY[verdict].icon}
      </span>
      <span aria-hidden="true">{label}</span>
    </span>
  );
}
