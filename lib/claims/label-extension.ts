// A label extended to a new use: that use's approval, and a use of the product. Read as a verb of
// widening joined to a word for the label ("expanded the label to", "Die Indikation wurde …
// erweitert", "se amplió la indicación", "extension d'indication", "расширил показания",
// "适应症扩展", "적응증 확대"), never "expanded access", which is use outside an approval. English
// is here ("Breyanzi was extended to mantle cell lymphoma": the product's own use, when a disease
// follows), and each language's words come with its pack (LanguagePack.extension), compiled once per
// analysis into the dataset index. Read by the approval and indication rules.

const ENGLISH = String.raw`(?<![\p{L}])(?:(?:expanded|extended|broadened|widened|expands|extends)\s+(?:[\p{L}'’]+\s+){0,3}?(?:label|indications?|approval|authori[sz]ation)|(?:label|indications?|approval|authori[sz]ation)\s+(?:[\p{L}'’]+\s+){0,3}?(?:was|were|has been|have been|is being)\s+(?:expanded|extended|broadened)|(?:label|indications?|approval)\s+(?:[\p{L}'’]+\s+){0,3}?(?:grew|grown|widened|broadened)\s+to|label (?:expansion|extension)|(?:indications?|uses?)\s+(?:[\p{L}'’]+\s+){0,4}?(?:was|were|has been|have been)\s+added|added\s+(?:[\p{L}'’-]+\s+){0,3}?(?:indications?|to (?:the|its) label)|(?:expansion|extension) of (?:the |its )?(?:label|indications?|approval|authori[sz]ation)|(?:was|were|has been|have been)\s+(?:extended|expanded|broadened)\s+to(?=\s+(?:[\p{L}/-]+\s+){0,5}?(?:lymphomas?|leuka?emias?|myelomas?|cancers?|sarcomas?|melanomas?|carcinomas?|tumou?rs?|ALL|CLL|SLL|DLBCL|LBCL|MCL|FL|MZL)(?![\p{L}])))(?![\p{L}])`;

/**
 * A cheap test every language's words pass (the packs' own patterns decide), for rule gates that
 * run before the index is at hand.
 */
export const EXTENSION_GATE =
  /expan|exten|broaden|widen|grew|grown|added|ajout|erweiter|ausgeweit|ampli|estend|alarg|étend|élarg|расшир|扩|增加|新增|提前至|적응증|넓|쓸|拡大|広が|広げ|追加|使え/iu;

/** English and the given packs' words for a label extension, as one global pattern. */
export function extensionWordsOf(packs: readonly string[]): RegExp {
  return new RegExp([ENGLISH, ...packs].join('|'), 'giu');
}

/**
 * "The Yescarta trial was extended to patients with lymphoma", "El estudio … fue ampliado a …", "L'accès
 * à Kymriah a été étendu …": a study, access or funding widened in the clause, not the label.
 */
const NOT_THE_LABEL_BEFORE =
  /(?<![\p{L}])(?:study|studies|trial|trials|access|enrol{1,2}ment|funding|coverage|programme|program|estudio|ensayo|acceso|financiación|cobertura|programa|estudo|acesso|financiamento|Studie|Zugang|Erstattung|Programm|étude|essai|accès|remboursement|исследовани\p{L}*|доступ\p{L}*)(?![\p{L}])[^.;,:]*$|(?:研究|试验|試驗|临床|臨床|生产|生產|产能|產能|医保|醫保|报销|報銷|惠民保|治験|試験|임상|연구|생산|급여)(?!\s*(?:に基づ|の結果|结果|結果|基于|基於|根据|根據|에\s?근거|결과))[^，。；,.;:]*$/iu;

/** Whether the widening word at `at` widens the label (not a study, access or funding). */
export function widensLabel(text: string, at: number): boolean {
  return !NOT_THE_LABEL_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}
