import { bundledDataset } from '../../lib/dataset/bundled';
import { browser } from '../../utils/browser';
import { ReportApp } from '../../utils/report-app';
import { useShortcut } from '../../utils/shortcut';
import { openCollection, openOptions, usePopup } from '../../utils/use-popup';

export function App() {
  const popup = usePopup({ mode: 'popup' });
  const shortcut = useShortcut();
  return (
    <ReportApp
      popup={popup}
      mode="popup"
      dataset={bundledDataset}
      collectionUrl={browser.runtime.getURL('/collection.html')}
      now={new Date().toISOString()}
      shortcut={shortcut}
      onOpenCollection={openCollection}
      onOpenOptions={openOptions}
    />
  );
}
