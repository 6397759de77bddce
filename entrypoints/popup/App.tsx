import { PopupView } from '../../components/PopupView';
import { bundledDataset } from '../../lib/dataset/bundled';
import { browser } from '../../utils/browser';
import { openCollection, openOptions, usePopup } from '../../utils/use-popup';

export function App() {
  const popup = usePopup();
  return (
    <PopupView
      view={popup.view}
      dataset={bundledDataset}
      regulators={popup.settings.regulators}
      highlights={popup.highlights}
      save={popup.save}
      notice={popup.notice}
      collectionUrl={browser.runtime.getURL('/collection.html')}
      onReanalyze={popup.reanalyze}
      onHighlights={popup.setHighlights}
      onShowClaim={popup.showClaim}
      onSave={popup.saveToCollection}
      onOpenCollection={openCollection}
      onOpenOptions={openOptions}
    />
  );
}
