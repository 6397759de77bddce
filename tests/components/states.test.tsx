// @vitest-environment happy-dom
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DISCLAIMER } from '../../lib/disclaimer';
import { en } from '../../components/i18n/en';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { emptyReport, fullReport, partialReport } from './fixtures';
import { renderPopup } from './render';

afterEach(cleanup);

describe('popup states', () => {
  it('analyzing: a progress indicator inside a polite live region', () => {
    renderPopup({ view: { kind: 'analyzing' } });
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status.querySelector('progress')).not.toBeNull();
    expect(status).toHaveTextContent('Reading this page');
  });

  it('restricted page: a plain message and the one-line reason, nothing else', () => {
    renderPopup({ view: { kind: 'restricted', reason: 'This is one of the browser’s own pages.' } });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("TherapyLens can't read this page");
    expect(alert).toHaveTextContent('This is one of the browser’s own pages.');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('script failure: a plain message, the detail folded away, and Retry', async () => {
    const user = userEvent.setup();
    const { props } = renderPopup({
      view: {
        kind: 'failure',
        message: 'TherapyLens ran into a problem while reading this page.',
        detail: 'x is undefined',
      },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'TherapyLens ran into a problem while reading this page.',
    );
    const details = screen.getByText('Technical detail').closest('details')!;
    expect(details.open).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(props.onReanalyze).toHaveBeenCalledTimes(1);
  });

  it('nothing found: says so, says what TherapyLens looks for, offers Re-analyze, keeps the disclaimer', async () => {
    const user = userEvent.setup();
    const { props } = renderPopup({ view: { kind: 'report', report: emptyReport, cached: false } });
    expect(
      screen.getByRole('heading', { name: 'No cell or gene therapy products found on this page' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/looks for cancer cell and gene therapies by brand name, generic name or code/),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(DISCLAIMER);
    expect(screen.queryByRole('switch')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Re-analyze' }));
    expect(props.onReanalyze).toHaveBeenCalledTimes(1);
  });

  it('very large page: the partial result with the note and the report notes', () => {
    renderPopup({ view: { kind: 'report', report: partialReport, cached: false } });
    const notes = screen.getAllByRole('note');
    expect(notes[0]).toHaveTextContent(en['summary.partial']);
    expect(notes[0]).toHaveTextContent('Stopped after 200,000 characters');
    // One quote per statement: claims quoting the same sentence share it.
    expect(screen.getAllByRole('button', { name: /Show on page\.$/ }).length).toBe(
      new Set(partialReport.claims.map((c) => c.text)).size,
    );
  });

  it('cached: says when the result is from and offers Re-analyze', async () => {
    const user = userEvent.setup();
    const { props } = renderPopup({ view: { kind: 'report', report: fullReport, cached: true } });
    expect(screen.getByText(/result from Nov 21, 2026/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Re-analyze' }));
    expect(props.onReanalyze).toHaveBeenCalledTimes(1);
  });

  it('fresh result: no "result from" line', () => {
    renderPopup({ view: { kind: 'report', report: fullReport, cached: false } });
    expect(screen.queryByText(/result from/)).toBeNull();
  });
});

describe('toolbar', () => {
  it('highlights switch reflects and requests the state', async () => {
    const user = userEvent.setup();
    const { props, rerender } = renderPopup({ view: { kind: 'report', report: fullReport, cached: false } });
    const sw = screen.getByRole('switch', { name: 'Highlight on page' });
    expect(sw).toHaveAttribute('aria-checked', 'false');
    await user.click(sw);
    expect(props.onHighlights).toHaveBeenLastCalledWith(true);
    rerender(<PopupViewWith props={{ ...props, highlights: { on: true, busy: false } }} />);
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('switch'));
    expect(props.onHighlights).toHaveBeenLastCalledWith(false);
  });

  it('highlights switch is disabled while the page is working', () => {
    renderPopup({
      view: { kind: 'report', report: fullReport, cached: false },
      highlights: { on: false, busy: true },
    });
    expect(screen.getByRole('switch')).toBeDisabled();
  });

  it('save: calls save, then shows saved or the error in words', async () => {
    const user = userEvent.setup();
    const view = { kind: 'report' as const, report: fullReport, cached: false };
    const { props, rerender } = renderPopup({ view });
    await user.click(screen.getByRole('button', { name: 'Save to collection' }));
    expect(props.onSave).toHaveBeenCalledTimes(1);
    rerender(<PopupViewWith props={{ ...props, save: { status: 'saved', auto: true } }} />);
    expect(screen.getByRole('button', { name: 'Saved' })).toBeDisabled();
    expect(screen.getByText('Saved to your collection automatically.')).toBeInTheDocument();
    rerender(<PopupViewWith props={{ ...props, save: { status: 'error', message: 'Storage is full.' } }} />);
    expect(screen.getByText('Storage is full.')).toHaveClass('save__status--error');
    expect(screen.getByRole('button', { name: 'Save to collection' })).toBeEnabled();
  });

  it('open collection: a real link, handled by the popup', async () => {
    const user = userEvent.setup();
    const { props } = renderPopup({ view: { kind: 'report', report: fullReport, cached: false } });
    const link = screen.getByRole('link', { name: 'Open collection' });
    expect(link).toHaveAttribute('href', 'chrome-extension://test/collection.html');
    await user.click(link);
    expect(props.onOpenCollection).toHaveBeenCalledTimes(1);
  });

  it('announces the last action in a live region', () => {
    renderPopup({
      view: { kind: 'report', report: fullReport, cached: false },
      notice: { key: 'marked', count: 12 },
    });
    expect(screen.getByText('12 places marked on the page.')).toHaveAttribute('role', 'status');
  });

  it('settings button opens the options page', async () => {
    const user = userEvent.setup();
    const { props } = renderPopup({ view: { kind: 'analyzing' } });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(props.onOpenOptions).toHaveBeenCalledTimes(1);
  });
});

function PopupViewWith({ props }: { props: PopupViewProps }) {
  return <PopupView {...props} />;
}

describe('a page with marketing wording but no therapy', () => {
  it('is still "nothing found", with the cautions folded away', async () => {
    const user = userEvent.setup();
    const onlyMarketing = { ...emptyReport, claims: fullReport.claims.filter((c) => c.kind === 'marketing') };
    renderPopup({ view: { kind: 'report', report: onlyMarketing, cached: false } });
    expect(
      screen.getByRole('heading', { name: 'No cell or gene therapy products found on this page' }),
    ).toBeInTheDocument();
    const folded = screen.getByText('1 phrase to read with care').closest('details')!;
    expect(folded.open).toBe(false);
    await user.click(screen.getByText('1 phrase to read with care'));
    expect(screen.getByRole('img', { name: 'Verdict: Caution' })).toBeVisible();
  });

  it('shows the full report as soon as a real claim is there without a product', () => {
    const untied = { ...emptyReport, claims: fullReport.claims.filter((c) => c.productId === null) };
    renderPopup({ view: { kind: 'report', report: untied, cached: false } });
    expect(screen.queryByText('No cell or gene therapy products found on this page')).toBeNull();
    expect(
      screen.getByText(
        'Nothing TherapyLens checked on this page differs from the records; 1 statement uses sales wording to read with care.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^0 therapies named/)).toBeInTheDocument();
  });
});
