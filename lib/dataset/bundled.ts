// The dataset that ships inside the extension. No zod here: parsing would pull the schema into
// the content script (size budget) and cost time on every page. tests/dataset/ parses every file
// and checks it is already in canonical form (defaults written out), so the cast below is exact.
import { rawDataset } from '../../data/index';
import type { Dataset } from './schema';

export const bundledDataset: Dataset = rawDataset as unknown as Dataset;
