import type { PageReport } from '../lib/schema';
import { formatDate, formatTime } from './i18n';
import { useI18n } from './I18n';
import { isStale, monthsOld } from './dataset-age';
import { summarySentence } from './summary-sentence';
import type { StatementCounts } from './statements';

export function SummaryHeader({
  report,
  counts,
  cached,
  selection,
  now,
  onReanalyze,
}: {
  report: PageReport;
  counts: StatementCounts;
  cached: boolean;
  /** The report is of the text the user selected, not the whole page. */
  selection: boolean;
  /** ISO time the view is rendered at, for the dataset's age. */
  now: string;
  onReanalyze: () => void;
}) {
  const { t, language } = useI18n();
  const problems = counts.differs + counts.notApprovedProducts + counts.notApprovedUntied > 0;
  const asOf = formatDate(report.datasetAsOf, language);
  return (
    <div className="summary">
      <p className={problems ? 'summary__line summary__line--problems' : 'summary__line'}>
        {summarySentence(counts, t)}
      </p>
      {selection && <p className="summary__selection">{t('summary.selection')}</p>}
      <h2 className="summary__title">{report.title || report.source}</h2>
      <p className="summary__meta">
        {t('summary.therapies', { count: report.products.length })} ·{' '}
        {t('summary.words', { count: report.wordCount })} · {t('summary.asOf', { date: asOf })}
        {cached && <> · {t('summary.resultFrom', { time: formatTime(report.analyzedAt, language) })}</>}
        <button type="button" className="button button--small" onClick={onReanalyze}>
          {t('state.reanalyze')}
        </button>
      </p>
      {isStale(report.datasetAsOf, now) && (
        <p className="summary__stale" role="note">
          {t('summary.stale', { months: monthsOld(report.datasetAsOf, now) ?? 0, date: asOf })}
        </p>
      )}
    </div>
  );
}
