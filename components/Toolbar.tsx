// Actions on an analyzed page: highlights on the page, save to the collection, open the collection.
import type { SaveStatus } from './popup-types';

export interface HighlightProps {
  on: boolean;
  busy: boolean;
  onChange: (on: boolean) => void;
}

export function HighlightSwitch({ on, busy, onChange }: HighlightProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-busy={busy}
      disabled={busy}
      className="switch"
      onClick={() => onChange(!on)}
    >
      <span className="switch__track" aria-hidden="true">
        <span className="switch__thumb" />
      </span>
      Highlight on page
    </button>
  );
}

function saveText(save: SaveStatus): string | null {
  switch (save.status) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return save.auto ? 'Saved to your collection automatically.' : 'Saved to your collection.';
    case 'error':
      return save.message;
    default:
      return null;
  }
}

export function SaveControls({
  save,
  onSave,
  collectionUrl,
  onOpenCollection,
}: {
  save: SaveStatus;
  onSave: () => void;
  collectionUrl: string;
  onOpenCollection: () => void;
}) {
  const text = saveText(save);
  return (
    <div className="save">
      <button
        type="button"
        className="button"
        onClick={onSave}
        disabled={save.status === 'saving' || save.status === 'saved'}
      >
        {save.status === 'saved' ? 'Saved' : 'Save to collection'}
      </button>
      <a
        className="link"
        href={collectionUrl}
        target="_blank"
        rel="noopener noreferrer"
        onClick={(e) => {
          e.preventDefault();
          onOpenCollection();
        }}
      >
        Open collection
      </a>
      <p
        className={save.status === 'error' ? 'save__status save__status--error' : 'save__status'}
        role="status"
      >
        {text}
      </p>
    </div>
  );
}
