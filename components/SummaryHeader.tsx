import type { PageReport } from '../lib/schema';
import { formatPartialDate, plural } from './format';
import { summaryLine } from './summary';

function analyzedTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function SummaryHeader({
  report,
  cached,
  onReanalyze,
}: {
  report: PageReport;
  cached: boolean;
  onReanalyze: () => void;
}) {
  return (
    <div className="summary">
      <h2 className="summary__title">{report.title || report.source}</h2>
      <p className="summary__line">{summaryLine(report)}</p>
      <p className="summary__meta">
        {plural(report.wordCount, 'word', 'words')} read · reference data as of{' '}
        {formatPartialDate(report.datasetAsOf)}
        {cached && <> · result from {analyzedTime(report.analyzedAt)}</>}
        <button type="button" className="button button--small" onClick={onReanalyze}>
          Re-analyze
        </button>
      </p>
    </div>
  );
}
