// The languages that have a language pack (lib/match/multilingual/<lang>.ts), in the order packs
// are merged. Its own file, importing nothing, so the packs' scripts can name them without pulling
// in the language detector (lib/normalize/pack-languages.ts decides which packs a page needs).
export const PACK_LANGUAGES = ['es', 'pt', 'de', 'fr', 'ru', 'zh', 'ja', 'ko'] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

export function isPackLanguage(value: unknown): value is PackLanguage {
  return typeof value === 'string' && (PACK_LANGUAGES as readonly string[]).includes(value);
}
