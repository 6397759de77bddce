// The researcher's collection page: every saved page's findings in one table, with filters,
// search, sorting, delete with undo, and CSV / JSON export and JSON import. Storage and downloads
// come in through `env` (see types.ts), so this runs unchanged in tests; state and actions live
// in use-collection.ts, this file lays them out.
import { DISCLAIMER } from '../../lib/disclaimer';
import { FiltersBar } from './FiltersBar';
import { FindingsTable } from './FindingsTable';
import { PdfDrop } from './PdfDrop';
import { Pager, UndoToast } from './CollectionParts';
import type { CollectionEnv } from './types';
import { plural } from './plural';
import { useCollection } from './use-collection';

export { PAGE_SIZE } from './use-collection';

export function CollectionView({ env }: { env: CollectionEnv }) {
  const {
    load,
    records,
    skipped,
    errors,
    setErrors,
    notice,
    undo,
    setUndo,
    filter,
    sort,
    busy,
    fileInput,
    undoButton,
    choices,
    visible,
    pageCount,
    page,
    pageRows,
    visiblePages,
    setPageIndex,
    changeFilter,
    changeSort,
    remove,
    restore,
    exportAs,
    importFile,
    filtered,
    first,
    last,
    reload,
  } = useCollection(env);

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
          {pageCount > 1 && <Pager page={page} pageCount={pageCount} onPage={setPageIndex} />}
        </>
      )}

      {undo && (
        <UndoToast
          count={undo.length}
          busy={busy}
          buttonRef={undoButton}
          onUndo={() => void restore()}
          onDismiss={() => setUndo(null)}
        />
      )}
    </div>
  );
}
