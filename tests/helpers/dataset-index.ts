// The bundled dataset, indexed once per test file the way the CLI and the content script index it
// once per dataset: tests that call stages directly pass it down like analyzePage does.
import { bundledDataset } from '../../lib/dataset/bundled';
import { indexDataset } from '../../lib/analyze';

export const bundledIndex = indexDataset(bundledDataset);
