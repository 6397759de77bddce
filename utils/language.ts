// The interface language: the setting, or the browser's preferred languages when it says "auto".
import { resolveLanguage, type Language } from '../components/i18n';
import type { Settings } from '../lib/settings';

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined'
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language];
}

export function interfaceLanguage(settings: Pick<Settings, 'language'>): Language {
  return resolveLanguage(settings.language, browserLanguages());
}

/** Sets <html lang> so screen readers and fonts (CJK) follow the interface language. */
export function applyDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
