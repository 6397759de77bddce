import type { Dataset, Regulator } from '../lib/dataset/schema';
import type { HighlightState, PopupView as View, SaveStatus } from './popup-types';
import { ReportView, type ReportActions } from './ReportView';
import { AnalyzingView, FailureView, LoadingView, RestrictedView } from './StateViews';

export interface PopupViewProps extends ReportActions {
  view: View;
  dataset: Dataset;
  regulators: readonly Regulator[];
  highlights: HighlightState;
  save: SaveStatus;
  notice: string | null;
  collectionUrl: string;
  onOpenOptions: () => void;
}

function Body(props: PopupViewProps) {
  const { view } = props;
  switch (view.kind) {
    case 'loading':
      return <LoadingView />;
    case 'analyzing':
      return <AnalyzingView />;
    case 'restricted':
      return <RestrictedView reason={view.reason} />;
    case 'failure':
      return <FailureView message={view.message} detail={view.detail} onRetry={props.onReanalyze} />;
    case 'report':
      return <ReportView {...props} report={view.report} cached={view.cached} />;
  }
}

export function PopupView(props: PopupViewProps) {
  return (
    <div className="popup">
      <header className="topbar">
        <h1 className="topbar__name">TherapyLens</h1>
        <button type="button" className="link-button" onClick={props.onOpenOptions}>
          Settings
        </button>
      </header>
      <main className="popup__main">
        <Body {...props} />
      </main>
    </div>
  );
}
