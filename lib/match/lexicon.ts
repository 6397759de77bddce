// Every name the matcher knows, built once per analysis into the dataset index (indexDataset in
// lib/index-dataset.ts), never per block: the dataset's names plus the names in other languages of
// the language packs the caller chose (lib/match/multilingual.ts).
import type { Dataset, Product } from '../dataset/schema';
import type { EntityKind } from './types';
import { REGULATOR_NAMES } from './regulators';
import type { LanguageNames } from './multilingual';
import { foldHan, type HanFold } from '../normalize/han-fold';
import { keyOf, shapeOf } from './tokens';
import { kanaKeys, soundKey } from './transliterate';

export interface NameEntry {
  kind: EntityKind;
  id: string;
  via: string;
  /** Letters and digits of the name in dataset case (checked when `caseSensitive`). */
  shape: string;
  caseSensitive: boolean;
  /** For the first word of a two-word INN: key of the second word, which may follow (possibly truncated). */
  continuation?: string;
}

/** A brand or INN word by its sound key; `second` is the INN's second word's key, which may follow. */
export interface SoundName {
  key: string;
  entry: NameEntry;
  second?: string;
  /**
   * Brands and the first word of two-word INNs: the keys katakana is compared on, with a "g" before
   * e, i or y read hard and soft ("Imlygic" is "イムリジック", "Zolgensma" "ゾルゲンスマ";
   * lib/match/transliterate.ts kanaKeys).
   */
  kana?: readonly string[];
  /** A short form ("zevor-cel"): its stem alone is too common a sound, so `second` must follow. */
  needsSecond?: boolean;
}

/** Sound keys shorter than this are too close to ordinary Russian words. */
export const SOUND_MIN_LENGTH = 5;
/**
 * A short form's stem ("zevor", "cilta", "lete") is shorter, but is only read with "-cel" after it, and
 * its sound key must then equal the stem's.
 */
export const SHORT_FORM_MIN_LENGTH = 3;

export interface FuzzyWord {
  key: string;
  entry: NameEntry;
}

/** The matcher's view of the names: read-only, shared by every block of every page it is passed to. */
export interface Lexicon {
  readonly byKey: ReadonlyMap<string, readonly NameEntry[]>;
  /** Every character prefix of every key: lets the scan stop as soon as no name can follow. */
  readonly prefixes: ReadonlySet<string>;
  /** Long product words by their first four letters, for typo-tolerant matching. */
  readonly fuzzy: ReadonlyMap<string, readonly FuzzyWord[]>;
  /** Every prefix (1–4 letters) of those four-letter heads: lets the scan skip words no typo can reach. */
  readonly fuzzyPrefixes: ReadonlySet<string>;
  /** Matches a word starting with one of the heads (for longer words, without cutting the head out). */
  readonly fuzzyHead: RegExp;
  readonly chinese: ReadonlyArray<{ text: string; entry: NameEntry }>;
  /** The fold applied to zh blocks (and to the Chinese names here), from the Chinese pack. */
  readonly hanFold: HanFold | undefined;
  /** Brands and INN words by sound key (lib/match/transliterate.ts), for names written in Cyrillic. */
  readonly sounds: ReadonlyArray<SoundName>;
  /** NCT id → canonical trial name. */
  readonly nct: ReadonlyMap<string, string>;
  /** Canonical trial names by lower-cased name, for reports. */
  readonly trialNames: ReadonlySet<string>;
}

/** The lexicon while buildLexicon fills it. */
interface Draft {
  byKey: Map<string, NameEntry[]>;
  prefixes: Set<string>;
  fuzzy: Map<string, FuzzyWord[]>;
  fuzzyPrefixes: Set<string>;
  fuzzyHead: RegExp;
  chinese: Array<{ text: string; entry: NameEntry }>;
  hanFold: HanFold | undefined;
  sounds: SoundName[];
  nct: Map<string, string>;
  trialNames: Set<string>;
}

const CJK = /[\u3400-\u9fff]/;

/** Fuzzy matching only for words this long: shorter names are too close to ordinary words. */
export const FUZZY_MIN_LENGTH = 9;

export function buildLexicon(dataset: Dataset, names: LanguageNames): Lexicon {
  const lex: Draft = {
    byKey: new Map(),
    prefixes: new Set(),
    fuzzy: new Map(),
    fuzzyPrefixes: new Set(),
    fuzzyHead: /^/,
    chinese: [],
    hanFold: names.hanFold,
    sounds: [],
    nct: new Map(),
    trialNames: new Set(),
  };
  const add = (name: string, entry: Omit<NameEntry, 'shape'>): void => {
    const key = keyOf(name);
    if (key.length === 0) return;
    const list = lex.byKey.get(key) ?? [];
    if (
      list.some(
        (e) =>
          e.kind === entry.kind &&
          e.id === entry.id &&
          e.via === entry.via &&
          e.caseSensitive === entry.caseSensitive,
      )
    )
      return;
    list.push({ ...entry, shape: shapeOf(name) });
    lex.byKey.set(key, list);
    for (let i = 1; i <= key.length; i++) lex.prefixes.add(key.slice(0, i));
  };

  // A name in a script written without spaces ("クローディン18.2", "急性淋巴细胞白血病") is found by
  // substring; any other by its words.
  const addByScript = (name: string, entry: Omit<NameEntry, 'shape'>): void => {
    if (LOCAL_SCRIPT.test(name)) lex.chinese.push({ text: name, entry: { ...entry, shape: name } });
    else add(name, entry);
  };
  for (const product of dataset.products) addProduct(product, add, lex);
  for (const target of dataset.targets) {
    for (const name of [target.label, target.id, ...target.aliases]) {
      // "bcma", "cd19" in forum posts are still the antigen; only very short symbols ("CD7") need capitals.
      const entry = {
        kind: 'target' as const,
        id: target.id,
        via: name === target.label ? 'label' : 'alias',
        caseSensitive: isAcronym(name) && shapeOf(name).length < 4,
      };
      addByScript(name, entry);
    }
  }
  for (const condition of dataset.conditions) {
    for (const name of [condition.name, ...condition.synonyms]) {
      add(name, { kind: 'condition', id: condition.id, via: 'synonym', caseSensitive: false });
    }
    for (const abbr of condition.abbreviations) {
      add(abbr, { kind: 'condition', id: condition.id, via: 'abbreviation', caseSensitive: true });
      // Forum posts write "mcl", "b-all", "dlbcl": in any case, unless the letters spell a word ("ALL") or are too short ("MM", "FL").
      if (lowerCaseSafe(abbr))
        add(abbr, { kind: 'condition', id: condition.id, via: 'abbreviation', caseSensitive: false });
    }
  }
  for (const condition of dataset.conditions) {
    for (const name of names.conditions[condition.id] ?? []) {
      const entry = {
        kind: 'condition' as const,
        id: condition.id,
        via: 'translation',
        caseSensitive: /^[A-Z-]+$/.test(name),
      };
      addByScript(name, entry);
    }
  }
  for (const [regulator, local] of names.regulators) {
    for (const name of local) {
      const entry = { kind: 'regulator' as const, id: regulator, via: 'name', caseSensitive: false };
      addByScript(name, entry);
    }
  }
  // Longest first, so "B细胞急性淋巴细胞白血病" wins over "白血病" inside it.
  lex.chinese.sort((a, b) => b.text.length - a.text.length);
  for (const [regulator, names] of REGULATOR_NAMES) {
    // "fda approved" is common in forums; "EMA", "TGA", "HSA" in lower case are names or words.
    for (const name of names)
      add(name, {
        kind: 'regulator',
        id: regulator,
        via: 'name',
        caseSensitive: isAcronym(name) && AMBIGUOUS_ACRONYMS.has(shapeOf(name)),
      });
  }
  for (const product of dataset.products) {
    for (const figure of product.figures) addTrial(figure.trial, figure.nct, add, lex);
  }
  // A zh block is read folded to simplified characters (lib/normalize/han-fold.ts): so is each name
  // written in traditional ones ("瀰漫性大型B細胞", "倍諾達"), which then meets the page's folded text.
  const fold = lex.hanFold;
  if (fold) {
    const known = new Set(lex.chinese.map((c) => `${c.entry.kind}:${c.entry.id}:${c.text}`));
    for (const c of [...lex.chinese]) {
      const text = foldHan(c.text, fold);
      if (text !== c.text && !known.has(`${c.entry.kind}:${c.entry.id}:${text}`)) {
        known.add(`${c.entry.kind}:${c.entry.id}:${text}`);
        lex.chinese.push({ text, entry: c.entry });
      }
    }
    lex.chinese.sort((a, b) => b.text.length - a.text.length);
  }
  // Heads are keys: letters and digits only, nothing to escape. (With none, every word passes: a
  // prefilter may let through more, fuzzyLookup decides.)
  lex.fuzzyHead = new RegExp(`^(?:${[...lex.fuzzy.keys()].join('|')})`, 'u');
  return lex;
}

type Add = (name: string, entry: Omit<NameEntry, 'shape'>) => void;

function addSounds(product: Product, lex: Draft): void {
  const id = product.id;
  const push = (name: string, second?: string, brand = false, needsSecond = false): void => {
    if (!/^[a-z]+$/i.test(name)) return;
    const key = soundKey(name.toLowerCase());
    if (key.length < (needsSecond ? SHORT_FORM_MIN_LENGTH : SOUND_MIN_LENGTH)) return;
    const entry: NameEntry = {
      kind: 'product',
      id,
      via: 'transliteration',
      shape: name,
      caseSensitive: false,
    };
    lex.sounds.push({
      key,
      entry,
      ...(second ? { second: soundKey(second.toLowerCase()) } : {}),
      ...(brand || second ? { kana: kanaKeys(key) } : {}),
      ...(needsSecond ? { needsSecond } : {}),
    });
  };
  // "zevor-cel" written "зевор-цел": the stem and "cel" together, never the stem alone.
  for (const short of product.names.abbreviations) {
    const m = /^([a-z]+)-(cel)$/i.exec(short);
    if (m) push(m[1]!, m[2]!, false, true);
  }
  for (const brand of product.names.brands) push(brand.name, undefined, true);
  const words = product.names.inn?.split(/\s+/) ?? [];
  // The first word of a two-word INN is distinctive ("брексукабтаген", "サトリカブタゲン"); the second
  // ("аутолейцел") is shared by many products and only continues the first.
  if (words.length === 2 && words[0] && words[0].length >= FUZZY_MIN_LENGTH) push(words[0], words[1]);
  else if (words.length === 1 && words[0]) push(words[0]);
}

function addProduct(product: Product, add: Add, lex: Draft): void {
  const id = product.id;
  const names = product.names;
  addSounds(product, lex);
  for (const brand of names.brands) {
    add(brand.name, { kind: 'product', id, via: 'brand', caseSensitive: shortCode(brand.name) });
    addFuzzy(lex, brand.name, {
      kind: 'product',
      id,
      via: 'fuzzy',
      shape: shapeOf(brand.name),
      caseSensitive: false,
    });
  }
  if (names.inn) {
    for (const inn of innVariants(names.inn)) {
      add(inn, { kind: 'product', id, via: 'inn', caseSensitive: false });
      const words = inn.split(/\s+/);
      const first = words[0] ?? '';
      const second = words[1];
      if (words.length === 2 && second && first.length >= FUZZY_MIN_LENGTH) {
        // The distinctive first word names the product on its own ("ciltacabtagene in myeloma").
        add(first, { kind: 'product', id, via: 'inn', caseSensitive: false, continuation: keyOf(second) });
        addFuzzy(lex, first, {
          kind: 'product',
          id,
          via: 'fuzzy',
          shape: shapeOf(first),
          caseSensitive: false,
          continuation: keyOf(second),
        });
      } else if (words.length === 1) {
        addFuzzy(lex, inn, { kind: 'product', id, via: 'fuzzy', shape: shapeOf(inn), caseSensitive: false });
      }
    }
  }
  for (const abbr of names.abbreviations)
    add(abbr, { kind: 'product', id, via: 'abbreviation', caseSensitive: shortCode(abbr) });
  for (const code of names.codes)
    add(code, { kind: 'product', id, via: 'code', caseSensitive: shortCode(code) });
  for (const other of names.other) {
    if (CJK.test(other))
      lex.chinese.push({
        text: other,
        entry: { kind: 'product', id, via: 'chinese', shape: other, caseSensitive: true },
      });
    else add(other, { kind: 'product', id, via: 'other', caseSensitive: shortCode(other) });
  }
  for (const zh of names.chinese)
    lex.chinese.push({
      text: zh,
      entry: { kind: 'product', id, via: 'chinese', shape: zh, caseSensitive: true },
    });
  // Names in other scripts. Japanese, Korean and Chinese run words together (particles glued on),
  // so they are found by substring like the Chinese names, with a word-boundary check for kana
  // and hangul (localBoundaryOk); Cyrillic has spaces and goes through the word index, with
  // typo tolerance for long INNs so inflected forms ("тисагенлеклейцела") still match.
  for (const { name } of names.localNames) {
    if (LOCAL_SCRIPT.test(name))
      lex.chinese.push({
        text: name,
        entry: { kind: 'product', id, via: 'local', shape: name, caseSensitive: true },
      });
    else {
      add(name, { kind: 'product', id, via: 'local', caseSensitive: false });
      addFuzzy(lex, name, { kind: 'product', id, via: 'fuzzy', shape: shapeOf(name), caseSensitive: false });
    }
  }
  // A replaced INN still names the product on older pages ("actalycabtagene autoleucel").
  for (const former of names.formerNames)
    add(former, { kind: 'product', id, via: 'former', caseSensitive: false });
}

/** Scripts written without spaces between words (CJK ideographs, kana, hangul). */
const LOCAL_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const KATAKANA = /[\u30a0-\u30ff]/;
const HANGUL = /[\uac00-\ud7af]/;

/** True when text has characters of a script whose names are found by substring. */
export function hasLocalScript(text: string): boolean {
  return LOCAL_SCRIPT.test(text);
}

/**
 * A katakana name must not sit inside a longer katakana word, and a hangul name must start a
 * word (Korean particles follow the name, so only the start is checked). Chinese names keep the
 * plain substring match they always had.
 */
export function localBoundaryOk(text: string, at: number, end: number, name: string): boolean {
  const before = text[at - 1] ?? '';
  const after = text[end] ?? '';
  if (KATAKANA.test(name[0] ?? '') && KATAKANA.test(before)) return false;
  if (KATAKANA.test(name[name.length - 1] ?? '') && KATAKANA.test(after)) return false;
  if (HANGUL.test(name[0] ?? '') && HANGUL.test(before)) return false;
  return true;
}

/** "nadofaragene firadenovec-vncg" is written with and without the FDA suffix. */
function innVariants(inn: string): string[] {
  const out = [inn];
  const bare = inn.replace(/-[a-z]{4}$/, '');
  if (bare !== inn) out.push(bare);
  return out;
}

function addTrial(trial: string, nct: string | undefined, add: Add, lex: Draft): void {
  const name = canonicalTrial(trial);
  if (nct && name) lex.nct.set(nct, name);
  // Only acronym-like names are trial names on a page ("ELIANA", "ZUMA-1", "C-144-01"); "Pivotal
  // phase 2" is a description, not something to look for.
  if (!name || !/^\S*(?:\p{Lu}\S*\p{Lu}|\p{Lu}\S*\d)/u.test(name)) return;
  lex.trialNames.add(name);
  // Trial acronyms are matched in their own case (or all capitals): "ELIANA", not the name Eliana.
  const variants = new Set([name, name.toUpperCase()]);
  const study = /^(\S+) STUDY (\d+)$/i.exec(name);
  if (study) variants.add(`${study[1]}-${study[2]}`);
  const first = name.split(' ')[0] ?? '';
  if (first !== name && /^\p{Lu}{5,}$/u.test(first)) variants.add(first);
  // Mixed-case acronyms ("KarMMa", "iMMagine-1", "OPTiM") are no ordinary word in any case; all-capital
  // ones can be ("ELIANA", "JULIET", "FELIX").
  // Names with a number ("ZUMA-1", "cartitude-1") are safe in any case too.
  const caseSensitive = !/\d/.test(name) && (!/\p{Ll}/u.test(first) || /^\p{Lu}\p{Ll}+$/u.test(first));
  for (const v of variants) add(v, { kind: 'trial', id: name, via: 'trial', caseSensitive });
  if (nct) add(nct, { kind: 'trial', id: name, via: 'nct', caseSensitive: false });
}

/** "ZUMA-1 ph2" → "ZUMA-1"; "TRANSCEND FL MZL cohort" → "TRANSCEND FL". */
export function canonicalTrial(trial: string): string {
  return trial
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(
      /\s+(?:ph(?:ase)?\s*\d\w*|cohort.*|primary analysis.*|final.*|update.*|\d+-(?:mo|month|yr|year).*)$/i,
      '',
    )
    .trim();
}

function addFuzzy(lex: Draft, name: string, entry: NameEntry): void {
  const key = keyOf(name);
  if (key.length < FUZZY_MIN_LENGTH || /\d/.test(key)) return;
  const head = key.slice(0, 4);
  const list = lex.fuzzy.get(head) ?? [];
  if (!list.some((w) => w.key === key && w.entry.id === entry.id)) list.push({ key, entry });
  lex.fuzzy.set(head, list);
  for (let i = 1; i <= head.length; i++) lex.fuzzyPrefixes.add(head.slice(0, i));
}

/** Abbreviations that are no English word in lower case (and not "all", "nos", "sts"…). */
const LOWERCASE_WORDS = new Set(['all', 'nos', 'sts', 'mrcl', 'cap', 'car', 'pet', 'can', 'its']);
function lowerCaseSafe(abbr: string): boolean {
  const key = keyOf(abbr);
  if (key.length < 3 || /\s/.test(abbr.trim()) || LOWERCASE_WORDS.has(key)) return false;
  // "B-ALL": the hyphenated form is no word; a bare "ALL" is.
  return !abbr.split(/[-/]/).every((part) => LOWERCASE_WORDS.has(part.toLowerCase()));
}

const AMBIGUOUS_ACRONYMS = new Set(['EMA', 'TGA', 'HSA', 'EC', 'CHMP']);

/** All-capital short forms ("FDA", "BCMA", "HER2") are matched in capitals only. */
function isAcronym(name: string): boolean {
  const shape = shapeOf(name);
  return shape.length <= 5 && !/\p{Ll}/u.test(shape);
}

/** Short product codes and brands ("RP1", "H101") could be anything in lower case. */
function shortCode(name: string): boolean {
  return shapeOf(name).length <= 5;
}
