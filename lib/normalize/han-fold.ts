// Traditional Chinese read as simplified: Taiwan and Hong Kong pages (and converted copies of
// mainland articles) write "國家藥監局批准…奧侖賽" where the engine's words are "国家药监局批准…奥仑赛".
// A zh block is folded character for character, so offsets stay those of the page. The pairs come
// from the Chinese pack (lib/match/multilingual/zh-hant.ts, generated from OpenCC); without that
// pack nothing is folded.

/** Traditional character → simplified, one UTF-16 unit each. */
export type HanFold = ReadonlyMap<string, string>;

/** The map of a pack's "TS" pairs (several packs' pairs merge). */
export function hanFoldOf(pairs: readonly string[]): HanFold | undefined {
  const fold = new Map<string, string>();
  for (const list of pairs) for (let i = 0; i + 1 < list.length; i += 2) fold.set(list[i]!, list[i + 1]!);
  return fold.size > 0 ? fold : undefined;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** `text` with every traditional character the fold knows replaced: same length, same offsets. */
export function foldHan(text: string, fold: HanFold): string {
  if (!HAN.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    out += fold.get(c) ?? c;
  }
  return out;
}
