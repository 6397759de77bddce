// @vitest-environment happy-dom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CollectionView, PAGE_SIZE } from '../../components/collection/CollectionView';
import type { CollectionEnv } from '../../components/collection/types';
import { collectionJson } from '../../lib/collection/export';
import { makeRecord, type CollectionRecord } from '../../lib/collection/record';
import { DISCLAIMER } from '../../lib/disclaimer';
import {
  deleteRecords,
  importRecords,
  INDEX_KEY,
  loadCollection,
  recordKey,
  restoreRecords,
} from '../../utils/collection-store';
import { FIXED_NOW } from '../helpers/dom';
import { claim, manyRecords, report } from './factory';

type Download = { name: string; text: string; type: string };

function setup() {
  const downloads: Download[] = [];
  const env: CollectionEnv = {
    store: {
      load: vi.fn(loadCollection),
      deleteRecords: vi.fn(deleteRecords),
      restoreRecords: vi.fn(restoreRecords),
      importRecords: vi.fn(importRecords),
    },
    now: () => FIXED_NOW,
    download: (name, text, type) => downloads.push({ name, text, type }),
  };
  const user = userEvent.setup();
  render(<CollectionView env={env} />);
  return { env, downloads, user };
}

const kymriahPage = makeRecord(
  report({
    source: 'https://www.clinic-a.example/kymriah',
    title: 'Kymriah <img src=x onerror=alert(1)> clinic',
    analyzedAt: '2026-03-01T10:00:00.000Z',
    claims: [
      claim('c1'),
      claim('c2', {
        verdict: 'not-approved',
        kind: 'approval',
        text: 'Approved for all solid tumours.',
        explanation: 'no approval for solid tumours in the reference data',
      }),
    ],
  }),
  '2026-03-01T10:01:00.000Z',
);
const yescartaPage = makeRecord(
  report({
    source: 'javascript:alert(1)',
    title: 'Yescarta overseas',
    analyzedAt: '2026-04-01T10:00:00.000Z',
    products: [{ id: 'axicabtagene-ciloleucel', name: 'Yescarta', status: 'approved', mentions: [] }],
    claims: [
      claim('c1', {
        productId: 'axicabtagene-ciloleucel',
        verdict: 'differs',
        text: 'Yescarta cures 95% of patients.',
      }),
    ],
  }),
  '2026-04-01T10:01:00.000Z',
);

async function seed(records: CollectionRecord[]) {
  const result = await importRecords(records);
  expect(result.ok).toBe(true);
}

function bodyRows(): HTMLElement[] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('CollectionView', () => {
  it('shows findings across pages with the disclaimer, page text as text, and safe links', async () => {
    await seed([kymriahPage, yescartaPage]);
    setup();
    await screen.findByRole('table');
    expect(screen.getByText(DISCLAIMER)).toBeVisible();
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByText('Approved for all solid tumours.')).toBeInTheDocument();
    expect(screen.getByText('no approval for solid tumours in the reference data')).toBeInTheDocument();

    const link = screen.getAllByRole('link', { name: /Kymriah <img src=x onerror=alert\(1\)> clinic/ })[0]!;
    expect(link).toHaveAttribute('href', 'https://www.clinic-a.example/kymriah');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(document.querySelector('img')).toBeNull();
    // A stored javascript: URL is shown, never linked.
    expect(screen.getByText('Yescarta overseas').closest('a')).toBeNull();
  });

  it('sorts by clicking column headers and reports it with aria-sort', async () => {
    await seed([kymriahPage, yescartaPage]);
    const { user } = setup();
    await screen.findByRole('table');
    const productHeader = screen.getByRole('columnheader', { name: /Product/ });
    expect(productHeader).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(within(productHeader).getByRole('button'));
    expect(productHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Kymriah',
      'Kymriah',
      'Yescarta',
    ]);

    // Keyboard: the header button toggles with Enter.
    within(productHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(productHeader).toHaveAttribute('aria-sort', 'descending');
    expect(within(bodyRows()[0]!).getAllByRole('cell')[0]).toHaveTextContent('Yescarta');
  });

  it('filters by verdict, product and text search', async () => {
    await seed([kymriahPage, yescartaPage]);
    const { user } = setup();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Verdict'), 'not-approved');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByText('Approved for all solid tumours.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Product'), 'axicabtagene-ciloleucel');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('Search'), 'cures 95%');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByText('Yescarta cures 95% of patients.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'nothing matches this');
    expect(await screen.findByText('No findings match these filters.')).toBeInTheDocument();
  });

  it('deletes a page with an Undo toast that restores it', async () => {
    await seed([kymriahPage, yescartaPage]);
    const { user, env } = setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Delete saved page: Yescarta overseas' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(2));
    expect(env.store.deleteRecords).toHaveBeenCalledWith([yescartaPage.id]);
    expect((await loadCollection()).records.map((r) => r.id)).toEqual([kymriahPage.id]);

    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(screen.getByText('Deleted 1 page.')).toBeInTheDocument();
    await user.click(undo);
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect((await loadCollection()).records.map((r) => r.id).sort()).toEqual(
      [kymriahPage.id, yescartaPage.id].sort(),
    );
  });

  it('exports claims CSV (with BOM), mentions CSV and JSON', async () => {
    await seed([kymriahPage, yescartaPage]);
    const { user, downloads } = setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Export CSV (claims)' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV (product mentions)' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(downloads.map((d) => [d.name, d.type])).toEqual([
      ['therapylens-claims-2026-11-21.csv', 'text/csv;charset=utf-8'],
      ['therapylens-mentions-2026-11-21.csv', 'text/csv;charset=utf-8'],
      ['therapylens-collection-2026-11-21.json', 'application/json'],
    ]);
    expect(downloads[0]!.text.startsWith('\uFEFFpage_url,')).toBe(true);
    expect(downloads[0]!.text.split('\r\n').filter(Boolean)).toHaveLength(1 + 3);
    expect(downloads[2]!.text).toBe(collectionJson((await loadCollection()).records, FIXED_NOW));
  });

  it('imports a JSON file and reports counts; a foreign file is refused in the alert region', async () => {
    await seed([kymriahPage]);
    const { user, env } = setup();
    await screen.findByRole('table');
    const input = screen.getByTestId('import-file');

    await user.upload(input, new File(['{"hello": "world"}'], 'other.json', { type: 'application/json' }));
    const alert = screen.getByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent('other.json: This is not a TherapyLens collection file'),
    );
    expect(env.store.importRecords).not.toHaveBeenCalled();

    const file = collectionJson([kymriahPage, yescartaPage], FIXED_NOW).replace(
      ']}\n',
      ',{"recordVersion":5}]}\n',
    );
    await user.upload(input, new File([file], 'mine.json', { type: 'application/json' }));
    expect(
      await screen.findByText('Imported mine.json: 1 added, 1 merged with pages already saved, 1 skipped.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    expect(alert).toHaveTextContent('mine.json: record 3 was skipped: record version 5 is newer');
  });

  it('lists corrupted saved records in the alert region and still shows the rest', async () => {
    await seed([kymriahPage, yescartaPage]);
    await fakeBrowser.storage.local.set({ [recordKey(yescartaPage.id)]: { broken: true } });
    setup();
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(2);
    expect(screen.getByRole('alert')).toHaveTextContent(`rec:${yescartaPage.id}`);
    expect(screen.getByRole('alert')).toHaveTextContent('1 saved item could not be read');
  });

  it('shows an empty state with exports disabled', async () => {
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: [] });
    setup();
    expect(await screen.findByText(/No saved pages yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Import JSON' })).toBeEnabled();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages through large collections a page of rows at a time', async () => {
    await seed(manyRecords(120, 2));
    const { user } = setup();
    await screen.findByRole('table');
    expect(bodyRows()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText(`Showing 1–${PAGE_SIZE} of 240 findings from 120 pages.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(bodyRows()).toHaveLength(40);
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });
});

describe('CollectionView store failures', () => {
  it('a failed load is reported in the alert region', async () => {
    const env: CollectionEnv = {
      store: {
        load: () => Promise.reject(new Error('storage unavailable')),
        deleteRecords,
        restoreRecords,
        importRecords,
      },
      now: () => FIXED_NOW,
      download: () => undefined,
    };
    await act(async () => {
      render(<CollectionView env={env} />);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Saved pages could not be read: storage unavailable');
  });
});
