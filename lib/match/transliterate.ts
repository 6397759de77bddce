// Products written in Cyrillic without a recorded local name: Russian pages transliterate brands
// ("Текартус", "Бреянзи", "Абекма") and INNs ("брексукабтаген аутолейцел", "лизокабтаген
// маралейцел") by regular rules, so one reading of both scripts finds every product, not only
// the few whose Russian names the dataset lists. Both sides are reduced to a sound key: Cyrillic
// romanized letter by letter, then spellings Russian merges made equal (c/k, ts/z/s, x/ks, qu/kv,
// y/i, eu/ei as in "leucel" → "лейцел"), a final "e" dropped ("-cabtagene" → "-кабтаген").

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/** Letter-by-letter romanization of a lower-case Cyrillic word ("бреянзи" → "breyanzi"). */
export function romanizeCyrillic(word: string): string {
  let out = '';
  for (const ch of word) out += CYRILLIC[ch] ?? ch;
  return out;
}

/** The sound key of a lower-case Latin word: what its Russian transliteration keeps. */
export function soundKey(latin: string): string {
  return (
    latin
      .replace(/qu/g, 'kv')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k')
      .replace(/x/g, 'ks')
      .replace(/q/g, 'k')
      .replace(/ph/g, 'f')
      .replace(/w/g, 'v')
      .replace(/[yj]/g, 'i')
      .replace(/ts|tz|z/g, 's')
      .replace(/kh|h/g, '')
      .replace(/eu/g, 'ei')
      .replace(/(.)\1+/g, '$1')
      // "-cabtagene" → "-кабтаген", "Breyanzi" → "Бреянзи".
      .replace(/e$/, '')
  );
}

/** The sound key of a Cyrillic word. */
export function cyrillicSoundKey(word: string): string {
  // "дж" writes a soft g ("Имлиджик" for Imlygic), as English writes it before e, i and y.
  return soundKey(romanizeCyrillic(word.toLowerCase().replace(/дж/g, 'г')));
}

// Katakana brands ("カービクティ", "ブレヤンジ", "アベクマ"): romanized syllable by syllable, then the
// vowels Japanese adds after a consonant ("ク" in "アベクマ" for the "c" of "Abecma") dropped, and l/r
// and v/b merged, since katakana has one letter for each pair. Brands, and the first word of a
// two-word INN ("サトリカブタゲン"): whole INNs in katakana are long compounds whose readings vary
// too much to match by rule, but their distinctive first word is read the way brands are. A hand table, not a romanization
// library: the content script's budget pays for every byte, and brands need only the syllables.
const KANA_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['アイウエオ', ''],
  ['カキクケコ', 'k'],
  ['ガギグゲゴ', 'g'],
  ['サシスセソ', 's'],
  ['ザジズゼゾ', 'z'],
  ['タチツテト', 't'],
  ['ダヂヅデド', 'd'],
  ['ナニヌネノ', 'n'],
  ['ハヒフヘホ', 'h'],
  ['バビブベボ', 'b'],
  ['パピプペポ', 'p'],
  ['マミムメモ', 'm'],
  ['ラリルレロ', 'r'],
];
const KANA: ReadonlyMap<string, string> = new Map([
  ...KANA_ROWS.flatMap(([row, consonant]) => [...row].map((k, i) => [k, consonant + 'aiueo'[i]!] as const)),
  ['フ', 'fu'],
  // "ツィ" writes the "tz" of "Aucatzyl" (オーカツィル): "ts", as Hepburn has it, not "t".
  ['ツ', 'tsu'],
  ['ヤ', 'ya'],
  ['ユ', 'yu'],
  ['ヨ', 'yo'],
  ['ワ', 'wa'],
  ['ヲ', 'o'],
  ['ン', 'n'],
  ['ヴ', 'vu'],
]);
const SMALL_VOWEL: ReadonlyMap<string, string> = new Map([
  ['ァ', 'a'],
  ['ィ', 'i'],
  ['ゥ', 'u'],
  ['ェ', 'e'],
  ['ォ', 'o'],
]);
const SMALL_Y: ReadonlyMap<string, string> = new Map([
  ['ャ', 'ya'],
  ['ュ', 'yu'],
  ['ョ', 'yo'],
]);

/** A run of katakana (no middle dot): one loanword or name. */
export const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc]{3,}/g;

export function romanizeKatakana(word: string): string {
  let out = '';
  for (const ch of word) {
    const small = SMALL_VOWEL.get(ch);
    // "ティ" → "ti", "ファ" → "fa": the small vowel replaces the syllable's own.
    if (small) out = /[aiueo]$/.test(out) && out.length > 1 ? out.slice(0, -1) + small : out + small;
    else if (SMALL_Y.has(ch)) out = out.replace(/i$/, '') + SMALL_Y.get(ch)!;
    else out += KANA.get(ch) ?? '';
  }
  return out;
}

/** The key katakana and Latin brands are compared on. */
export function kanaKey(latinSoundKey: string): string {
  return (
    latinSoundKey
      // "Aucatzyl" is written "オーカツィル": "au" as a long "o", as katakana writes loanwords.
      .replace(/au/g, 'o')
      .replace(/l/g, 'r')
      .replace(/v/g, 'b')
      .replace(/(.)\1+/g, '$1')
  );
}

/** A Latin name's katakana keys: its "g" before e, i or y read hard, and soft where katakana writes ジ. */
export function kanaKeys(latinSoundKey: string): string[] {
  const hard = kanaKey(latinSoundKey);
  const soft = kanaKey(latinSoundKey.replace(/g(?=[eiy])/g, 's'));
  return soft === hard ? [hard] : [hard, soft];
}

/** The comparison key of a katakana word ("カービクティ" → "kabikti"). */
export function katakanaKey(word: string): string {
  const romaji = romanizeKatakana(word)
    // Vowels added after a consonant: "ku" in "abekuma", a final "su" or "to".
    .replace(/([kgsztdnhbpmrf])[uo](?=[kgsztdhbpmrfv]|$)/g, '$1');
  return kanaKey(soundKey(romaji));
}
export const HAS_KATAKANA = /[\u30a1-\u30fa]/;

// Hangul names without a recorded Korean name: Korean pages transliterate INNs syllable by syllable
// ("사트리캅타젠 오토류셀" for satricabtagene autoleucel, "악시캅타젠" for axicabtagene). A syllable is
// decomposed into its letters (Unicode composes them arithmetically), romanized, and reduced to the
// katakana key: the vowel ㅡ Korean adds after a consonant ("트" for the "t" of "satri") dropped, ㅈ read
// as the Latin "g" before e or i ("젠" for "-gene") or as "z" ("제보르" for "zevor"), f and p merged (ㅍ
// writes both).
const HANGUL_INITIAL = [
  'g',
  'k',
  'n',
  'd',
  't',
  'r',
  'm',
  'b',
  'p',
  's',
  's',
  '',
  'J',
  'J',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const HANGUL_VOWEL = [
  'a',
  'e',
  'ya',
  'ye',
  'o',
  'e',
  'yo',
  'ye',
  'o',
  'wa',
  'we',
  'we',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  '',
  'i',
  'i',
];
const HANGUL_FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'r',
  'k',
  'm',
  'r',
  'r',
  'r',
  'p',
  'r',
  'm',
  'b',
  'b',
  's',
  's',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/** A run of hangul syllables: one word of a name. */
export const HANGUL_RUN = /[\uac00-\ud7a3]{4,}/g;
export const HAS_HANGUL = /[\uac00-\ud7a3]/;

/** The keys a hangul word is compared on with the katakana keys of Latin names: ㅈ as "g" and as "s". */
export function hangulKeys(word: string): string[] {
  let out = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) continue;
    out +=
      HANGUL_INITIAL[Math.floor(code / 588)]! +
      HANGUL_VOWEL[Math.floor((code % 588) / 28)]! +
      HANGUL_FINAL[code % 28]!;
  }
  // Each ㅈ read either way ("제보르캅타젠": "z" first, "g" last), up to three of them.
  let readings = [''];
  for (const part of out.split(/(J)/)) {
    const next = part !== 'J' ? [part] : readings.length < 8 ? ['g', 's'] : ['g'];
    readings = readings.flatMap((r) => next.map((n) => r + n));
  }
  const keys = readings.map((r) => kanaKey(soundKey(r)).replace(/f/g, 'p').replace(/w/g, 'b'));
  return keys.filter((k, i) => keys.indexOf(k) === i);
}
