// The popup's and the panel's state as the views see it; utils/view-machine.ts produces it.
import type { PageReport } from '../lib/schema';

export type PopupView =
  | { kind: 'loading' }
  /** The panel on a tab with no report yet; `denied` once the browser refused to let it read the page. */
  | { kind: 'idle'; denied: boolean }
  | { kind: 'analyzing' }
  | { kind: 'restricted'; reason: string }
  | { kind: 'failure'; message: string; detail?: string }
  /** `cached`: shown from an earlier analysis; `selection`: only the selected text was checked. */
  | { kind: 'report'; report: PageReport; cached: boolean; selection?: boolean };

export interface HighlightState {
  on: boolean;
  busy: boolean;
}

export type SaveStatus =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; auto: boolean }
  | { status: 'error'; message: string };

/** What the last action did, as a message key (translated by the view) and an optional count. */
export type Notice =
  | { key: 'highlightsUnavailable' | 'claimNotFound' | 'nothingMarked' | 'unmarked' | 'shown' }
  | { key: 'marked'; count: number };
