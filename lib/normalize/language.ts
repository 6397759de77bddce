// The language of one block, for the stages that read text by language (sentence splitting first).
// Pages mix languages (an English page quoting a Chinese label, a Spanish clinic page with an English
// product table), so each block is judged on its own text, with the page's <html lang> as the
// fallback: first by script (Han, kana, Hangul, Cyrillic, Thai, Arabic…), then, for Latin text, by
// a few very common function words per language. No dictionary, no model: a block too short to say
// keeps the page's language.

export type LanguageSource = 'script' | 'words' | 'page' | 'default';

export interface LanguageGuess {
  /** Primary language subtag, lower case: "en", "zh", "ja". */
  lang: string;
  /** How sure the text itself is, 0–1 (0 when the page's language or the default was used). */
  confidence: number;
  source: LanguageSource;
}

/** When neither the text nor the page says: the engine's historical language. */
export const DEFAULT_LANGUAGE = 'en';

/** Characters read per block: enough to tell, and bounded on a page-long block. */
const SAMPLE_CHARS = 2000;

/** The primary subtag of a BCP 47 tag ("en-US" → "en", "zh-Hant-TW" → "zh"); undefined when not one. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  return m ? m[1]!.toLowerCase() : undefined;
}

const enum Script {
  Latin,
  Han,
  Kana,
  Hangul,
  Cyrillic,
  Greek,
  Hebrew,
  Arabic,
  Devanagari,
  Thai,
  Count,
}

function scriptOf(c: number): Script | -1 {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? Script.Latin : -1;
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? Script.Latin : -1;
  if (c >= 0x370 && c < 0x400) return Script.Greek;
  if (c >= 0x400 && c < 0x530) return Script.Cyrillic;
  if (c >= 0x590 && c < 0x600) return Script.Hebrew;
  if ((c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780)) return Script.Arabic;
  if (c >= 0x900 && c < 0x980) return Script.Devanagari;
  if (c >= 0xe00 && c < 0xe80) return Script.Thai;
  if (c >= 0x1100 && c < 0x1200) return Script.Hangul;
  if (c >= 0x1e00 && c < 0x1f00) return Script.Latin;
  // "・" (katakana middle dot) and "ー" alone are punctuation-like; the dot is also used in Chinese.
  if (c >= 0x3040 && c < 0x3100) return c === 0x30fb ? -1 : Script.Kana;
  if (c >= 0x31f0 && c < 0x3200) return Script.Kana;
  if (c >= 0x3130 && c < 0x3190) return Script.Hangul;
  if (c === 0x3005 || (c >= 0x3400 && c < 0x4dc0) || (c >= 0x4e00 && c < 0xa000)) return Script.Han;
  if (c >= 0xac00 && c < 0xd7b0) return Script.Hangul;
  if (c >= 0xf900 && c < 0xfb00) return Script.Han;
  if (c >= 0xfb50 && c < 0xfe00) return Script.Arabic;
  if (c >= 0xfe70 && c < 0xff00) return Script.Arabic;
  if (c >= 0xff66 && c < 0xffa0) return Script.Kana;
  // High surrogates of the supplementary ideograph planes (CJK extensions B–H).
  if (c >= 0xd840 && c < 0xd8c0) return Script.Han;
  return -1;
}

/**
 * A syllable or ideograph says about as much as a short Latin word, so a Chinese paragraph with
 * "CAR-T" and "ORR" in it is Chinese, and an English sentence quoting a three-character name is English.
 */
const WEIGHT: readonly number[] = [1, 3, 3, 3, 1, 1, 1, 1, 1, 1];

/**
 * Per script (by `Script` index), the languages the page may name for it, the one used when it
 * names none of them first ("zh" for Han text on a Korean page, "ja" for a kanji-only heading on a
 * Japanese one). Latin is decided by words; kana only ever count with Han.
 */
const SCRIPT_LANGS: readonly string[][] = [
  '',
  'zh ja yue wuu lzh',
  '',
  'ko',
  'ru uk be bg sr mk kk ky tg mn',
  'el',
  'he yi',
  'ar fa ur ps ckb',
  'hi mr ne sa',
  'th',
].map((l) => l.split(' '));

/** Languages written in another script than Latin (the page's language then says nothing about Latin text). */
const NON_LATIN: ReadonlySet<string> = new Set(SCRIPT_LANGS.flat());

/** Share of kana among Han and kana from which a block is Japanese whatever the page says. */
const KANA_SHARE = 0.1;
/** Ukrainian letters that Russian does not have. */
const UKRAINIAN = /[ієїґІЄЇҐ]/;

// Very common words that carry no content, per language. A word in several lists counts for each;
// only a margin of words that one language has and the others do not decides.
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and of to is was were are with for that this which by from has have had been be it its at or not after who their than these',
  es: 'el los las del y que por para con una es se fue su sus al como más pero este esta ha han sido también muy sin desde hasta cuando según ya tiene lo son en la o no',
  pt: 'os do da dos das não em na no um uma foi são pelo pela ao à também mais tem seu sua já que por para como se ser sido está o e as',
  de: 'der die das und ist nicht mit von den dem für auf ein eine einen sich auch wird wurde zu im des bei nach oder sind werden es ich wir sie hat noch nur aus wie kann seit bereits was',
  fr: 'le la les des du et est une un pour dans pas sur qui au aux avec par été ce cette sont ont plus ne il en que à ou leur mais chez depuis ses elle se son',
  it: 'il lo gli della di e è che per con una un non nella sono dei alla anche stato più questo questa delle degli nel ha da del al la',
};

const LATIN_LANGS = Object.keys(FUNCTION_WORDS);

/** Word → bit set of the languages (indexes into LATIN_LANGS) that use it. */
const WORD_LANGS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  LATIN_LANGS.forEach((lang, k) => {
    for (const w of FUNCTION_WORDS[lang]!.split(' ')) map.set(w, (map.get(w) ?? 0) | (1 << k));
  });
  return map;
})();

/** Function-word hits by which one language must lead every other for the text to decide. */
export const MIN_WORD_MARGIN = 2;

const WORD = /\p{L}+/gu;

/** The Latin-script language the function words point to, or undefined when they do not agree enough. */
function latinLanguage(sample: string): { lang: string; confidence: number } | undefined {
  const hits = new Array<number>(LATIN_LANGS.length).fill(0);
  let total = 0;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    const bits = WORD_LANGS.get(m[0]);
    if (bits === undefined) continue;
    total++;
    for (let k = 0; k < hits.length; k++) if (bits & (1 << k)) hits[k]!++;
  }
  let best = 0;
  for (let k = 1; k < hits.length; k++) if (hits[k]! > hits[best]!) best = k;
  let second = 0;
  for (let k = 0; k < hits.length; k++) if (k !== best && hits[k]! > second) second = hits[k]!;
  const margin = hits[best]! - second;
  if (margin < MIN_WORD_MARGIN) return undefined;
  return { lang: LATIN_LANGS[best]!, confidence: Math.min(1, margin / total) };
}

/**
 * The block's language: its script, or for Latin text its function words, else the page's language
 * (`pageLang`, a BCP 47 tag such as `<html lang>` gives) when the page is written in the block's
 * script, else English.
 */
export function detectLanguage(text: string, pageLang?: string): LanguageGuess {
  const page = primaryLanguage(pageLang);
  const fallback = (): LanguageGuess =>
    page
      ? { lang: page, confidence: 0, source: 'page' }
      : { lang: DEFAULT_LANGUAGE, confidence: 0, source: 'default' };

  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = new Array<number>(Script.Count).fill(0);
  for (let i = 0; i < sample.length; i++) {
    const s = scriptOf(sample.charCodeAt(i));
    if (s >= 0) counts[s]!++;
  }
  // Han and kana are one writing system (Japanese mixes them); kana decides between zh and ja.
  const weighted = counts.map((n, s) => n * WEIGHT[s]!);
  weighted[Script.Han]! += weighted[Script.Kana]!;
  weighted[Script.Kana] = 0;
  let total = 0;
  let top: Script = Script.Latin;
  for (let s = 0; s < Script.Count; s++) {
    total += weighted[s]!;
    if (weighted[s]! > weighted[top]!) top = s;
  }
  if (total === 0) return fallback();
  const share = weighted[top]! / total;

  if (top === Script.Latin) {
    const words = latinLanguage(sample);
    if (words) return { lang: words.lang, confidence: words.confidence * share, source: 'words' };
    // A page in another script says nothing about its Latin blocks (an English name on a Chinese page).
    return page !== undefined && NON_LATIN.has(page)
      ? { lang: DEFAULT_LANGUAGE, confidence: 0, source: 'default' }
      : fallback();
  }
  if (top === Script.Han) {
    const kana = counts[Script.Kana]!;
    const cjk = kana + counts[Script.Han]!;
    if (kana > 0 && (kana / cjk >= KANA_SHARE || page === 'ja'))
      return { lang: 'ja', confidence: share, source: 'script' };
  }
  if (top === Script.Cyrillic && UKRAINIAN.test(sample))
    return { lang: 'uk', confidence: share, source: 'script' };
  const langs = SCRIPT_LANGS[top]!;
  // The page names the language within the script ("ja" for a kanji-only heading, "bg" for Cyrillic).
  return { lang: page && langs.includes(page) ? page : langs[0]!, confidence: share, source: 'script' };
}
