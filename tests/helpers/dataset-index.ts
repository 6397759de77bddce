// The bundled dataset, indexed once per test file the way the CLI and the content script index it
// once per dataset: tests that call stages directly pass it down like analyzePage does.
import { bundledDataset } from '../../lib/dataset/bundled';
import { indexDataset } from '../../lib/analyze';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

export const bundledIndex = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
