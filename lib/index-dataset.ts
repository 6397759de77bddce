// indexDataset: the dataset and everything the stages derive from it, built once and passed down
// (DatasetIndex, lib/match/dataset-index.ts). A pipeline-assembly file like lib/analyze.ts, so it may
// call each stage's own derivation; no stage imports it. analyzePage builds one per analysis unless
// the caller passes one in (the CLI workers, the benchmark and the eval build it once per dataset).
import type { Dataset } from './dataset/schema';
import { datasetLookups } from './dataset/lookups';
import type { DatasetIndex } from './match/dataset-index';
import { buildLexicon } from './match/lexicon';
import { ellipticalNamesOf } from './match/elliptical';
import { languageNames, type LanguagePack } from './match/multilingual';
import { complementsOf } from './match/complements';
import { trialConditionsOf, trialOwnersOf } from './claims/trial-owner';
import { stepWordsOf } from './claims/decisions';
import { extensionWordsOf } from './claims/label-extension';
import { successionWordsOf } from './claims/succession';
import { sinceWordsOf } from './claims/since-use';
import { anotherProductOf } from './claims/indefinite-subject';
import { thisProductOf } from './claims/this-product';
import { obligationOf } from './claims/obligation';
import { placeWordsOf } from './claims/regulator-words';
import { trackedRegulatorsOf } from './verify/scope';
import { labelExclusionsOf } from './verify/indication';
import { referenceLabelsOf } from './verify/format';

export type { DatasetIndex } from './match/dataset-index';
export type { LanguagePack } from './match/multilingual';

export interface IndexOptions {
  /**
   * The language packs whose names the matcher reads (lib/match/multilingual/<lang>.ts): every
   * pack in Node (ALL_LANGUAGE_PACKS), the packs injected into the page in the extension. Chosen
   * by the caller, never read from a global here.
   */
  languages: readonly LanguagePack[];
}

export function indexDataset(dataset: Dataset, options: IndexOptions): DatasetIndex {
  // The dataset's own fields stay as they are (the index is a Dataset too); lookups first, as the
  // exclusions and labels below read condition names through them.
  const data = { ...dataset, ...datasetLookups(dataset) };
  const names = languageNames(options.languages);
  return Object.freeze({
    ...data,
    lexicon: buildLexicon(dataset, names),
    complements: complementsOf(dataset),
    ellipticalConditions: ellipticalNamesOf(dataset, names.elliptical),
    trialOwners: trialOwnersOf(dataset),
    trialConditions: trialConditionsOf(dataset),
    trackedRegulators: trackedRegulatorsOf(dataset),
    labelExclusions: labelExclusionsOf(data),
    referenceLabels: referenceLabelsOf(data),
    stepWords: stepWordsOf(names.steps),
    extensionWords: extensionWordsOf(names.extension),
    successionWords: successionWordsOf(names.followed),
    sinceWords: sinceWordsOf(names.since),
    anotherProduct: anotherProductOf(names.another),
    thisProduct: thisProductOf(names.thisProduct),
    obligation: obligationOf(names.obligation),
    placeWords: placeWordsOf(names.places),
  });
}
