// A label extended to a new use: that use's approval, and a use of the product. Read as a verb of
// widening joined to a word for the label ("expanded the label to", "Die Indikation wurde …
// erweitert", "se amplió la indicación", "extension d'indication", "расширил показания",
// "适应症扩展", "적응증 확대"), never "expanded access", which is use outside an approval. English
// is here; each language's words come with its pack (LanguagePack.extension), compiled once per
// analysis into the dataset index. Read by the approval and indication rules.

const ENGLISH = String.raw`(?<![\p{L}])(?:(?:expanded|extended|broadened|widened|expands|extends)\s+(?:[\p{L}'’]+\s+){0,3}?(?:label|indications?|approval|authori[sz]ation)|(?:label|indications?|approval|authori[sz]ation)\s+(?:[\p{L}'’]+\s+){0,3}?(?:was|were|has been|have been|is being)\s+(?:expanded|extended|broadened)|(?:label|indications?|approval)\s+(?:[\p{L}'’]+\s+){0,3}?(?:grew|grown|widened|broadened)\s+to|label (?:expansion|extension)|(?:indications?|uses?)\s+(?:[\p{L}'’]+\s+){0,4}?(?:was|were|has been|have been)\s+added|added\s+(?:[\p{L}'’-]+\s+){0,3}?(?:indications?|to (?:the|its) label)|(?:expansion|extension) of (?:the |its )?(?:label|indications?|approval|authori[sz]ation))(?![\p{L}])`;

/**
 * A cheap test every language's words pass (the packs' own patterns decide), for rule gates that
 * run before the index is at hand.
 */
export const EXTENSION_GATE =
  /expan|exten|broaden|widen|grew|grown|added|ajout|erweiter|ampli|estend|alarg|étend|élarg|расшир|扩|增加|新增|提前至|적응증|넓|쓸|拡大|広が|広げ|追加|使え/iu;

/** English and the given packs' words for a label extension, as one global pattern. */
export function extensionWordsOf(packs: readonly string[]): RegExp {
  return new RegExp([ENGLISH, ...packs].join('|'), 'giu');
}
