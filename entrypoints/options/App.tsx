import { useEffect } from 'react';
import { OptionsForm } from '../../components/OptionsForm';
import { I18nProvider } from '../../components/I18n';
import { pickLanguage } from '../../components/i18n';
import { applyDocumentLanguage, browserLanguages, interfaceLanguage } from '../../utils/language';
import { useSettings } from '../../utils/use-settings';

export function App() {
  const { settings, status, update } = useSettings();
  const language = settings ? interfaceLanguage(settings) : pickLanguage(browserLanguages());
  useEffect(() => applyDocumentLanguage(language), [language]);
  if (!settings) return <p role="status">Loading settings…</p>;
  return (
    <I18nProvider language={language}>
      <OptionsForm
        settings={settings}
        status={status}
        onChange={update}
        browserDefault={pickLanguage(browserLanguages())}
      />
    </I18nProvider>
  );
}
