import { formatDate } from './i18n';
import { useI18n } from './I18n';

/** The medical-advice disclaimer (lib/disclaimer.ts in English), in the reader's language. */
export function Disclaimer({ asOf }: { asOf: string }) {
  const { t, language } = useI18n();
  return (
    <p className="disclaimer" role="note">
      {t('disclaimer.text')} {t('disclaimer.asOf', { date: formatDate(asOf, language) })}
    </p>
  );
}
