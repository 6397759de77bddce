import type { Regulator } from '../lib/dataset/schema';
import type { Settings } from '../lib/settings';
import { SHOWN_REGULATORS } from './product-view';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './i18n';
import { useI18n } from './I18n';

const REGULATOR_NAMES: Record<string, string> = {
  FDA: 'US Food and Drug Administration',
  EMA: 'European Medicines Agency (EU)',
  NMPA: 'National Medical Products Administration (China)',
  PMDA: 'Pharmaceuticals and Medical Devices Agency (Japan)',
  CDSCO: 'Central Drugs Standard Control Organisation (India)',
  MHRA: 'Medicines and Healthcare products Regulatory Agency (UK)',
};

/** Regulators ticked on the form; an empty setting means all of them. */
export function chosenRegulators(settings: Settings): Regulator[] {
  return settings.regulators.length === 0
    ? [...SHOWN_REGULATORS]
    : SHOWN_REGULATORS.filter((r) => settings.regulators.includes(r));
}

/** The setting after ticking or unticking one box; all ticked is stored as "all" ([]). */
export function toggleRegulator(settings: Settings, regulator: Regulator, on: boolean): Settings {
  const current = chosenRegulators(settings);
  const next = on ? [...new Set([...current, regulator])] : current.filter((r) => r !== regulator);
  if (next.length === 0) return settings;
  const all = SHOWN_REGULATORS.every((r) => next.includes(r));
  return { ...settings, regulators: all ? [] : SHOWN_REGULATORS.filter((r) => next.includes(r)) };
}

export type OptionsStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function OptionsForm({
  settings,
  status,
  onChange,
  browserDefault,
}: {
  settings: Settings;
  status: OptionsStatus;
  onChange: (next: Settings) => void;
  /** The language "auto" resolves to in this browser. */
  browserDefault?: Language;
}) {
  const chosen = chosenRegulators(settings);
  const { t, language } = useI18n();
  return (
    <form className="options" onSubmit={(e) => e.preventDefault()}>
      <h1>{t('settings.title')}</h1>
      <label className="options__language">
        <span>{t('settings.language')}</span>
        <select
          value={settings.language}
          onChange={(e) => onChange({ ...settings, language: e.currentTarget.value as Settings['language'] })}
        >
          <option value="auto">
            {t('settings.languageAuto', { language: LANGUAGE_NAMES[browserDefault ?? language] })}
          </option>
          {LANGUAGES.map((l: Language) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('settings.approvals')}</legend>
        <p className="hint">{t('settings.approvalsHint')}</p>
        {SHOWN_REGULATORS.map((r) => {
          const checked = chosen.includes(r);
          const last = checked && chosen.length === 1;
          return (
            <label key={r}>
              <input
                type="checkbox"
                checked={checked}
                aria-describedby={last ? 'regulators-hint' : undefined}
                onChange={(e) => onChange(toggleRegulator(settings, r, e.currentTarget.checked))}
              />
              <span>
                <strong>{r}</strong> · {REGULATOR_NAMES[r]}
              </span>
            </label>
          );
        })}
        {chosen.length === 1 && (
          <p id="regulators-hint" className="hint">
            {t('settings.lastRegulator')}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('settings.onPage')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.highlightsByDefault}
            onChange={(e) => onChange({ ...settings, highlightsByDefault: e.currentTarget.checked })}
          />
          <span>{t('settings.highlightByDefault')}</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settings.collection')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.autoSave}
            onChange={(e) => onChange({ ...settings, autoSave: e.currentTarget.checked })}
          />
          <span>{t('settings.autoSave')}</span>
        </label>
        <p className="hint">{t('settings.collectionHint')}</p>
      </fieldset>
      <p
        role="status"
        className={status.kind === 'error' ? 'save__status save__status--error' : 'save__status'}
      >
        {status.kind === 'saved' ? t('settings.saved') : status.kind === 'error' ? status.message : ''}
      </p>
    </form>
  );
}
