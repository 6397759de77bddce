// Condition and regulator names in the languages pages are written in, and English shorthand the
// dataset's synonyms do not list. The dataset's synonyms are English; these map onto its condition
// ids (and are only used for ids the dataset has) and onto the regulator ids of regulators.ts.
// One file per language under multilingual/, each organised by condition and exported as a
// LanguagePack. Which packs an analysis reads is the caller's choice, passed down through
// indexDataset(dataset, { languages }): the extension injects only the packs a page shows signs of
// (lib/normalize/pack-languages.ts), Node callers pass every pack (multilingual/all.ts). They are
// merged here, always in PACK_LANGUAGES order, so the same packs give the same lexicon whatever
// order they were registered in.
import { PACK_LANGUAGES } from '../normalize/packs';
import { hanFoldOf, type HanFold } from '../normalize/han-fold';
import { withPlurals } from './multilingual/plurals';
import type { Regulator } from '../dataset/schema';
import type {
  ConditionNames,
  LanguagePack,
  RegulatorNames,
  FollowedNames,
  SinceNames,
  StepKind,
} from './multilingual/types';

export type { LanguagePack } from './multilingual/types';

const ENGLISH: ConditionNames = {
  // English shorthand once the organ is clear from context ("… non-muscle-invasive disease with CIS").
  nmibc: [
    'non-muscle-invasive disease',
    'non-muscle invasive disease',
    'nonmuscle-invasive disease',
    'BCG-unresponsive disease',
    'BCG-unresponsive non-muscle-invasive disease',
  ],
};

function mergeConditions(lists: readonly ConditionNames[]): ConditionNames {
  const out: Record<string, string[]> = {};
  for (const list of lists) {
    for (const [id, names] of Object.entries(list)) out[id] = [...new Set([...(out[id] ?? []), ...names])];
  }
  return out;
}

function mergeRegulators(lists: readonly RegulatorNames[]): RegulatorNames {
  const out = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const [id, names] of list) {
      const set = out.get(id) ?? new Set<string>();
      for (const name of names) set.add(name);
      out.set(id, set);
    }
  }
  return [...out].map(([id, names]) => [id, [...names]] as const);
}

/** The names the matcher reads besides the dataset's: English shorthand plus the given packs. */
export interface LanguageNames {
  readonly conditions: ConditionNames;
  /** Regulator names in other languages (the English ones are regulators.ts). */
  readonly regulators: RegulatorNames;
  /** Traditional Chinese folded to simplified, in zh blocks and in the Chinese names. */
  readonly hanFold: HanFold | undefined;
  /** Each pack's shortened condition names, in PACK_LANGUAGES order. */
  readonly elliptical: readonly ConditionNames[];
  /** Each pack's words for regulatory steps, in PACK_LANGUAGES order. */
  readonly steps: ReadonlyArray<Readonly<Partial<Record<StepKind, string>>>>;
  /** Each pack's words for a label extended to a new use, in PACK_LANGUAGES order. */
  readonly extension: readonly string[];
  /** Each pack's words for a product that followed an approval, in PACK_LANGUAGES order. */
  readonly followed: readonly FollowedNames[];
  /** Each pack's markers of "since" and verbs of use. */
  readonly since: readonly SinceNames[];
  /** Each pack's words for a product the page does not name, as a subject. */
  readonly another: readonly string[];
  /** Each pack's words for the product a heading refers back to. */
  readonly thisProduct: readonly string[];
  /** Each pack's words for a step the product must still take. */
  readonly obligation: readonly string[];
  /** Each pack's bare place names by regulator. */
  readonly places: ReadonlyArray<Readonly<Partial<Record<Regulator, string>>>>;
}

/** Merges the packs (one per language; a language given twice counts once) in PACK_LANGUAGES order. */
export function languageNames(packs: readonly LanguagePack[]): LanguageNames {
  const ordered = PACK_LANGUAGES.flatMap((lang) => packs.find((p) => p.language === lang) ?? []);
  return {
    conditions: mergeConditions([
      ENGLISH,
      ...ordered.map((p) =>
        p.language === 'fr' || p.language === 'es' || p.language === 'pt'
          ? withPlurals(p.conditions, p.language)
          : p.conditions,
      ),
    ]),
    regulators: mergeRegulators(ordered.map((p) => p.regulators)),
    hanFold: hanFoldOf(ordered.flatMap((p) => p.hanFold ?? [])),
    elliptical: ordered.flatMap((p) => (p.elliptical ? [p.elliptical] : [])),
    steps: ordered.flatMap((p) => p.steps ?? []),
    extension: ordered.flatMap((p) => p.extension ?? []),
    followed: ordered.flatMap((p) => p.followed ?? []),
    since: ordered.flatMap((p) => p.since ?? []),
    another: ordered.flatMap((p) => p.another ?? []),
    thisProduct: ordered.flatMap((p) => p.thisProduct ?? []),
    obligation: ordered.flatMap((p) => p.obligation ?? []),
    places: ordered.flatMap((p) => p.places ?? []),
  };
}
