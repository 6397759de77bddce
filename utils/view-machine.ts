// The popup's and panel's states as one reducer: loading → idle | analyzing | report (fresh or
// cached, whole page or selection, partial when the report says so) | restricted | failure.
// Only one analysis runs at a time: `start` while one is running is ignored, and a result that
// arrives after the view moved to another tab (its token is stale) is dropped. Pure, so every
// transition is unit-tested without a browser.
import type { PageReport } from '../lib/schema';
import type { PopupView } from '../components/popup-types';

export interface MachineState {
  view: PopupView;
  /** The tab the view is about. */
  tabId: number | null;
  /** Token of the analysis in flight, null when none runs. */
  running: number | null;
}

export type Outcome =
  | { kind: 'report'; report: PageReport; selection?: boolean }
  | { kind: 'restricted'; reason: string }
  /** The browser would not let this view read the page (no user gesture on it yet). */
  | { kind: 'denied' }
  | { kind: 'failure'; message: string; detail?: string };

export type MachineEvent =
  /** The view now shows this tab (opened, or the user switched tabs): forget the old one. */
  | { type: 'tab'; tabId: number | null }
  /** `fresh`: it was just written by another view or the background, not found from earlier. */
  | { type: 'cached'; report: PageReport; selection: boolean; fresh?: boolean }
  | { type: 'no-report' }
  /** The report shown belonged to a page the tab has left (it navigated, or its cache entry went). */
  | { type: 'report-gone' }
  | { type: 'restricted'; reason: string }
  | { type: 'failure'; message: string; detail?: string }
  | { type: 'start'; token: number; showProgress: boolean }
  | { type: 'finish'; token: number; outcome: Outcome }
  /** Someone else (the background, for the menu or shortcut) is analyzing this tab. */
  | { type: 'elsewhere'; tabId: number };

export const INITIAL: MachineState = { view: { kind: 'loading' }, tabId: null, running: null };

function viewOf(outcome: Outcome): PopupView {
  switch (outcome.kind) {
    case 'report':
      return { kind: 'report', report: outcome.report, cached: false, selection: outcome.selection ?? false };
    case 'restricted':
      return { kind: 'restricted', reason: outcome.reason };
    case 'denied':
      return { kind: 'idle', denied: true };
    case 'failure':
      return outcome.detail === undefined
        ? { kind: 'failure', message: outcome.message }
        : { kind: 'failure', message: outcome.message, detail: outcome.detail };
  }
}

export function reduce(state: MachineState, event: MachineEvent): MachineState {
  switch (event.type) {
    case 'tab':
      // The same tab again (its page finished loading, the panel refocused): keep what is shown
      // while it is looked up again, rather than flashing "Opening…".
      if (event.tabId === state.tabId && state.view.kind !== 'loading') return state;
      return { view: { kind: 'loading' }, tabId: event.tabId, running: null };
    case 'cached':
      if (state.running !== null) return state;
      return {
        ...state,
        view: { kind: 'report', report: event.report, cached: !event.fresh, selection: event.selection },
      };
    case 'no-report':
      return state.running !== null ? state : { ...state, view: { kind: 'idle', denied: false } };
    case 'report-gone':
      // Only a shown report goes; a failure or a restriction message stays until the next lookup.
      return state.running !== null || state.view.kind !== 'report'
        ? state
        : { ...state, view: { kind: 'idle', denied: false } };
    case 'restricted':
      return { ...state, running: null, view: { kind: 'restricted', reason: event.reason } };
    case 'failure':
      return {
        ...state,
        running: null,
        view: viewOf({
          kind: 'failure',
          message: event.message,
          ...(event.detail === undefined ? {} : { detail: event.detail }),
        }),
      };
    case 'start':
      if (state.running !== null) return state;
      return {
        ...state,
        running: event.token,
        view: event.showProgress || state.view.kind !== 'report' ? { kind: 'analyzing' } : state.view,
      };
    case 'finish':
      if (state.running !== event.token) return state;
      return { ...state, running: null, view: viewOf(event.outcome) };
    case 'elsewhere':
      if (event.tabId !== state.tabId || state.running !== null) return state;
      return { ...state, view: { kind: 'analyzing' } };
  }
}

/** A report view is "partial" when the report says so; the view shows the note (not a separate state). */
export function isPartial(state: MachineState): boolean {
  return state.view.kind === 'report' && state.view.report.partial;
}
