// The researcher's collection page: every saved page's findings in one table, with filters,
// search, sorting, delete with undo, and CSV / JSON export and JSON import. Storage and downloads
// come in through `env` (see types.ts), so this runs unchanged in tests.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { claimsCsv, collectionJson, exportFileName, mentionsCsv } from '../../lib/collection/export';
import { parseCollectionFile } from '../../lib/collection/import';
import {
  buildRows,
  countPages,
  facets,
  queryRows,
  type RowFilter,
  type SortKey,
  type SortSpec,
} from '../../lib/collection/query';
import type { CollectionRecord } from '../../lib/collection/record';
import { DISCLAIMER } from '../../lib/disclaimer';
import { FiltersBar } from './FiltersBar';
import { FindingsTable } from './FindingsTable';
import { PdfDrop } from './PdfDrop';
import type { CollectionEnv } from './types';

export const PAGE_SIZE = 100;
const DEFAULT_SORT: SortSpec = { key: 'date', direction: 'descending' };

type Load = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

export function CollectionView({ env }: { env: CollectionEnv }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [records, setRecords] = useState<CollectionRecord[]>([]);
  const [skipped, setSkipped] = useState<{ key: string; reason: string }[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [undo, setUndo] = useState<CollectionRecord[] | null>(null);
  const [filter, setFilter] = useState<RowFilter>({});
  const [sort, setSort] = useState<SortSpec>(DEFAULT_SORT);
  const [pageIndex, setPageIndex] = useState(0);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  const reload = useCallback(async () => {
    try {
      const loaded = await env.store.load();
      setRecords(loaded.records);
      setSkipped(loaded.skipped);
      setLoad({ state: 'ready' });
    } catch (err) {
      setLoad({ state: 'failed', message: `Saved pages could not be read: ${message(err)}` });
    }
  }, [env]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);

  // Built once per load; filtering and sorting are memoized on their inputs, and the filter is
  // deferred so typing in the search box stays responsive on large collections.
  const rows = useMemo(() => buildRows(records), [records]);
  const choices = useMemo(() => facets(rows), [rows]);
  const deferredFilter = useDeferredValue(filter);
  const visible = useMemo(() => queryRows(rows, deferredFilter, sort), [rows, deferredFilter, sort]);
  const pageCount = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const page = Math.min(pageIndex, pageCount - 1);
  const pageRows = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const visiblePages = useMemo(() => countPages(visible), [visible]);

  const changeFilter = (next: RowFilter) => {
    setFilter(next);
    setPageIndex(0);
  };

  const changeSort = (key: SortKey) => {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'date' ? 'descending' : 'ascending' },
    );
    setPageIndex(0);
  };

  const remove = async (ids: readonly string[]) => {
    const gone = new Set(ids);
    const removed = records.filter((r) => gone.has(r.id));
    if (removed.length === 0) return;
    setBusy(true);
    const result = await env.store.deleteRecords(removed.map((r) => r.id));
    setBusy(false);
    if (!result.ok) {
      setErrors((e) => [...e, result.error]);
      return;
    }
    setRecords((current) => current.filter((r) => !gone.has(r.id)));
    setUndo(removed);
    setNotice('');
  };

  const restore = async () => {
    if (!undo) return;
    setBusy(true);
    const result = await env.store.restoreRecords(undo);
    setBusy(false);
    if (!result.ok) {
      setErrors((e) => [...e, result.error]);
      return;
    }
    const back = new Set(undo.map((r) => r.id));
    setRecords((current) => [...current.filter((r) => !back.has(r.id)), ...undo]);
    setNotice(`Restored ${plural(undo.length, 'page')}.`);
    setUndo(null);
  };

  const exportAs = (kind: 'claims' | 'mentions' | 'collection') => {
    const at = env.now();
    if (kind === 'collection') {
      env.download(exportFileName(kind, at), collectionJson(records, at), 'application/json');
    } else {
      // BOM so Excel reads the file as UTF-8 (see lib/collection/export.ts).
      const text =
        kind === 'claims' ? claimsCsv(records, { bom: true }) : mentionsCsv(records, { bom: true });
      env.download(exportFileName(kind, at), text, 'text/csv;charset=utf-8');
    }
    setNotice(`Exported ${plural(records.length, 'saved page')}.`);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const parsed = parseCollectionFile(await file.text());
      if (!parsed.ok) {
        setErrors((e) => [...e, `${file.name}: ${parsed.error}`]);
        return;
      }
      const result = await env.store.importRecords(parsed.records);
      if (!result.ok) {
        setErrors((e) => [...e, `${file.name}: ${result.error}`]);
        return;
      }
      const merged = result.merged + parsed.duplicatesInFile;
      setNotice(
        `Imported ${file.name}: ${result.added} added, ${merged} merged with pages already saved, ${parsed.skipped.length} skipped.`,
      );
      if (parsed.skipped.length) {
        setErrors((e) => [
          ...e,
          ...parsed.skipped.map((s) => `${file.name}: record ${s.index + 1} was skipped: ${s.reason}`),
        ]);
      }
      await reload();
    } catch (err) {
      setErrors((e) => [...e, `${file.name}: could not be read (${message(err)}).`]);
    } finally {
      setBusy(false);
    }
  };

  const filtered = Boolean(
    filter.product || filter.verdict || filter.site || filter.from || filter.to || filter.text,
  );
  const first = visible.length ? page * PAGE_SIZE + 1 : 0;
  const last = page * PAGE_SIZE + pageRows.length;

  return (
    <div className="collection">
      <header className="page-header">
        <h1>TherapyLens collection</h1>
        <p className="disclaimer">{DISCLAIMER}</p>
      </header>

      <div role="alert" className="problems">
        {load.state === 'failed' && <p>{load.message}</p>}
        {skipped.length > 0 && (
          <>
            <p>
              {plural(skipped.length, 'saved item')} could not be read and{' '}
              {skipped.length === 1 ? 'is' : 'are'} not shown:
            </p>
            <ul>
              {skipped.map((s) => (
                <li key={s.key}>
                  <code>{s.key}</code>: {s.reason}
                </li>
              ))}
            </ul>
          </>
        )}
        {errors.length > 0 && (
          <>
            <ul>
              {errors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
            <button type="button" onClick={() => setErrors([])}>
              Dismiss messages
            </button>
          </>
        )}
      </div>

      <section className="toolbar" aria-label="Export and import">
        <button type="button" onClick={() => exportAs('claims')} disabled={records.length === 0}>
          Export CSV (claims)
        </button>
        <button type="button" onClick={() => exportAs('mentions')} disabled={records.length === 0}>
          Export CSV (product mentions)
        </button>
        <button type="button" onClick={() => exportAs('collection')} disabled={records.length === 0}>
          Export JSON
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          Import JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Collection file to import"
          data-testid="import-file"
          onChange={(e) => void importFile(e)}
        />
        <span className="hint">Exports include every saved page.</span>
      </section>

      <PdfDrop onSaved={() => void reload()} />
      <p role="status" className="notice">
        {notice}
      </p>

      {load.state === 'loading' && <p>Loading saved pages…</p>}
      {load.state === 'ready' && records.length === 0 && (
        <p className="empty">
          No saved pages yet. Check a page with the TherapyLens button and choose “Save to collection”, or
          import a collection file.
        </p>
      )}

      {records.length > 0 && (
        <>
          <FiltersBar filter={filter} facets={choices} onChange={changeFilter} />
          <div className="summary-line">
            <p aria-live="polite">
              {visible.length === 0
                ? 'No findings match these filters.'
                : `Showing ${first.toLocaleString('en')}–${last.toLocaleString('en')} of ${plural(visible.length, 'finding')} from ${plural(visiblePages, 'page')}` +
                  (filtered ? ` (${plural(records.length, 'page')} saved).` : '.')}
            </p>
            {filtered && visiblePages > 0 && (
              <button
                type="button"
                className="delete"
                onClick={() => void remove([...new Set(visible.map((r) => r.recordId))])}
                disabled={busy}
              >
                Delete the {plural(visiblePages, 'page')} shown
              </button>
            )}
          </div>
          {pageRows.length > 0 && (
            <FindingsTable
              rows={pageRows}
              sort={sort}
              onSort={changeSort}
              onDeletePage={(id) => void remove([id])}
            />
          )}
          {pageCount > 1 && (
            <nav className="pager" aria-label="Table pages">
              <button type="button" onClick={() => setPageIndex(page - 1)} disabled={page === 0}>
                Previous
              </button>
              <span>
                Page {page + 1} of {pageCount}
              </span>
              <button type="button" onClick={() => setPageIndex(page + 1)} disabled={page >= pageCount - 1}>
                Next
              </button>
            </nav>
          )}
        </>
      )}

      {undo && (
        <div className="toast" role="status">
          <span>Deleted {plural(undo.length, 'page')}.</span>
          <button ref={undoButton} type="button" onClick={() => void restore()} disabled={busy}>
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setUndo(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
