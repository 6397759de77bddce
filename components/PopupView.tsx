// The one component tree of the popup (quick view) and the side panel (reading beside the page).
import type { Dataset, Regulator } from '../lib/dataset/schema';
import type { HighlightState, Notice, PopupView as View, SaveStatus } from './popup-types';
import { ReportView, type ReportActions } from './ReportView';
import { AnalyzingView, FailureView, IdleView, LoadingView, RestrictedView } from './StateViews';
import { useI18n } from './I18n';

export interface PopupViewProps extends ReportActions {
  view: View;
  /** `panel` stays open beside the page; `popup` offers to open the panel. */
  mode?: 'popup' | 'panel';
  dataset: Dataset;
  regulators: readonly Regulator[];
  highlights: HighlightState;
  save: SaveStatus;
  notice: Notice | null;
  collectionUrl: string;
  /** ISO time of this render's data (for the dataset's age); read by the entrypoint, not here. */
  now: string;
  /** The keyboard shortcut as the browser shows it ("Alt+Shift+L"). */
  shortcut?: string;
  onOpenOptions: () => void;
  /** Panel: analyze the active tab (button in the idle view). */
  onAnalyze?: () => void;
  /** Popup: open the side panel; absent where the browser has none. */
  onOpenPanel?: () => void;
}

function Body(props: PopupViewProps) {
  const { view } = props;
  switch (view.kind) {
    case 'loading':
      return <LoadingView />;
    case 'idle':
      return (
        <IdleView
          shortcut={props.shortcut ?? 'Alt+Shift+L'}
          denied={view.denied}
          onAnalyze={props.onAnalyze ?? props.onReanalyze}
        />
      );
    case 'analyzing':
      return <AnalyzingView />;
    case 'restricted':
      return <RestrictedView reason={view.reason} />;
    case 'failure':
      return <FailureView message={view.message} detail={view.detail} onRetry={props.onReanalyze} />;
    case 'report':
      return (
        <ReportView
          {...props}
          report={view.report}
          cached={view.cached}
          selection={view.selection ?? false}
        />
      );
  }
}

export function PopupView(props: PopupViewProps) {
  const { t } = useI18n();
  const mode = props.mode ?? 'popup';
  return (
    <div className={mode === 'panel' ? 'popup popup--panel' : 'popup'}>
      <header className="topbar">
        <h1 className="topbar__name">TherapyLens</h1>
        <div className="topbar__actions">
          {mode === 'popup' && props.onOpenPanel && (
            <button type="button" className="link-button" onClick={props.onOpenPanel}>
              {t('app.openPanel')}
            </button>
          )}
          <button type="button" className="link-button" onClick={props.onOpenOptions}>
            {t('app.settings')}
          </button>
        </div>
      </header>
      <main className="popup__main">
        <Body {...props} />
      </main>
    </div>
  );
}
