// indexDataset: the dataset and everything the stages derive from it, built once and passed down
// (DatasetIndex, lib/match/dataset-index.ts). A pipeline-assembly file like lib/analyze.ts, so it may
// call each stage's own derivation; no stage imports it. analyzePage builds one per analysis unless
// the caller passes one in (the CLI workers, the benchmark and the eval build it once per dataset).
import type { Dataset } from './dataset/schema';
import { datasetLookups } from './dataset/lookups';
import type { DatasetIndex } from './match/dataset-index';
import { buildLexicon } from './match/lexicon';
import { complementsOf } from './match/complements';
import { trialOwnersOf } from './claims/trial-owner';
import { trackedRegulatorsOf } from './verify/scope';
import { labelExclusionsOf } from './verify/indication';
import { referenceLabelsOf } from './verify/format';

export type { DatasetIndex } from './match/dataset-index';

export function indexDataset(dataset: Dataset): DatasetIndex {
  // The dataset's own fields stay as they are (the index is a Dataset too); lookups first, as the
  // exclusions and labels below read condition names through them.
  const data = { ...dataset, ...datasetLookups(dataset) };
  return Object.freeze({
    ...data,
    lexicon: buildLexicon(dataset),
    complements: complementsOf(dataset),
    trialOwners: trialOwnersOf(dataset),
    trackedRegulators: trackedRegulatorsOf(dataset),
    labelExclusions: labelExclusionsOf(data),
    referenceLabels: referenceLabelsOf(data),
  });
}
