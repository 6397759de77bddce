// Actions on an analyzed page: highlights on the page, save to the collection, open the collection.
import type { SaveStatus } from './popup-types';
import type { Translate } from './i18n';
import { useI18n } from './I18n';

export interface HighlightProps {
  on: boolean;
  busy: boolean;
  onChange: (on: boolean) => void;
}

export function HighlightSwitch({ on, busy, onChange }: HighlightProps) {
  const { t } = useI18n();
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
      {t('toolbar.highlight')}
    </button>
  );
}

function saveText(save: SaveStatus, t: Translate): string | null {
  switch (save.status) {
    case 'saving':
      return t('toolbar.saving');
    case 'saved':
      return save.auto ? t('toolbar.savedAuto') : t('toolbar.savedManual');
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
  const { t } = useI18n();
  const text = saveText(save, t);
  return (
    <div className="save">
      <button
        type="button"
        className="button"
        onClick={onSave}
        disabled={save.status === 'saving' || save.status === 'saved'}
      >
        {save.status === 'saved' ? t('toolbar.saved') : t('toolbar.save')}
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
        {t('toolbar.openCollection')}
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
