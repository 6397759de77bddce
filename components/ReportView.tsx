import type { Dataset, Regulator } from '../lib/dataset/schema';
import type { PageReport } from '../lib/schema';
import type { HighlightState, SaveStatus } from './popup-types';
import { productViews } from './product-view';
import { ProductList } from './ProductCard';
import { ClaimList } from './ClaimList';
import { SummaryHeader } from './SummaryHeader';
import { HighlightSwitch, SaveControls } from './Toolbar';
import { Disclaimer } from './Disclaimer';
import { NothingFoundView } from './StateViews';
import { plural } from './format';

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
  dataset: Dataset;
  regulators: readonly Regulator[];
  highlights: HighlightState;
  save: SaveStatus;
  /** One line about what the last action did (highlights, show on page), announced politely. */
  notice: string | null;
  collectionUrl: string;
}

export function ReportView(props: ReportViewProps) {
  const { report, dataset } = props;
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
              <summary>{plural(cautions.length, 'phrase', 'phrases')} to read with care</summary>
              <ClaimList report={report} onShow={props.onShowClaim} />
            </details>
          )}
        </div>
        <ReportFooter notice={props.notice} asOf={report.datasetAsOf} />
      </>
    );
  }
  const views = productViews(dataset, report, props.regulators);
  return (
    <>
      <div className="scroll">
        <SummaryHeader report={report} cached={props.cached} onReanalyze={props.onReanalyze} />
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
        {views.length > 0 && (
          <section aria-labelledby="products-heading">
            <h2 id="products-heading" className="section-title">
              Therapies on this page
            </h2>
            <ProductList views={views} asOf={report.datasetAsOf} />
          </section>
        )}
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" className="section-title">
            What the page claims
          </h2>
          <ClaimList report={report} onShow={props.onShowClaim} />
        </section>
      </div>
      <ReportFooter notice={props.notice} asOf={report.datasetAsOf} />
    </>
  );
}

/** Live status line for save/highlight results, then the disclaimer: the same under every report. */
function ReportFooter({ notice, asOf }: { notice: string | null; asOf: string }) {
  return (
    <>
      <p className="notice" role="status" aria-live="polite">
        {notice}
      </p>
      <Disclaimer asOf={asOf} />
    </>
  );
}

export const PARTIAL_NOTE =
  'This page is very large, so TherapyLens read only part of it. Claims further down may be missing.';

function PartialNote({ notes, partial = true }: { notes: string[]; partial?: boolean }) {
  return (
    <div className="note" role="note">
      {partial && <p>{PARTIAL_NOTE}</p>}
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
