// The dataset as the analysis reads it: the dataset itself plus everything derived from it that a
// stage needs, built once per analysis (or once per dataset, by callers that analyze many pages) by
// indexDataset (lib/index-dataset.ts) and passed down explicitly: matchBlocks(blocks, index),
// detectClaims(blocks, matches, index), verifyClaims(claims, index). No stage keeps a cache of its
// own keyed on the dataset.
//
// Where it lives: the type is declared here, in the earliest stage that reads it (match needs the
// lexicon, whose type is the matcher's), so match, claims, verify and report can all import it
// without breaking the stage order; lib/dataset is a foundation and may not name a stage's types.
// The builder lives with the pipeline's wiring (lib/index-dataset.ts, a report-stage file), the only
// place allowed to call every stage's derivation: each stage still owns the code that derives its
// part (buildLexicon in match, trialOwnersOf in claims, trackedRegulatorsOf in verify, …).
import type { Dataset, Figure, Indication, Product, Regulator } from '../dataset/schema';
import type { DatasetLookups } from '../dataset/lookups';
import type { Lexicon } from './lexicon';
import type { Complement } from './complements';
import type { EllipticalNames } from './elliptical';
import type { StepKind } from './multilingual/types';

/** English and the packs' "since <date>" words, compiled once (lib/claims/since-use.ts sinceWordsOf). */
export interface SinceWords {
  /** Each pack's marker of "since" with its date, as one global pattern (never matches without a pack). */
  readonly markers: RegExp;
  /** English and the packs' verbs of use. */
  readonly uses: RegExp;
}

/** Labels of the References a verdict is compared with, written once per entry (lib/verify/format.ts). */
export interface ReferenceLabels {
  /** Each figure's label, written for the product that lists it. */
  readonly figures: ReadonlyMap<Figure, { readonly product: Product; readonly label: string }>;
  readonly indications: ReadonlyMap<Indication, string>;
}

/**
 * Read-only, and frozen by indexDataset. It is a Dataset too (the dataset's own fields, unchanged),
 * so code that reads only the data takes it as one.
 */
export interface DatasetIndex extends Dataset, DatasetLookups {
  /** Every name the matcher knows (lib/match/lexicon.ts). */
  readonly lexicon: Lexicon;
  /** Qualifiers that name a subtype's complement ("muscle-invasive"), lib/match/complements.ts. */
  readonly complements: readonly Complement[];
  /** Canonical trial name → the one product run in it, or null when shared (lib/claims/trial-owner.ts). */
  readonly trialOwners: ReadonlyMap<string, string | null>;
  /** Canonical trial name → the conditions its recorded figures are for (lib/claims/trial-owner.ts). */
  readonly trialConditions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Regulators whose approvals the dataset records systematically (lib/verify/scope.ts). */
  readonly trackedRegulators: ReadonlySet<Regulator>;
  /** Conditions each indication's own label says it is not for (lib/verify/indication.ts). */
  readonly labelExclusions: ReadonlyMap<Indication, ReadonlySet<string>>;
  readonly referenceLabels: ReferenceLabels;
  /** English and the packs' shortened condition names (lib/match/elliptical.ts). */
  readonly ellipticalConditions: EllipticalNames;
  /** The packs' words for regulatory steps, compiled once (lib/claims/decisions.ts stepWordsOf). */
  readonly stepWords: ReadonlyArray<readonly [StepKind, RegExp]>;
  /** English and the packs' words for a label extended to a new use (lib/claims/label-extension.ts), global. */
  readonly extensionWords: RegExp;
  /** English and the packs' words for a product that followed an approval (lib/claims/succession.ts), global. */
  readonly successionWords: RegExp;
  /** English and the packs' markers of "since" and verbs of use (lib/claims/since-use.ts). */
  readonly sinceWords: SinceWords;
  /** English, Chinese and the packs' words for a product the page does not name (lib/claims/indefinite-subject.ts). */
  readonly anotherProduct: RegExp;
  /** English and the packs' words for the product a heading refers back to (lib/claims/this-product.ts). */
  readonly thisProduct: RegExp;
  /** English and the packs' words for a step the product must still take (lib/claims/obligation.ts). */
  readonly obligation: RegExp;
  /** The packs' bare place names by regulator (lib/claims/regulator-words.ts placeWordsOf). */
  readonly placeWords: ReadonlyArray<readonly [Regulator, RegExp]>;
}
