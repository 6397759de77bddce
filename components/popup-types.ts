// The popup's state as the views see it; utils/use-popup.ts produces it.
import type { PageReport } from '../lib/schema';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'analyzing' }
  | { kind: 'restricted'; reason: string }
  | { kind: 'failure'; message: string; detail?: string }
  | { kind: 'report'; report: PageReport; cached: boolean };

export interface HighlightState {
  on: boolean;
  busy: boolean;
}

export type SaveStatus =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; auto: boolean }
  | { status: 'error'; message: string };
