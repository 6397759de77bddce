// @vitest-environment happy-dom
// The PDF drop zone's flow with its analysis and storage passed in: a PDF is analyzed, saved with
// the same timestamp and announced; anything else, or a failure at either step, is one alert line
// and nothing is saved.
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PdfDrop } from '../../components/collection/PdfDrop';
import type { PdfDropDeps } from '../../utils/use-pdf-drop';
import { claim, report } from '../collection/factory';
import { FIXED_NOW } from '../helpers/dom';

afterEach(cleanup);

function setup(overrides: Partial<PdfDropDeps> = {}) {
  const deps: PdfDropDeps = {
    analyze: vi.fn(async (file: File) => ({
      ok: true as const,
      report: report({ source: file.name, claims: [claim('c1'), claim('c2')] }),
    })),
    save: vi.fn(async () => ({ ok: true as const })),
    now: () => FIXED_NOW,
    ...overrides,
  };
  const onSaved = vi.fn();
  render(<PdfDrop onSaved={onSaved} deps={deps} />);
  return { deps, onSaved, input: screen.getByTestId('pdf-file') as HTMLInputElement };
}

const file = (name: string, type = 'application/pdf') =>
  new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], name, { type });

describe('PdfDrop', () => {
  it('analyzes a chosen PDF, saves its report with the analysis time and says what was found', async () => {
    const { deps, onSaved, input } = setup();
    await userEvent.upload(input, file('label.pdf'));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^label\.pdf: \d+ therap(y|ies) and 2 claims found; saved to the collection\.$/,
    );
    expect(deps.analyze).toHaveBeenCalledWith(expect.objectContaining({ name: 'label.pdf' }), FIXED_NOW);
    expect(deps.save).toHaveBeenCalledWith(expect.objectContaining({ source: 'label.pdf' }), FIXED_NOW);
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('refuses a file that is not a PDF without analyzing it', async () => {
    const { deps, onSaved, input } = setup();
    // The input's accept filter is a hint only: a drop or "All files" can still bring anything.
    await userEvent.upload(input, file('notes.txt', 'text/plain'), { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'notes.txt: not a PDF (choose a file ending in .pdf)',
    );
    expect(deps.analyze).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows the analysis error and saves nothing', async () => {
    const { deps, onSaved, input } = setup({
      analyze: vi.fn(async () => ({ ok: false as const, error: 'the PDF is password-protected' })),
    });
    await userEvent.upload(input, file('secret.pdf'));
    expect(await screen.findByRole('alert')).toHaveTextContent('secret.pdf: the PDF is password-protected');
    expect(deps.save).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows a storage failure and does not announce a save', async () => {
    const { onSaved, input } = setup({
      save: vi.fn(async () => ({ ok: false as const, error: 'Storage is full.' })),
    });
    await userEvent.upload(input, file('label.pdf'));
    expect(await screen.findByRole('alert')).toHaveTextContent('label.pdf: Storage is full.');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
