// Renders the popup view with the bundled dataset and recorded callbacks.
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { bundledDataset } from '../../lib/dataset/bundled';
import { FIXED_NOW } from '../helpers/dom';

export function renderPopup(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    view: { kind: 'loading' },
    dataset: bundledDataset,
    regulators: [],
    highlights: { on: false, busy: false },
    save: { status: 'idle' },
    notice: null,
    collectionUrl: 'chrome-extension://test/collection.html',
    now: FIXED_NOW,
    onReanalyze: vi.fn(),
    onHighlights: vi.fn(),
    onShowClaim: vi.fn(),
    onSave: vi.fn(),
    onOpenCollection: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  return { ...render(<PopupView {...props} />), props };
}
