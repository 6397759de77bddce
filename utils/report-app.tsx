// What the popup and the panel render: the shared view tree in the reader's language.
import { useEffect } from 'react';
import { PopupView } from '../components/PopupView';
import { I18nProvider } from '../components/I18n';
import type { Popup } from './use-popup';
import type { Dataset } from '../lib/dataset/schema';
import { applyDocumentLanguage, interfaceLanguage } from './language';

export interface ReportAppProps {
  popup: Popup;
  mode: 'popup' | 'panel';
  dataset: Dataset;
  collectionUrl: string;
  now: string;
  shortcut: string;
  onOpenCollection: () => void;
  onOpenOptions: () => void;
}

export function ReportApp({ popup, mode, ...rest }: ReportAppProps) {
  const language = interfaceLanguage(popup.settings);
  useEffect(() => applyDocumentLanguage(language), [language]);
  return (
    <I18nProvider language={language}>
      <PopupView
        mode={mode}
        view={popup.view}
        dataset={rest.dataset}
        regulators={popup.settings.regulators}
        highlights={popup.highlights}
        save={popup.save}
        notice={popup.notice}
        collectionUrl={rest.collectionUrl}
        now={rest.now}
        shortcut={rest.shortcut}
        onReanalyze={popup.reanalyze}
        onAnalyze={popup.analyze}
        onHighlights={popup.setHighlights}
        onShowClaim={popup.showClaim}
        onSave={popup.saveToCollection}
        onOpenCollection={rest.onOpenCollection}
        onOpenOptions={rest.onOpenOptions}
        onOpenPanel={popup.openPanel}
      />
    </I18nProvider>
  );
}
