// A heading that refers back to the product the text before it was about, without naming it ("About
// the drug", "Le médicament", "Где одобрен препарат", "本剤の承認"): the section under it stays that
// product's, so a table of its approvals with no product column is read as its own. A heading about
// products in general ("Approved products", "Какие препараты …") names none and carries nothing.
// English here; each language's words come with its pack (LanguagePack.thisProduct).

const ENGLISH = String.raw`\b(?:the|this) (?:drug|product|medicine)\b`;

/** English and the given packs' words for the product a heading refers back to, as one pattern. */
export function thisProductOf(packs: readonly string[]): RegExp {
  return new RegExp([ENGLISH, ...packs].join('|'), 'iu');
}
