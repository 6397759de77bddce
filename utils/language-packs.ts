// Language packs in the extension (issue 14). The names of conditions and regulators in other
// languages ship as one content script per language (entrypoints/lang-<language>.content.ts), and
// a page gets only the packs it shows signs of: analyzeTab first injects the sniffer
// (entrypoints/languages.content.ts, lib/normalize/pack-languages.ts), then, in one executeScript,
// the packs it named and the analyzer. Each pack registers itself here, in the content scripts'
// isolated world (under a symbol the page cannot see), and the analyzer reads the registry and
// passes the packs down: indexDataset(dataset, { languages }). lib/ never reads this global.
import type { LanguagePack } from '../lib/analyze';
import { isPackLanguage, PACK_LANGUAGES, type PackLanguage } from '../lib/normalize/packs';

/** Where, in the isolated world, the injected packs wait (a Symbol.for key). */
export const LANGUAGE_PACKS = 'therapylens.language-packs';

/** The sniffer: returns the languages whose packs the page needs (an array of PackLanguage). */
export const LANGUAGE_SNIFFER_FILE = '/languages.js' as const;

export function languagePackFile(language: PackLanguage): `/lang-${PackLanguage}.js` {
  return `/lang-${language}.js`;
}

type Registry = Partial<Record<PackLanguage, LanguagePack>>;

interface Holder {
  [key: symbol]: Registry | undefined;
}

/** Called by each pack's content script. Injecting a pack twice keeps one copy. */
export function registerLanguagePack(pack: LanguagePack, scope: object = globalThis): void {
  const holder = scope as Holder;
  const key = Symbol.for(LANGUAGE_PACKS);
  holder[key] = { ...holder[key], [pack.language]: pack };
}

/** The packs injected into this page so far (they stay for later checks of the same page). */
export function registeredLanguagePacks(scope: object = globalThis): LanguagePack[] {
  const registry = (scope as Holder)[Symbol.for(LANGUAGE_PACKS)] ?? {};
  return PACK_LANGUAGES.flatMap((language) => registry[language] ?? []);
}

/**
 * The sniffer's answer as pack languages. Anything else (no answer, a page that broke the sniffer)
 * means every pack: a missed pack is missed names, an extra one only a few kilobytes.
 */
export function packLanguagesFromSniffer(result: unknown): PackLanguage[] {
  if (!Array.isArray(result) || !result.every(isPackLanguage)) return [...PACK_LANGUAGES];
  return PACK_LANGUAGES.filter((language) => result.includes(language));
}
