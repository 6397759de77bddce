// The popup and the reading panel are one app in two places: this wires the report view to the
// extension (dataset, collection page, options, shortcut) for either, so the two entrypoints differ
// only in the mode they pass.
import { bundledDataset } from '../lib/dataset/bundled';
import { browser } from './browser';
import { ReportApp } from './report-app';
import { useShortcut } from './shortcut';
import { openCollection, openOptions, usePopup } from './use-popup';

export function ExtensionApp({ mode }: { mode: 'popup' | 'panel' }) {
  const popup = usePopup({ mode });
  const shortcut = useShortcut();
  return (
    <ReportApp
      popup={popup}
      mode={mode}
      dataset={bundledDataset}
      collectionUrl={browser.runtime.getURL('/collection.html')}
      now={new Date().toISOString()}
      shortcut={shortcut}
      onOpenCollection={openCollection}
      onOpenOptions={openOptions}
    />
  );
}
