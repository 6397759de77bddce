// Small views of the collection page: the table pager and the "Deleted … Undo" toast.
import type { RefObject } from 'react';
import { plural } from './plural';

export function Pager({
  page,
  pageCount,
  onPage,
}: {
  page: number;
  pageCount: number;
  onPage: (index: number) => void;
}) {
  return (
    <nav className="pager" aria-label="Table pages">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        Previous
      </button>
      <span>
        Page {page + 1} of {pageCount}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1}>
        Next
      </button>
    </nav>
  );
}

/** Focus moves to Undo when it appears (use-collection.ts), so a keyboard user can take it back at once. */
export function UndoToast({
  count,
  busy,
  buttonRef,
  onUndo,
  onDismiss,
}: {
  count: number;
  busy: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="toast" role="status">
      <span>Deleted {plural(count, 'page')}.</span>
      <button ref={buttonRef} type="button" onClick={onUndo} disabled={busy}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
