// A step the product must still take, not one it took: "must re-apply within seven years",
// "deberá presentar", "改めて承認申請を行う必要があります". The designation rule reports no step for it.
// English here; each language's words come with its pack (LanguagePack.obligation).

const ENGLISH = String.raw`\b(?:must|required to|will (?:have|need) to|needs? to|has to|have to)\b`;

/** English and the given packs' words for a step still to take, as one pattern. */
export function obligationOf(packs: readonly string[]): RegExp {
  return new RegExp([ENGLISH, ...packs].join('|'), 'iu');
}
