// Wires the collection view to storage.local and the browser's download of a Blob URL.
import { CollectionView } from '../../components/collection/CollectionView';
import { downloadText } from '../../components/collection/download';
import type { CollectionEnv } from '../../components/collection/types';
import { deleteRecords, importRecords, loadCollection, restoreRecords } from '../../utils/collection-store';

const env: CollectionEnv = {
  store: { load: loadCollection, deleteRecords, restoreRecords, importRecords },
  now: () => new Date().toISOString(),
  download: downloadText,
};

export function App() {
  return <CollectionView env={env} />;
}
