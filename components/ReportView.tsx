import type { Dataset, Regulator } from '../lib/dataset/schema';
import type { PageReport } from '../lib/schema';
import type { HighlightState, Notice, SaveStatus } from './popup-types';
import { productViews } from './product-view';
import { ProductList } from './ProductCard';
import { StatementList } from './StatementList';
import { SummaryHeader } from './SummaryHeader';
import { HighlightSwitch, SaveControls } from './Toolbar';
import { Disclaimer } from './Disclaimer';
import { NothingFoundView } from './StateViews';
import { useI18n } from './I18n';
import { productHeading } from './product-names';
import { countStatements, groupStatements } from './statements';

export interface ReportActions {
  onReanalyze: () => void;
  onHighlights: (on: boolean) => void;
  onShowClaim: (claimId: string) => void;
  onSave: () => void;
  onOpenCollection: () => void;
}

export interface ReportViewProps extends ReportActions {
  report: PageReport;
  cached: boolean;
  selection: boolean;
  dataset: Dataset;
  regulators: readonly Regulator[];
  highlights: HighlightState;
  save: SaveStatus;
  /** What the last action did (highlights, show on page), announced politely. */
  notice: Notice | null;
  collectionUrl: string;
  now: string;
}

export function ReportView(props: ReportViewProps) {
  const { report, dataset } = props;
  const { t, language } = useI18n();
  const cautions = report.claims.filter((c) => c.kind === 'marketing');
  // Marketing wording alone (a "best in town" review) does not make a therapy page.
  if (report.products.length === 0 && cautions.length === report.claims.length) {
    return (
      <>
        <div className="scroll">
          {report.partial && <PartialNote notes={report.notes} />}
          <NothingFoundView onReanalyze={props.onReanalyze} />
          {cautions.length > 0 && (
            <details className="cautions">
              <summary>{t('state.cautionPhrases', { count: cautions.length })}</summary>
              <StatementList report={report} productNames={new Map()} onShow={props.onShowClaim} />
            </details>
          )}
        </div>
        <ReportFooter notice={props.notice} asOf={report.datasetAsOf} />
      </>
    );
  }
  const views = productViews(dataset, report, props.regulators);
  const names = new Map(
    views.map((v) => [v.finding.id, productHeading(v.product?.names, v.finding.name, language).primary]),
  );
  const counts = countStatements(groupStatements(report.claims));
  return (
    <>
      <div className="scroll">
        <SummaryHeader
          report={report}
          counts={counts}
          cached={props.cached}
          selection={props.selection}
          now={props.now}
          onReanalyze={props.onReanalyze}
        />
        {(report.partial || report.notes.length > 0) && (
          <PartialNote notes={report.notes} partial={report.partial} />
        )}
        <div className="toolbar">
          <HighlightSwitch
            on={props.highlights.on}
            busy={props.highlights.busy}
            onChange={props.onHighlights}
          />
          <SaveControls
            save={props.save}
            onSave={props.onSave}
            collectionUrl={props.collectionUrl}
            onOpenCollection={props.onOpenCollection}
          />
        </div>
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" className="section-title">
            {t('statements.heading')}
          </h2>
          <StatementList report={report} productNames={names} onShow={props.onShowClaim} />
        </section>
        {views.length > 0 && (
          <section aria-labelledby="products-heading">
            <h2 id="products-heading" className="section-title">
              {t('products.heading')}
            </h2>
            <ProductList views={views} asOf={report.datasetAsOf} />
          </section>
        )}
      </div>
      <ReportFooter notice={props.notice} asOf={report.datasetAsOf} />
    </>
  );
}

function noticeText(notice: Notice | null, t: ReturnType<typeof useI18n>['t']): string | null {
  if (!notice) return null;
  return notice.key === 'marked' ? t('notice.marked', { count: notice.count }) : t(`notice.${notice.key}`);
}

/** Live status line for save/highlight results, then the disclaimer: the same under every report. */
function ReportFooter({ notice, asOf }: { notice: Notice | null; asOf: string }) {
  const { t } = useI18n();
  return (
    <>
      <p className="notice" role="status" aria-live="polite">
        {noticeText(notice, t)}
      </p>
      <Disclaimer asOf={asOf} />
    </>
  );
}

function PartialNote({ notes, partial = true }: { notes: string[]; partial?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="note" role="note">
      {partial && <p>{t('summary.partial')}</p>}
      {notes.length > 0 && (
        <ul role="list">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
