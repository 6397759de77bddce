// The views' non-report states. Each says in plain words what happened and what can be done.
import { FAILURE_MESSAGES } from '../utils/failure-messages';
import { REASONS } from '../utils/restricted-url';
import { useI18n } from './I18n';
import type { Translate } from './i18n';

/** A known English reason in the reader's language; a reason we have no words for stays as given. */
function translated(
  text: string,
  table: Record<string, string>,
  prefix: 'restricted' | 'failure',
  t: Translate,
) {
  const key = Object.keys(table).find((k) => table[k] === text);
  return key ? (t as (k: string) => string)(`${prefix}.${key}`) : text;
}

export function AnalyzingView() {
  const { t } = useI18n();
  return (
    <div className="state" role="status" aria-live="polite">
      <progress className="state__progress" aria-label={t('state.analyzingLabel')} />
      <p>{t('state.analyzing')}</p>
    </div>
  );
}

export function LoadingView() {
  const { t } = useI18n();
  return (
    <div className="state" role="status" aria-live="polite">
      <p>{t('state.opening')}</p>
    </div>
  );
}

export function RestrictedView({ reason }: { reason: string }) {
  const { t } = useI18n();
  return (
    <div className="state" role="alert">
      <h2>{t('state.restrictedTitle')}</h2>
      <p>{translated(reason, REASONS, 'restricted', t)}</p>
    </div>
  );
}

/** The panel on a tab it has no report for: analysis waits for the user, and says how to allow it. */
export function IdleView({
  shortcut,
  denied,
  onAnalyze,
}: {
  shortcut: string;
  /** The browser refused to let the panel read the page: explain how the user grants it. */
  denied: boolean;
  onAnalyze: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="state" role={denied ? 'alert' : undefined}>
      <h2>{t('state.idleTitle')}</h2>
      <p>{t('state.idleText')}</p>
      <button type="button" className="button button--primary" onClick={onAnalyze}>
        {t('state.analyze')}
      </button>
      <p className={denied ? 'state__hint state__hint--strong' : 'state__hint'}>
        {t('state.howToAllow', { shortcut })}
      </p>
    </div>
  );
}

export function FailureView({
  message,
  detail,
  onRetry,
}: {
  message: string;
  detail?: string;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="state" role="alert">
      <h2>{t('state.failedTitle')}</h2>
      <p>{translated(message, FAILURE_MESSAGES, 'failure', t)}</p>
      {detail && (
        <details className="state__detail">
          <summary>{t('state.technicalDetail')}</summary>
          <p>{detail}</p>
        </details>
      )}
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function NothingFoundView({ onReanalyze }: { onReanalyze: () => void }) {
  const { t } = useI18n();
  return (
    <div className="state">
      <h2>{t('state.nothingTitle')}</h2>
      <p>{t('state.looksFor')}</p>
      <button type="button" className="button" onClick={onReanalyze}>
        {t('state.reanalyze')}
      </button>
    </div>
  );
}
