// Condition and regulator names in the languages pages are written in, and English shorthand the
// dataset's synonyms do not list. The dataset's synonyms are English; these map onto its condition
// ids (and are only used for ids the dataset has) and onto the regulator ids of regulators.ts.
// One file per language under multilingual/, each organised by condition; merged here.
import type { ConditionNames, RegulatorNames } from './multilingual/types';
import * as de from './multilingual/de';
import * as es from './multilingual/es';
import * as fr from './multilingual/fr';
import * as ja from './multilingual/ja';
import * as ko from './multilingual/ko';
import * as pt from './multilingual/pt';
import * as ru from './multilingual/ru';
import * as zh from './multilingual/zh';

const LANGUAGES = [es, pt, de, fr, ru, zh, ja, ko];

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

export const CONDITION_NAMES: ConditionNames = mergeConditions([
  ENGLISH,
  ...LANGUAGES.map((l) => l.CONDITIONS),
]);

export const REGULATOR_NAMES_OTHER: RegulatorNames = mergeRegulators(LANGUAGES.map((l) => l.REGULATORS));
