// Prior lines of therapy as each language writes them, read as parts rather than fixed phrases:
// (after) (at least) NUMBER (or more) (prior) LINE-NOUN — "after a single prior line",
// "tras al menos dos tratamientos previos", "nach einer vorangegangenen Therapielinie",
// "après une ligne antérieure", "после двух предшествующих линий"; Japanese and Chinese count
// before the noun ("前治療が4レジメン以上", "至少三线治疗"); ordinals name the line itself
// ("segunda línea", "Zweitlinie", "2차 치료", "二线治疗": one line before it).

import { CJK_DIGITS } from './word-figures';

export interface PriorLines {
  value: number;
  start: number;
  end: number;
}

const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  'a single': 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  un: 1,
  una: 1,
  'una sola': 1,
  'un solo': 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  ein: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  une: 1,
  'une seule': 1,
  'un seul': 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  um: 1,
  uma: 1,
  'uma única': 1,
  dois: 2,
  duas: 2,
  três: 3,
  quatro: 4,
  одной: 1,
  одну: 1,
  двух: 2,
  трех: 3,
  трёх: 3,
  четырех: 4,
  четырёх: 4,
  // Chinese and Japanese numerals, as word figures read them.
  ...CJK_DIGITS,
};
const ORDINALS: Readonly<Record<string, number>> = {
  segunda: 2,
  tercera: 3,
  cuarta: 4,
  terceira: 3,
  quarta: 4,
  zweit: 2,
  dritt: 3,
  viert: 4,
  deuxième: 2,
  troisième: 3,
  quatrième: 4,
  '2e': 2,
  '3e': 3,
  '4e': 4,
  второй: 2,
  третьей: 3,
  четвертой: 4,
  четвёртой: 4,
  вторую: 2,
  третью: 3,
  二: 2,
  三: 3,
  四: 4,
  两: 2,
};

/** Korean native numerals before a counter ("두 가지"): read only by the Korean reader. */
const HANGUL_COUNTS: Readonly<Record<string, number>> = { 한: 1, 두: 2, 세: 3, 네: 4 };

const countOf = (word: string): number | undefined => {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d$/.test(w)) return Number(w);
  const full = /^[１-９]$/.test(w) ? w.charCodeAt(0) - 0xff10 : undefined;
  return full ?? COUNTS[w] ?? ORDINALS[w] ?? HANGUL_COUNTS[w];
};

const NUMBER = Object.keys(COUNTS)
  .filter((w) => !/^\p{Script=Han}+$/u.test(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
const AFTER = String.raw`after|following|failed|tras|después de|a partir de|nach|ab|après|à partir de|após|depois de|после`;
export const AT_LEAST = String.raw`at least|a minimum of|al menos|como mínimo|mindestens|au moins|pelo menos|no mínimo|не менее|как минимум`;
export const OR_MORE = String.raw`or more|o más|oder mehr|ou plus|ou mais|и более|или более`;
const PRIOR = String.raw`prior|previous|other|otr[oa]s|outr[oa]s|autres|anderen?|previas?|previos?|anteriores?|antérieures?|précédentes?|prévias?|prévios?|vorangegangenen?|vorherigen?|vorausgegangenen?|предшествующ\p{L}*|предыдущ\p{L}*|предшествовавш\p{L}*`;
const NOUN = String.raw`lines?|regimens?|therap(?:y|ies)|treatments?|líneas?|tratamientos?|terapias?|terapêuticas?|[\p{L}]*linien?|Vortherapien?|Therapien?|Behandlungen|lignes?|traitements?|linhas?|tratamentos?|лини[йию]|терапи[йи]|режим\p{L}*`;

/** "no desde la primera recaída", "not after first relapse": a reader's words denied just before them. */
const DENIED_BEFORE = /(?:^|[^\p{L}])(?:no|not|nicht|pas|não|не|ni)\s+$/iu;

const READERS: ReadonlyArray<{ re: RegExp; ordinal?: boolean; fixed?: number; negatable?: boolean }> = [
  // "after a single prior line", "tras al menos dos tratamientos previos", "nach einer vorangegangenen Therapielinie".
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${AFTER})\s+(?:(?:${AT_LEAST})\s+)?(${NUMBER}|\d)\s+(?:(?:${OR_MORE})\s+)?(?:(?:${PRIOR})\s+)?(?:${NOUN})(?:\s+(?:${PRIOR}))?(?![\p{L}])`,
      'iu',
    ),
  },
  // "at least two prior lines", "mindestens zwei Vortherapien" without the preposition: a line noun.
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${AT_LEAST})\s+(${NUMBER}|\d)\s+(?:(?:${OR_MORE})\s+)?(?:(?:${PRIOR})\s+)?(?:lines?|líneas?|[\p{L}]*linien?|Vortherapien?|lignes?|linhas?|лини[йию])(?![\p{L}])`,
      'iu',
    ),
  },
  // "al menos dos tratamientos previos", "pelo menos dois tratamentos prévios": any treatment noun
  // once it is called prior.
  {
    re: new RegExp(
      String.raw`(?<![\p{L}])(?:${AT_LEAST})\s+(${NUMBER}|\d)\s+(?:(?:${OR_MORE})\s+)?(?:(?:${PRIOR})\s+(?:${NOUN})|(?:${NOUN})\s+(?:${PRIOR}))(?![\p{L}])`,
      'iu',
    ),
  },
  // Korean counts of treatments had: "적어도 4가지 치료를 받은", "두 가지 이상 치료받은".
  {
    re: /(?:(?:적어도|최소)\s*)?([1-9]|한|두|세|네)\s*(?:가지|번|차례)\s*(?:이상(?:의)?\s*)?(?:치료|요법|항암)/u,
  },
  // "≥ 2 tratamentos prévios", "≥ 1 linha", "≥2 Vortherapien": the sign stands for "at least".
  {
    re: new RegExp(
      String.raw`(?:≥|>=)\s*(\d)\s*(?:(?:${PRIOR})\s+)?(?:${NOUN})(?:\s+(?:${PRIOR}))?(?![\p{L}])`,
      'iu',
    ),
  },
  // "前治療が4レジメン以上", "前治療2つ以上", "前治療が1回でも", "3つ以上の前治療", "2ライン以上の治療歴".
  { re: /前治療(?:歴)?(?:が|は)?\s*([1-9１-９一二三四])\s*(?:つ|回|レジメン|ライン|種類)/u },
  { re: /([1-9１-９])\s*(?:つ|回|レジメン|ライン|種類)以上の(?:前治療|治療歴|前治療歴|治療を受け)/u },
  // "至少三线治疗", "经过二线或以上", "既往至少两线", "曾接受一线治疗" (lines a patient has had, not
  // the line a product is used in); "接受过两种或以上全身性疗程" counts kinds of treatment.
  {
    re: /(?:至少|经过|經過|既往(?:至少)?|(?:曾经?)?接受(?:过|過|了)?(?:至少)?|≥|>=)\s*([一二两三四五1-5])\s*(?:线|線)/u,
  },
  {
    re: /(?:曾经?|既往)?(?:接受|经)(?:过|過|了)?(?:至少)?\s*([一二两三四五1-5])\s*种(?:或以上|以上)?[^，。；]{0,4}?(?:治疗|疗程|疗法)/u,
  },
  // "三线治疗后" (after three lines of treatment): lines had, not the line of use.
  { re: /([一二两三四五1-5])\s*(?:线|線)(?:治疗|治療|疗法|療法|用药)?\s*(?:后|後)/u },
  // Ordinals: "segunda línea", "Zweitlinie", "ab der zweiten Linie", "deuxième ligne", "во второй линии", "2차 치료", "二次治療", "二线治疗".
  {
    re: /(?<![\p{L}])(segunda|tercera|cuarta|terceira|quarta)\s+(?:línea|linha)|(?<![\p{L}])(zweit|dritt|viert)(?:linie|linientherapie|-linie|en\s+(?:Therapie)?linie)|(?<![\p{L}])(deuxième|troisième|quatrième|2e|3e|4e)\s+ligne|(?<![\p{L}])(?:во?\s+)?(второй|третьей|четвертой|четвёртой|вторую|третью)\s+линии|([2-5])\s*차\s*(?:치료|요법|약제)(?!\s*(?:이후|후|뒤))|([二三四2-4])次(?:治療|療法)|(?<![一-龥])(二|两|三|四)线(?:治疗|用药|疗法)(?!\s*(?:后|後))/iu,
    ordinal: true,
  },
  // From the first relapse on: one line given before it ("after first relapse", "desde la primera
  // recaída", "ab dem ersten Rückfall", "после первого рецидива", "1回目の再発後", "首次复发后", "첫 재발 후").
  {
    re: /(?<![\p{L}])(?:after|following|from|since|desde|tras|a\s+partir\s+d[ae]|após|depois\s+d[ao]|ab|nach|dès|après|после|с)\s+(?:(?:the|la|a|o|dem|der|le|la)\s+)?(?:first|primera|primeira|ersten|première|первого)\s+(?:relapse|recaída|recidiva|Rückfall|Rezidiv|rechute|рецидива)(?![\p{L}])|(?:1回目|最初|初回)の再発(?:後|以降|から)|首次复发后|첫\s?재발\s?(?:후|이후|부터)/iu,
    fixed: 1,
    negatable: true,
  },
  // First-line treatment that failed: one line before ("一线免疫化疗无效", "1차 항암치료에 실패한").
  {
    re: /(?<![唯统单])一线[^，。；]{0,8}?(?:无效|失败|难治|耐药|后复发)|1\s*차\s*(?:항암)?\s*(?:치료|요법)에\s*(?:실패|불응)/u,
    fixed: 1,
  },
];

/**
 * First-line use, no prior line: "en primera línea", "em primeira linha", "en première ligne",
 * "Erstlinie", "в первой линии", "一次治療", "初回治療", "1차 치료", "一线治疗"; newly diagnosed disease
 * ("recién diagnosticado", "впервые выявленная", "新诊断", "새로 진단된"; not "初発", the
 * Japanese label's "first-onset" patients who failed two regimens). Not the first line a
 * patient already had ("tras fracaso de la primera línea", "一次治療が効かなかった"), which is one.
 */
const FIRST_LINE =
  /(?<![\p{L}])(?:primera\s+línea|primeira\s+linha|première\s+ligne|erste[nr]?\s+Linie|Erstlinie\p{L}*|перв(?:ой|ую|ая)\s+лини\p{L}*|reci[eé]n\s+diagnosticad\p{L}*|recém-diagnosticad\p{L}*|neu\s+diagnostiziert\p{L}*|nouvellement\s+diagnostiqué\p{L}*|впервые\s+(?:выявленн|диагностированн)\p{L}*)(?![\p{L}])|一次治療|初回治療|1\s*차\s*(?:치료|요법)|(?<![唯统单])一线(?:治疗|用药|疗法)|新诊断|新たに診断|새로\s?진단|신규\s?진단/iu;
const FIRST_LINE_GIVEN_BEFORE =
  /(?<![\p{L}])(?:tras|después|fracas\p{L}*|refractari\p{L}*|reca[ií]\p{L}*|recidiv\p{L}*|siguientes|seguintes|nach|Versagen|refraktär\p{L}*|Rezidiv\p{L}*|Rückfall|Ende|après|échec|réfractaire\p{L}*|rechut\p{L}*|suivant\p{L}*|fin|após|falha|refratári\p{L}*|fim|после|неэффективн\p{L}*|рефрактерн\p{L}*|рецидив\p{L}*|окончани\p{L}*)(?![\p{L}])[^.;:]{0,30}$/iu;
const FIRST_LINE_GIVEN_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:refraktär|nicht\s+angesprochen|versagt|réfractaire|refractari[oa]|refratári[oa]|рефрактерн)|^[^.;。、，]{0,6}?(?:が効かな|が無効|に抵抗|抵抗|不応|難治|で効果が|効果不十分|が終わ|終了|後|を受け|歴|で再発|无效|失败|后|结束|에\s*(?:실패|불응)|후|이후|종료)/u;

/** The first prior-lines statement the readers find, or undefined. */
export function priorLinesInLanguages(text: string): PriorLines | undefined {
  const found = readLines(text);
  if (found) return found;
  const m = FIRST_LINE.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  if (FIRST_LINE_GIVEN_BEFORE.test(text.slice(0, m.index)) || FIRST_LINE_GIVEN_AFTER.test(text.slice(end)))
    return undefined;
  return { value: 0, start: m.index, end };
}

function readLines(text: string): PriorLines | undefined {
  for (const { re, ordinal, fixed, negatable } of READERS) {
    const m = re.exec(text);
    if (!m) continue;
    if (negatable && DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (fixed !== undefined) return { value: fixed, start: m.index, end: m.index + m[0].length };
    const word = m.slice(1).find((g) => g !== undefined);
    const n = word === undefined ? undefined : countOf(word);
    if (n === undefined) continue;
    const value = ordinal ? n - 1 : n;
    if (value < 0) continue;
    return { value, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
