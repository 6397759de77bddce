// Reading helpers shared by the rules: comparators, numbers, populations, lines of therapy, dates.
// Text here is already normalized (one dash "-", "≤"/"≥", "~", collapsed spaces).

import { AT_LEAST, OR_MORE, priorLinesInLanguages } from './prior-lines';
import type { Comparator, PopulationGroup } from './fields.frame';
import { looseUnion } from './quick-reject';

// The claim frames name these values (lib/claims/fields.frame.ts); the readers here produce them.
export type { Comparator, PopulationGroup };

/** Words and symbols that qualify a figure, longest first; the value is the comparator they mean. */
const COMPARATOR_WORDS: ReadonlyArray<readonly [RegExp, Comparator]> = [
  [
    /(?:more than|greater than|higher than|over|above|exceeding|exceeded|exceeds|in excess of|upwards of|más del?|superior al?|mais de|plus de|mehr als|über|более|свыше|超过|>)$/iu,
    '>',
  ],
  [/(?:at least|no less than|a minimum of|≥|>=|\+)$/i, '≥'],
  [/(?:less than|fewer than|lower than|under|below|<)$/i, '<'],
  [/(?:at most|no more than|≤|<=)$/i, '≤'],
  [/(?:up to|as high as|as many as|reaching)$/i, 'up to'],
  // "like 87%": forum English for an approximate figure.
  [
    /(?:about|around|approximately|approx\.?|roughly|nearly|almost|close to|some|circa|ca\.|like|aproximadamente|cerca del?|casi|alrededor del?|etwa|rund|environ|près de|quase|около|примерно|приблизительно|почти|约|約|およそ|약|대략|~|≈)$/iu,
    '~',
  ],
];

/** The comparator written just before a number ("more than 80%", ">80%", "~73%"). */
export function comparatorBefore(
  text: string,
  numberStart: number,
): { comparator: Comparator; start: number } {
  const window = text.slice(Math.max(0, numberStart - 24), numberStart).replace(/\s+$/, '');
  const windowStart = numberStart - text.slice(Math.max(0, numberStart - 24), numberStart).length;
  for (const [re, comparator] of COMPARATOR_WORDS) {
    const m = re.exec(window);
    if (m && (m.index === 0 || !/[\p{L}]/u.test(window[m.index - 1] ?? '') || /^[>≥<≤~≈+]/.test(m[0]))) {
      return { comparator, start: windowStart + m.index };
    }
  }
  return { comparator: '=', start: numberStart };
}

export interface Percent {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  comparator: Comparator;
}

/** The percent sign or word, in the languages pages use ("43 Prozent", "73 por cento", "40 процентов"). */
const PERCENT_UNIT = String.raw`(?:%|percent\b|per cent\b|por ciento\b|por cento\b|pour cent\b|Prozent\b|процент[а-яё]*)`;
const PERCENT = new RegExp(
  String.raw`(\d{1,3}(?:[.,]\d{1,2})?)\s*${PERCENT_UNIT}?(?:\s*(?:-|to|a)\s*)?(\d{1,3}(?:[.,]\d{1,2})?)?\s*(${PERCENT_UNIT})`,
  'gi',
);
const OWN_UNIT = new RegExp(String.raw`^\s*${PERCENT_UNIT}`, 'i');

/** Every percentage in the text, with its comparator and range ("39-43%", "39% to 43%"). */
export function findPercents(text: string): Percent[] {
  const out: Percent[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    if (m.index > 0 && /[\d.,]/.test(text[m.index - 1] ?? '')) continue;
    // "(95% CI 38-62)": the confidence level of an interval, not a result.
    if (/^\s*(?:CI\b|conf)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    const a = decimal(m[1] ?? '');
    const b = m[2] === undefined ? undefined : decimal(m[2]);
    if (b !== undefined && (b > 100 || b <= a)) {
      // Not a range ("50% to 40%" is two figures): take the first and read on from its end.
      const own = OWN_UNIT.exec(text.slice(m.index + (m[1] ?? '').length));
      PERCENT.lastIndex = m.index + (m[1] ?? '').length + (own ? own[0].length : 0);
      if (own && a <= 100) {
        const cmp = comparatorBefore(text, m.index);
        out.push({ start: cmp.start, end: PERCENT.lastIndex, value: a, comparator: cmp.comparator });
      }
      continue;
    }
    if (a > 100) continue;
    const cmp = comparatorBefore(text, m.index);
    if (b !== undefined) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        value: (a + b) / 2,
        low: a,
        high: b,
        comparator: '=',
      });
    } else {
      // "(65 gegenüber 32 Prozent)", "65 vs 32%": the first of two compared figures shares the second's unit.
      const shared = SHARES_UNIT.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (shared) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const at = m.index - before.length + shared.index + shared[0].indexOf(shared[1]!);
        if (decimal(shared[1]!) <= 100 && !out.some((o) => o.end > at))
          out.push({ start: at, end: at + shared[1]!.length, value: decimal(shared[1]!), comparator: '=' });
      }
      out.push({ start: cmp.start, end: m.index + m[0].length, value: a, comparator: cmp.comparator });
    }
  }
  return out;
}
/**
 * A bare figure and a word of comparison right before a percentage: "(65 gegenüber ", "were 65 vs. ". Only
 * after a bracket, a colon or a verb or preposition that gives a value: a trial's or a scale's number
 * ("ZUMA-7 vs 32%", "ECOG 1 vs 71%") is no figure.
 */
const SHARES_UNIT =
  /(?:[(（:]\s*|(?<![\p{L}])(?:was|were|is|are|of|at|de|del|da|do|von|bei|à|a|es|fue|fueron|era|foi|foram|était|étaient|est|war|waren|lag bei|beträgt|betrug|составил\p{L}*|составляла)\s+)(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:vs\.?|versus|gegenüber|contre|frente a|contra|против)\s*$/iu;

/** "97,9" (decimal comma, as Spanish and German pages write it) → 97.9. */
function decimal(s: string): number {
  return Number(s.replace(',', '.'));
}

export interface Count {
  start: number;
  end: number;
  count: number;
  of: number;
}

const COUNT = /\b(\d{1,4})\s*(?:of|out of|\/)\s*(\d{1,4})\b(?!\s*%)(?!\/)/g;

/** "27 of 65 patients", "27/65": only where a rule already knows a metric is near. */
export function findCounts(text: string): Count[] {
  const out: Count[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const count = Number(m[1]);
    const of = Number(m[2]);
    if (of === 0 || count > of || of < 5) continue;
    // "24/7", dates like "3/4/2021" and scores are not counts.
    if (/\/\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, count, of });
  }
  return out;
}

/** "n=101", "n = 63", "(N=97)", "101 patients". */
/** How many patients a figure is over: "n=91", "among 91 patients", "91例", "91名", "91명", "91 pacientes". */
const COHORT_SIZE = [
  String.raw`\b[nN]\s*=\s*(\d{1,5})\b`,
  String.raw`\b(?:among|in|(?<!out )of)\s+(?:the\s+|these\s+)?(\d{1,5})\s+(?:[\w-]+\s+){0,3}?(?:patients|subjects|participants|people|children|adults)\b`,
  String.raw`(\d{1,5})\s*(?:例|名|명)(?:の|的)?(?:[^，。；、]{0,20}?)(?:患者|患儿|病人|환자|の患者)`,
  String.raw`(?<![\d.,])(\d{1,5})\s+(?:pacientes|doentes|Patient(?:en|innen)|пациент\p{L}*|больн\p{L}*)`,
];
// Any case: a sentence may open with it ("Of 11 patients given Yescarta, 7 (64%) …").
const COHORT = new RegExp(COHORT_SIZE.join('|'), 'iu');

/** The cohort size stated last before `at` in its clause ("103例…96.1%；在91例…中，…98.9%" → 91 for the second). */
export function findNBefore(text: string, at: number): number | undefined {
  const clauseStart = Math.max(
    0,
    ...[...text.slice(0, at).matchAll(/[;；]/g)].map((m) => (m.index ?? 0) + 1),
  );
  const all = new RegExp(COHORT.source, 'giu');
  let n: number | undefined;
  for (const m of text.slice(clauseStart, at).matchAll(all)) {
    const g = m.slice(1).find((x) => x !== undefined);
    if (g) n = Number(g);
  }
  return n;
}

export function findN(text: string): number | undefined {
  const m = COHORT.exec(text);
  const n = m?.slice(1).find((g) => g !== undefined);
  return n ? Number(n) : undefined;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  两: 2,
};

export function numberFrom(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}

const NUM = '(\\d+|one|two|three|four|five|six|seven|eight|uno|una|dos|tres|cuatro|cinco)';
const LINES_AFTER = new RegExp(
  `(?:(?:≥|>=|at least|a minimum of)\\s*${NUM}|${NUM}\\s*(?:\\+|or more|or greater|and more|plus))\\s*(?:\\w+\\s+){0,2}?(?:prior\\s+|previous\\s+)?(?:lines?|LOTs?|regimens?|therap(?:y|ies)|treatments?)\\b`,
  'i',
);
const LINES_PLAIN = new RegExp(
  `\\b(?:after|following|failed|with|received|had|wants?|needs?|requir(?:es|ed|ing|e))\\s+(?:just\\s+|only\\s+|a\\s+single\\s+|exactly\\s+)?${NUM}\\s+(?:\\w+\\s+){0,2}?(?:prior\\s+|previous\\s+)?(?:lines?|regimens?)\\b`,
  'i',
);
const LINES_ES = new RegExp(
  `\\b(?:al menos|como mínimo|tras|después de)\\s+${NUM}\\s+(?:o más\\s+)?líneas?`,
  'i',
);
const LINES_ZH = /([一二三四五两1-5])\s*线(?:或|及)以上/;
/** Before LINES_ZH, words saying the lines were had: "经过", "接受过", "既往", "至少". */
const LINES_HAD_ZH = /(?:经过?|經過?|接受(?:过|過|了)?|既往|曾|至少)\s*$/u;
/** After LINES_ZH, "… (系统)治疗后", "…失败", "…进展": the lines were had before the use. */
const LINES_AFTER_ZH = /^[^，。；,;]{0,8}?(?:后|後|失败|失敗|进展|進展)/u;
/**
 * Prior lines in German, French, Portuguese, Russian, Japanese and Korean: "nach zwei oder mehr
 * Therapielinien", "nach mindestens zwei Vortherapien", "après au moins deux lignes", "após duas ou
 * mais linhas", "после двух и более линий", "2つ以上の前治療"; ordinals "3次治療以上", "2차 이상".
 */
const LINES_LOCAL = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:nach|après|apres|após|apos|после|tras)\s+(?:mindestens\s+|au moins\s+|pelo menos\s+|не менее\s+)?(\d|einer|zwei|drei|vier|une|deux|trois|quatre|uma|duas|três|tres|quatro|одной|двух|трех|трёх|четырех)\s+(?:oder mehr\s+|ou plus\s+|ou mais\s+|и более\s+)?(?:vorherigen\s+|prior\s+)?(?:Therapielinien|Therapielinie|Vortherapien|Vortherapie|Linien|Behandlungslinien|lignes?|linhas?|линий|линии|líneas?)`,
    // Counts of lines had: "2つ以上の前治療", "2ライン以上"; "2차 이상 치료 후" (after two or more lines).
    String.raw`(\d)\s*(?:つ以上の前治療|ライン以上|차\s?이상(?=[^,.，。()（）]{0,14}?(?:후|이후|받은|받고|받았|실패|경험|재발)))`,
    // Otherwise ordinals of the line of use: "3次治療以上", "DLBCL(2차 이상)" (second line or later:
    // one line before).
    String.raw`([2-6])\s*(?:次治療以上|차\s?이상)`,
  ].join('|'),
  'iu',
);
const LOCAL_NUMBERS: Readonly<Record<string, number>> = {
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  uma: 1,
  duas: 2,
  três: 3,
  tres: 3,
  quatro: 4,
  одной: 1,
  двух: 2,
  трех: 3,
  трёх: 3,
  четырех: 4,
};
const LINE_ORDINAL =
  /\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|[2-6]L)\s*(?:-|\s)?\s*(?:line|L)?\s*(\+|or later|and beyond|or beyond)?(?=[\s,;.)]|$)/i;

/** "as a second treatment", "is the third therapy": the product's place in the sequence. */
const ORDINAL_USE =
  /\b(?:as|is|being)\s+(?:a|an|the)\s+(second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:treatment|therapy|option|choice)\b/i;
/** The second-line LBCL definition: disease back within 12 months of first-line treatment (one prior line). */
const EARLY_RELAPSE =
  /\b(?:relapse[sd]?|relapsing|come back|comes back|came back|recur(?:s|red|ring)?|progress(?:es|ed)?)\s+within\s+(?:12|twelve)\s+months\s+of\s+(?:finishing\s+|completing\s+|the end of\s+)?(?:their\s+|the\s+)?(?:first[- ]line|1L|initial|front[- ]?line)\b/i;
/**
 * Use before any other treatment: "newly diagnosed", "previously untreated", "as first-line
 * therapy". Not "refractory to first-line …" or "within 12 months of first-line …", where
 * first-line is the treatment already given.
 */
const NO_PRIOR_LINE =
  /\bnewly[- ]diagnosed\b|\btreatment[- ]na[iï]ve\b|\b(?:previously|still)\s+untreated\b|(?<!\b(?:to|of|after|following|finishing|completing|from|with)\s+(?:the\s+|their\s+)?)\b(?:as|in|for|a|an|the)\s+(?:first|1st|front)[- ]?line\b/i;

/**
 * Words that give a count of prior lines as the least a patient must have had ("at least three",
 * "≥3", "mindestens drei", "al menos dos", "3つ以上", "至少三线", "적어도 4가지"): the label's own
 * threshold, as the page states it. The words are the prior-line readers' own (prior-lines.ts).
 */
const LINES_MINIMUM = new RegExp(
  String.raw`(?<![\p{L}])(?:${AT_LEAST}|${OR_MORE})(?![\p{L}])|and more|or greater|≥|>=|\d\s*\+|以上|至少|적어도|최소|이상`,
  'iu',
);

/** Whether the prior lines found at `lines` are given as a minimum (see LINES_MINIMUM). */
export function linesAreMinimum(text: string, lines: { start: number; end: number }): boolean {
  return LINES_MINIMUM.test(text.slice(lines.start, lines.end));
}

/** Minimum prior lines a sentence states ("after two or more lines" → 2, "≥4 prior lines" → 4, "third-line" → 2, "newly diagnosed" → 0). */
export function findPriorLines(text: string): { value: number; start: number; end: number } | undefined {
  let m = LINES_AFTER.exec(text);
  if (m) {
    const v = numberFrom(m[1] ?? m[2] ?? '');
    if (v !== undefined) return { value: v, start: m.index, end: m.index + m[0].length };
  }
  m = LINES_PLAIN.exec(text);
  if (m) {
    const v = numberFrom(m[1] ?? '');
    if (v !== undefined) return { value: v, start: m.index, end: m.index + m[0].length };
  }
  m = LINES_ES.exec(text);
  if (m) {
    const v = numberFrom(m[1] ?? '');
    if (v !== undefined) return { value: v, start: m.index, end: m.index + m[0].length };
  }
  m = LINES_ZH.exec(text);
  if (m) {
    const v = numberFrom(m[1] ?? '');
    // "经过二线或以上系统性治疗后", "二线及以上系统治疗后复发" count the lines a patient has had
    // (after two or more lines); bare, "三线及以上" names the line of use itself, third line or
    // later: two lines before it.
    const end = m.index + m[0].length;
    const had =
      LINES_HAD_ZH.test(text.slice(Math.max(0, m.index - 6), m.index)) ||
      LINES_AFTER_ZH.test(text.slice(end, end + 12));
    const value = v === undefined ? undefined : had || v < 2 ? v : v - 1;
    if (value !== undefined) return { value, start: m.index, end: m.index + m[0].length };
  }
  m = LINES_LOCAL.exec(text);
  if (m) {
    if (m[3] !== undefined) return { value: Number(m[3]) - 1, start: m.index, end: m.index + m[0].length };
    const w = (m[1] ?? m[2] ?? '').toLowerCase();
    const v = /^\d$/.test(w) ? Number(w) : LOCAL_NUMBERS[w];
    if (v !== undefined) return { value: v, start: m.index, end: m.index + m[0].length };
  }
  m = LINE_ORDINAL.exec(text);
  if (m && /line|L\b|\dL/i.test(m[0])) {
    const word = (m[1] ?? '').toLowerCase();
    const raw = /^\d/.test(word) ? word.replace(/l$|nd$|rd$|th$/, '') : word;
    const ordinal = numberFrom(raw) ?? NUMBER_WORDS[raw];
    if (ordinal !== undefined && ordinal >= 2)
      return { value: ordinal - 1, start: m.index, end: m.index + m[0].length };
  }
  m = ORDINAL_USE.exec(text);
  if (m) {
    const raw = (m[1] ?? '').toLowerCase();
    const word = /^\d/.test(raw) ? raw.replace(/nd$|rd$|th$/, '') : raw;
    const ordinal = numberFrom(word);
    if (ordinal !== undefined && ordinal >= 2)
      return { value: ordinal - 1, start: m.index, end: m.index + m[0].length };
  }
  m = EARLY_RELAPSE.exec(text);
  if (m) return { value: 1, start: m.index, end: m.index + m[0].length };
  const local = priorLinesInLanguages(text);
  if (local) return local;
  m = NO_PRIOR_LINE.exec(text);
  if (m) return { value: 0, start: m.index, end: m.index + m[0].length };
  return undefined;
}

export interface PopulationClaim {
  group?: PopulationGroup;
  maxAge?: number;
  minAge?: number;
  start: number;
  end: number;
}

/** A population's fields as a frame holds them (null: not said). */
export function populationFields(p: PopulationClaim | undefined): {
  population: PopulationGroup | null;
  maxAge: number | null;
  minAge: number | null;
} {
  return { population: p?.group ?? null, maxAge: p?.maxAge ?? null, minAge: p?.minAge ?? null };
}

const MAX_AGE =
  /(?:(?:up to|hasta(?: los)?) (?:and including )?(?:the )?age (?:of )?(\d{1,2})\b|hasta (?:los )?(\d{1,2}) años|up to (?:and including )?(\d{1,2}) ?(?:years?|yrs?|y)\b|(?:≤|aged? ≤?)\s*(\d{1,2})\s*(?:years?|yrs?|y)\b|(\d{1,2}) ?(?:years?|yrs?)(?: of age| old)? (?:and|or) (?:younger|under|below)\b|(?:under|younger than|below|less than|<)\s*(?:(?:the )?age (?:of )?(\d{1,2})\b|(\d{1,2}) ?(?:years?|yrs?|y)\b))/i;
const MIN_AGE =
  /(?:(?:≥|>=|aged? ≥|over|older than|aged)\s*(\d{1,2})\s*(?:years?|yrs?|y)\b|(\d{1,2})\s*(?:(?:years?|yrs?)(?: of age| old)?\s*)?(?:and|or) (?:older|over|above))/i;
// Young adults in the languages pages use: "jóvenes adultos", "adultos jovens", "junge Erwachsene",
// "jeunes adultes", "молодые взрослые", "年轻成人" (zh blocks are folded), "若年成人", "젊은 성인".
const PEDIATRIC_YA =
  /\b(?:p(?:a)?ediatric|children|child|adolescents?)(?: patients)?\s*(?:and|&|\/|or)\s*young[- ]adults?\b|\byoung adults?\b|(?<![\p{L}])(?:jóvenes adultos|adultos jóvenes|adultos jovens|jovens adultos|junge[nr]? Erwachsene[n]?|jeunes adultes|молод\p{L}* взросл\p{L}*)(?![\p{L}])|年轻成人|年轻成年|若年成人|젊은 성인/iu;
const PEDIATRIC =
  /\b(?:p(?:a)?ediatric|children|child|kids|infants?|adolescents?|niños|niñas|pediátricos?)\b|儿童|患儿/i;
const ADULT = /\badults?\b|\badult patients\b|\badultos?\b|成人|成年|大人(?:の|に|が|で|は)/i;
/**
 * Children said to be left out ("子どもは対象外です", "children are not eligible", "儿童不适用", "소아는 대상이
 * 아니"): who the use does not cover, not its patients.
 */
const CHILDREN_LEFT_OUT =
  /(?:子ども|子供|小児)(?:は|には)?(?:対象外|対象になりません|対象ではありません)|(?:儿童|兒童)(?:不适用|不適用|除外)|不(?:适用|適用|用)(?:于|於)(?:儿童|兒童)(?:患者)?|(?:어린이|소아)(?:는|은)?\s?(?:대상이 아니|제외)|\b(?:children|child|kids|pediatric patients) (?:are|is) (?:not eligible|excluded|not covered)\b/iu;
/** Adults said to be the only patients: "only adults", "только взрослым", "nur für Erwachsene", "仅限成人". */
const ONLY_ADULTS =
  /(?<![\p{L}])(?:only|solely|exclusively|только|лишь|solo|sólo|únicamente|nur|seulement|uniquement|apenas|somente)\s+(?:(?:for|to|in|para|a|à|aux|für|bei|an|em)\s+)?(?:adults?|adult patients|взросл\p{L}*|adult(?:os|as|es)|Erwachsene\p{L}*)(?![\p{L}])|(?:仅|只)(?:限|用于|適用於|适用于)?(?:成人|成年)|成人(?:のみ|だけ)|성인(?:에게)?만/iu;

/**
 * Age bounds in the other languages pages use, each with what its number means: the last age
 * included ("25歳以下", "до 25 лет", "hasta los 25 años"), an age not included ("25歳未満",
 * "menores de 26 años", "unter 26 Jahren"), the first age included ("18岁及以上", "ab 18 Jahren",
 * "a partir dos 18 anos") or one not included ("mayores de 25 años", "plus de 25 ans", "старше 25 лет").
 */
const LOCAL_AGES: ReadonlyArray<readonly [RegExp, 'max' | 'under' | 'min' | 'over']> = [
  [
    /(\d{1,2})\s*(?:歳|岁|歲)\s*(?:以下|及以下|或以下|或以下的|以内|まで)|(\d{1,2})\s*세\s*(?:이하|까지)/u,
    'max',
  ],
  [/(\d{1,2})\s*(?:歳|岁|歲)\s*未満|未满\s*(\d{1,2})\s*(?:岁|歲)|(\d{1,2})\s*세\s*미만/u, 'under'],
  [/(\d{1,2})\s*(?:歳|岁|歲)\s*(?:以上|及以上)|(\d{1,2})\s*세\s*이상/u, 'min'],
  [
    /(?<![\p{L}])(?:до|не старше)\s+(\d{1,2})\s+(?:лет|года)|(?:até|jusqu['’]à|bis)\s+(?:(?:aos|os|l['’]âge de|zum Alter von|einschließlich)\s+)?(\d{1,2})\s+(?:anos|ans|Jahren?)|(\d{1,2})\s+(?:años|anos|ans|Jahre)\s+(?:o menos|ou menos|ou moins|oder jünger)/iu,
    'max',
  ],
  [
    /(?<![\p{L}])(?:младше|менее)\s+(\d{1,2})\s+(?:лет|года)|(?:menores de|menos de|moins de|unter)\s+(\d{1,2})\s+(?:años|anos|ans|Jahren?)/iu,
    'under',
  ],
  [
    // Also "26 ou mais anos", "26 ans ou plus", "26 Jahre oder älter".
    /(?<![\p{L}])(?:от|с)\s+(\d{1,2})\s+(?:лет|года)|(?:a partir de(?: los)?|a partir dos|desde(?: los)?|ab|dès|à partir de)\s+(\d{1,2})\s+(?:años|anos|ans|Jahren?)|(\d{1,2})\s+(?:años|anos|ans|Jahre)\s+(?:o más|y más|ou mais|e mais|et plus|ou plus|und älter|oder älter)|(\d{1,2})\s+(?:o más|ou mais|ou plus)\s+(?:años|anos|ans)/iu,
    'min',
  ],
  [
    /(?<![\p{L}])(?<!не\s)(?:старше|более)\s+(\d{1,2})\s+(?:лет|года)|(?:mayores de|maiores de|plus de|über|älter als)\s+(\d{1,2})\s+(?:años|anos|ans|Jahren?|Jahre)/iu,
    'over',
  ],
];
/** "年齢を問わず", "regardless of age", "в любом возрасте", "所有年龄层": a use said to cover every age (zh blocks are folded to simplified). */
const ALL_AGES =
  /\b(?:regardless of age|at any age|of all ages|of any age)\b|(?<![\p{L}])(?:independientemente de la edad|sin límite de edad|a cualquier edad|de todas las edades|em qualquer idade|sem limite de idade|independentemente da idade|unabhängig vom Alter|in jedem Alter|à tout âge|quel que soit l['’]âge|независимо от возраста|в любом возрасте)(?![\p{L}])|年齢を問わず|年齢に関係なく|不限年龄|不分年龄|不限年齡|所有年龄(?:层|段)?|各年龄(?:层|段)|全年龄|연령에 관계없이|나이에 관계없이|나이에 상관없이/iu;
const PEDIATRIC_LOCAL =
  /(?<![\p{L}])(?:enfants?|Kinder[n]?|crianças|дет(?:и|ей|ям)|подрост\p{L}*)(?![\p{L}])|子ども|子供|小児|어린이|소아|兒童/iu;
const ADULT_LOCAL = /(?<![\p{L}])(?:adultes?|Erwachsene[n]?|взрослы\p{L}*)(?![\p{L}])|성인/iu;

// Faster supersets (quick-reject.ts), tried first: most sentences name no age group.
const ALL_AGES_LOOSE = looseUnion([ALL_AGES]);
const PEDIATRIC_LOCAL_LOOSE = looseUnion([PEDIATRIC_LOCAL]);
const ADULT_LOCAL_LOOSE = looseUnion([ADULT_LOCAL]);

/** A break, verb or dash before a population: the sentence's, not a limit ("— is for patients up to 25", ", chez les patients …"). */
const PREDICATE_BEFORE =
  /[,;，；]|\s[—–-]\s|â€”|(?<![\p{L}])(?:is|are|was|were|ist|sind|war|es|son|est|sont|é|são|является)(?![\p{L}])/iu;

/**
 * Whether a ranking's limit names patients ("the only FDA-approved CAR-T for children with leukemia"),
 * before any verb that would make them the sentence's predicate instead.
 */
export function limitsToPopulation(limit: string): boolean {
  const population = findPopulation(limit);
  return population !== undefined && !PREDICATE_BEFORE.test(limit.slice(0, population.start));
}

/** Who a sentence says the indication covers: "pediatric and young adult", "adults", "up to age 25", "≤25 yrs". */
export function findPopulation(text: string): PopulationClaim | undefined {
  const result: PopulationClaim = { start: text.length, end: 0 };
  const take = (m: RegExpExecArray): void => {
    result.start = Math.min(result.start, m.index);
    result.end = Math.max(result.end, m.index + m[0].length);
  };
  // Where each bound was read: "25歳以下の方が対象で、26歳以上の方は対象になりません" gives a range
  // and then its complement, which is no bound of the use (below).
  const at = { max: -1, min: -1 };
  // Every age pattern (MAX_AGE, MIN_AGE, LOCAL_AGES) reads a number in digits: a sentence without
  // one skips them (most sentences; findPopulation runs several times per sentence).
  const digits = /\d/.test(text);
  let m = digits ? MAX_AGE.exec(text) : null;
  if (m) {
    const under = m[6] !== undefined || m[7] !== undefined;
    const v = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7]);
    if (v > 0 && v < 100) {
      result.maxAge = under ? v - 1 : v;
      at.max = m.index;
      take(m);
    }
  }
  m = digits ? MIN_AGE.exec(text) : null;
  if (m) {
    const v = Number(m[1] ?? m[2]);
    if (v > 0 && v < 100) {
      result.minAge = /over|older than/i.test(m[0]) && m[1] !== undefined ? v + 1 : v;
      at.min = m.index;
      take(m);
    }
  }
  for (const [re, kind] of digits ? LOCAL_AGES : []) {
    const l = re.exec(text);
    if (!l) continue;
    const v = Number(l.slice(1).find((g) => g !== undefined));
    if (!(v > 0 && v < 100)) continue;
    if (kind === 'max' && result.maxAge === undefined) result.maxAge = v;
    else if (kind === 'under' && result.maxAge === undefined) result.maxAge = v - 1;
    else if (kind === 'min' && result.minAge === undefined) result.minAge = v;
    else if (kind === 'over' && result.minAge === undefined) result.minAge = v + 1;
    else continue;
    if (kind === 'max' || kind === 'under') at.max = l.index;
    else at.min = l.index;
    take(l);
  }
  // An age limit and its complement ("up to 25; those 26 and over are not eligible"): the bound
  // written second names who is left out.
  if (result.minAge !== undefined && result.maxAge !== undefined && result.minAge > result.maxAge) {
    if (at.min > at.max) result.minAge = undefined;
    else result.maxAge = undefined;
  }
  // "大人の急性リンパ性白血病が対象で、子どもは対象外です": the children left out are no group of the use.
  const left = CHILDREN_LEFT_OUT.exec(text);
  if (left)
    text = text.slice(0, left.index) + ' '.repeat(left[0].length) + text.slice(left.index + left[0].length);
  if ((m = ALL_AGES_LOOSE.test(text) ? ALL_AGES.exec(text) : null)) {
    result.group = 'all-ages';
    take(m);
  } else if ((m = ONLY_ADULTS.exec(text))) {
    // "показан только взрослым …, поэтому детям … недоступен": the use is the adults'; the children
    // are who it leaves out.
    result.group = 'adults';
    take(m);
  } else if ((m = PEDIATRIC_YA.exec(text))) {
    result.group = 'pediatric-and-young-adults';
    take(m);
  } else if (
    (m = PEDIATRIC.exec(text) ?? (PEDIATRIC_LOCAL_LOOSE.test(text) ? PEDIATRIC_LOCAL.exec(text) : null))
  ) {
    result.group = 'pediatric';
    take(m);
  } else if ((m = ADULT.exec(text) ?? (ADULT_LOCAL_LOOSE.test(text) ? ADULT_LOCAL.exec(text) : null))) {
    result.group = 'adults';
    take(m);
  }
  if (result.group === undefined && result.maxAge === undefined && result.minAge === undefined)
    return undefined;
  if (result.group === undefined && result.minAge !== undefined && result.minAge >= 18)
    result.group = 'adults';
  return result;
}

const RR =
  /复发或难治|复发\/难治|\b(?:recidivante|en recaída)\b|\br\/r\b|\brelapsed(?:\s*(?:\/|or|and|and\/or)\s*|\s+)refractory\b|\brefractory(?:\s*(?:\/|or|and|and\/or)\s*)relapsed\b|\bRR(?=[A-Z])/i;

export function findRelapsedRefractory(text: string): boolean {
  return RR.test(text);
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const DATE_DMY = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d{2})\\b`,
  'i',
);
const DATE_MY = new RegExp(`\\b${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i');
const DATE_ISO = /\b((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?\b/;
/** "02.06.2025" (day first wherever dots separate); "18/10/2026" only when the day cannot be the month. */
const DATE_DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?![\d.]\d)/;
/**
 * Year first, as Korean, Japanese and Chinese pages write dates in tables: "2021. 3. 5.", "2023.06.30",
 * "2021/3/5"; Korean also "2021. 3." for a month.
 */
const DATE_YMD = /(?<![\d.])((?:19|20)\d{2})(?:\.\s?|\/)(\d{1,2})(?:\.\s?|\/)(\d{1,2})(?![\d])/;
const DATE_YM_KO = /(?<![\d.])((?:19|20)\d{2})\.\s(\d{1,2})\.(?!\s?\d)/;
/** Year and month with a dot and a two-digit month, as Japanese and Chinese tables write them: "2019.03". */
const DATE_YM_DOT = /(?<![\d.,])((?:19|20)\d{2})\.(0[1-9]|1[0-2])(?![\d]|[.,]\d)/;
const DATE_SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/;
const DATE_ZH = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;
/**
 * Japanese era years, as ministries and clinics write them: "令和3年1月" (2021), "平成31年3月" (2019),
 * "令和元年" (the era's first year). Without a month the year stands alone.
 */
// Official texts (a Cabinet's written answers) write the numbers in kanji: "平成三十一年三月", "令和四年九月".
const KANJI_NUMBER = '[一二三四五六七八九十]{1,3}';
const DATE_ERA = new RegExp(
  `(令和|平成)\\s*(元|\\d{1,2}|${KANJI_NUMBER})\\s*年(?:\\s*(\\d{1,2}|${KANJI_NUMBER})\\s*月(?:\\s*(\\d{1,2}|${KANJI_NUMBER})\\s*日)?)?`,
  'u',
);
const ERA_START: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };
/** "二〇二四年十一月": a Western year in kanji digits. */
const DATE_KANJI = new RegExp(
  `([一二〇][〇一二三四五六七八九]{3})\\s*年(?:\\s*(${KANJI_NUMBER})\\s*月(?:\\s*(${KANJI_NUMBER})\\s*日)?)?`,
  'u',
);
const KANJI_DIGITS = '〇一二三四五六七八九';

/** A date whose month and day (from group `monthGroup` on) are written in digits or kanji. */
function kanjiDate(m: RegExpExecArray, year: number, monthGroup: number): FoundDate {
  const month = m[monthGroup];
  const day = month ? m[monthGroup + 1] : undefined;
  return {
    date: `${year}${month ? `-${pad(numberOf(month))}` : ''}${day ? `-${pad(numberOf(day))}` : ''}`,
    start: m.index,
    end: m.index + m[0].length,
  };
}

/** A number written in digits or in kanji ("三十一", "十二", "九"). */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const tens = text.indexOf('十');
  if (tens < 0) return KANJI_DIGITS.indexOf(text);
  const high = tens === 0 ? 1 : KANJI_DIGITS.indexOf(text[tens - 1]!);
  const low = tens === text.length - 1 ? 0 : KANJI_DIGITS.indexOf(text[tens + 1]!);
  return high * 10 + low;
}
const MONTHS_ES: Readonly<Record<string, number>> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
const DATE_ES =
  /\b(?:(\d{1,2}) de )?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) (?:de |del )?((?:19|20)\d{2})\b/i;
/** Month names in German, French, Portuguese and Russian (genitive), to month numbers. */
const MONTHS_LOCAL: Readonly<Record<string, number>> = {
  januar: 1,
  jänner: 1,
  februar: 2,
  märz: 3,
  april: 4,
  mai: 5,
  juni: 6,
  juli: 7,
  august: 8,
  september: 9,
  oktober: 10,
  november: 11,
  dezember: 12,
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  agosto: 8,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  январь: 1,
  февраль: 2,
  март: 3,
  апрель: 4,
  май: 5,
  июнь: 6,
  июль: 7,
  август: 8,
  сентябрь: 9,
  октябрь: 10,
  ноябрь: 11,
  декабрь: 12,
  // The prepositional case: "в марте 2021 г.".
  январе: 1,
  феврале: 2,
  марте: 3,
  апреле: 4,
  мае: 5,
  июне: 6,
  июле: 7,
  августе: 8,
  сентябре: 9,
  октябре: 10,
  ноябре: 11,
  декабре: 12,
};
/**
 * Months cut short with a dot, as tables and flashcards write them: "19 févr. 2019", "3. Okt. 2024",
 * "5 abr. 2022", "12 set. 2021", "20 дек. 2023 г." (English ones are MONTH's). The dot is required:
 * bare "mar" or "mai" are words.
 */
const MONTHS_ABBR: Readonly<Record<string, number>> = {
  janv: 1,
  févr: 2,
  fév: 2,
  avr: 4,
  juil: 7,
  déc: 12,
  jän: 1,
  febr: 2,
  mär: 3,
  okt: 10,
  dez: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  fev: 2,
  set: 9,
  out: 10,
  янв: 1,
  февр: 2,
  фев: 2,
  апр: 4,
  авг: 8,
  сент: 9,
  окт: 10,
  нояб: 11,
  дек: 12,
};
const DATE_LOCAL_ABBR = new RegExp(
  `(?:(\\d{1,2})\\.?\\s+(?:de\\s+)?)?(?<![\\p{L}])(${Object.keys(MONTHS_ABBR).join('|')})\\.\\s*(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`,
  'iu',
);
/** "30. Juni 2023", "30 juin 2023", "30 de junho de 2023", "30 июня 2023 г.", "im Dezember 2020". */
const DATE_LOCAL = new RegExp(
  `(?:(\\d{1,2})\\.?\\s+(?:de\\s+)?)?(${Object.keys(MONTHS_LOCAL).join('|')})\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`,
  'iu',
);
/** A month and year in figures, as tables write them: "08/2021", "03.2024" (not the tail of "12/08/2021"). */
const DATE_NUMERIC_MY = /(?<![\d/.\p{L}])(?:(0?[1-9]|1[0-2])\/|(0[1-9]|1[0-2])\.)((?:19|20)\d{2})(?![\d/.])/u;
/** Korean: "2023년 6월 30일", "2021년 3월". */
const DATE_KO = /((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/;
const YEAR = /\b(?:in|since|of|year|by|during|en|desde)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})(?:\b|(?=年))/;

export interface FoundDate {
  /** "2017-08-30", "2018-08" or "2018". */
  date: string;
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const validDay = (day: number, month: number): boolean => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/** The first calendar date in the text (earliest position; the most precise reading there). */
/** Every date pattern includes a year (or a Japanese era). */
const HAS_YEAR = /(?:19|20)\d\d|令和|平成|[一二]〇[〇一二三四五六七八九]{2}/;

export function findDate(text: string): FoundDate | undefined {
  if (!HAS_YEAR.test(text)) return undefined;
  const found: FoundDate[] = [];
  const month = (name: string): string => pad(MONTHS[name.slice(0, 3).toLowerCase()] ?? 1);
  let m = DATE_MDY.exec(text);
  if (m)
    found.push({
      date: `${m[3]}-${month(m[1] ?? '')}-${pad(Number(m[2]))}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  m = DATE_DMY.exec(text);
  if (m)
    found.push({
      date: `${m[3]}-${month(m[2] ?? '')}-${pad(Number(m[1]))}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  m = DATE_ZH.exec(text);
  if (m)
    found.push({
      date: `${m[1]}-${pad(Number(m[2]))}${m[3] ? `-${pad(Number(m[3]))}` : ''}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  // Japanese era years and Western years in kanji digits: the month and day in digits or kanji.
  m = DATE_ERA.exec(text);
  if (m) found.push(kanjiDate(m, (ERA_START[m[1]!] ?? 0) + (m[2] === '元' ? 1 : numberOf(m[2]!)), 3));
  m = DATE_KANJI.exec(text);
  if (m) found.push(kanjiDate(m, Number([...m[1]!].map((c) => KANJI_DIGITS.indexOf(c)).join('')), 2));
  m = DATE_ES.exec(text);
  if (m) {
    const es = pad(MONTHS_ES[(m[2] ?? '').toLowerCase()] ?? 1);
    found.push({
      date: `${m[3]}-${es}${m[1] ? `-${pad(Number(m[1]))}` : ''}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  m = DATE_LOCAL.exec(text);
  if (m) {
    const local = pad(MONTHS_LOCAL[(m[2] ?? '').toLowerCase()] ?? 1);
    found.push({
      date: `${m[3]}-${local}${m[1] ? `-${pad(Number(m[1]))}` : ''}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  m = DATE_LOCAL_ABBR.exec(text);
  if (m) {
    const abbr = pad(MONTHS_ABBR[(m[2] ?? '').toLowerCase()] ?? 1);
    found.push({
      date: `${m[3]}-${abbr}${m[1] ? `-${pad(Number(m[1]))}` : ''}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  m = DATE_KO.exec(text);
  if (m)
    found.push({
      date: `${m[1]}-${pad(Number(m[2]))}${m[3] ? `-${pad(Number(m[3]))}` : ''}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  m = DATE_ISO.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    found.push({
      date: m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  m = DATE_DOTTED.exec(text);
  if (m && validDay(Number(m[1]), Number(m[2])))
    found.push({
      date: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  m = DATE_YMD.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && validDay(Number(m[3]), Number(m[2])))
    found.push({
      date: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  m = DATE_YM_KO.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    found.push({ date: `${m[1]}-${pad(Number(m[2]))}`, start: m.index, end: m.index + m[0].length });
  m = DATE_YM_DOT.exec(text);
  if (m) found.push({ date: `${m[1]}-${m[2]}`, start: m.index, end: m.index + m[0].length });
  m = DATE_SLASHED.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Ambiguous (both could be the month): the year alone, read below.
    const dm = a > 12 && validDay(a, b) ? [a, b] : b > 12 && validDay(b, a) ? [b, a] : undefined;
    if (dm)
      found.push({
        date: `${m[3]}-${pad(dm[1]!)}-${pad(dm[0]!)}`,
        start: m.index,
        end: m.index + m[0].length,
      });
  }
  m = DATE_MY.exec(text);
  if (m) found.push({ date: `${m[2]}-${month(m[1] ?? '')}`, start: m.index, end: m.index + m[0].length });
  m = DATE_NUMERIC_MY.exec(text);
  if (m)
    found.push({ date: `${m[3]}-${pad(Number(m[1] ?? m[2]))}`, start: m.index, end: m.index + m[0].length });
  m = YEAR.exec(text);
  if (m) {
    const year = m[1] ?? m[2] ?? '';
    const at = m.index + m[0].indexOf(year);
    found.push({ date: year, start: at, end: at + 4 });
  }
  // Earliest end first among overlapping readings would cut "30 June 2023" to "June 2023": prefer
  // the reading that starts first, then the longest.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const first = found[0];
  if (!first) return undefined;
  // A bare year inside a longer date ("June 2023") is the same date; keep the precise one.
  const covering = found.find(
    (f) => f.start <= first.start && f.end >= first.end && f.date.length > first.date.length,
  );
  return covering ?? first;
}

/** Every date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  let offset = 0;
  for (let guard = 0; guard < 20; guard++) {
    const d = findDate(text.slice(offset));
    if (!d) break;
    const from = out.length > 0 ? out[out.length - 1]!.end : 0;
    const shared = sharedYearDay(text.slice(Math.max(from, d.start + offset - 40), d.start + offset), d.date);
    if (shared)
      out.push({ ...shared, start: shared.start + d.start + offset, end: shared.end + d.start + offset });
    out.push({ date: d.date, start: d.start + offset, end: d.end + offset });
    offset += d.end;
  }
  // "2021年1月にイエスカルタ、同年3月にブレヤンジ", "같은 해 3월": the same year as the date before.
  if (SAME_YEAR_LOOSE.test(text))
    for (const m of text.matchAll(SAME_YEAR)) {
      const year = out
        .filter((d) => d.end <= m.index!)
        .pop()
        ?.date.slice(0, 4);
      if (!year) continue;
      const day = m[2] ? `-${pad(Number(m[2]))}` : '';
      out.push({ date: `${year}-${pad(Number(m[1]))}${day}`, start: m.index!, end: m.index! + m[0].length });
    }
  return out.sort((a, b) => a.start - b.start);
}

const SAME_YEAR_LOOSE = /同年|같은 해|그해/u;
const SAME_YEAR = /(?:同年|같은 해|그해)\s*(\d{1,2})\s*(?:月|월)(?:\s*(\d{1,2})\s*(?:日|일))?/gu;
const SAME_YEAR_ONE = new RegExp(SAME_YEAR.source, 'u');

/** Whether the text dates something by "the same year" ("同年12月16日"), a date findDates reads with the one before it. */
export function namesSameYear(text: string): boolean {
  return SAME_YEAR_LOOSE.test(text) && SAME_YEAR_ONE.test(text);
}

/**
 * A day and month before a dated day, joined to it, take its year: "April 1 and June 24, 2022", "1.
 * April und 24. Juni 2022", "1 de abril y 24 de junio de 2022". Offsets are relative to the end of `before`.
 */
const DAY_WITHOUT_YEAR =
  /(?<![\p{L}\d])(\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:er|\.)?\s+(?:de\s+)?\p{L}{3,}\.?)\s*(?:,\s*)?(?:and|&|y|e|et|und|и)\s+$/u;
/** The same with months: "in August and October 2017", "en agosto y octubre de 2017". */
const MONTH_WITHOUT_YEAR = /(?<![\p{L}\d])(\p{L}{3,}\.?)\s*(?:,\s*)?(?:and|&|y|e|et|und|и)\s+$/u;
function sharedYearDay(before: string, date: string): FoundDate | undefined {
  const days = /^\d{4}-\d{2}-\d{2}$/.test(date);
  if (!days && !/^\d{4}-\d{2}$/.test(date)) return undefined;
  const m = (days ? DAY_WITHOUT_YEAR : MONTH_WITHOUT_YEAR).exec(before);
  if (!m) return undefined;
  const found = findDate(`${m[1]} ${date.slice(0, 4)}`);
  if (!found || found.start !== 0 || found.date.length !== date.length) return undefined;
  return { date: found.date, start: m.index - before.length, end: m.index + m[1]!.length - before.length };
}

export interface TimeFigure {
  start: number;
  end: number;
  value: number;
  unit: 'months' | 'ratio';
  /** A ratio read from a risk reduction in percent: the percent the page wrote. */
  riskReduction?: number;
}

/** Month words: "months", "meses", "mois", "Monate", "месяца", "мес.", "个月", "か月", "개월". */
const MONTH_UNIT = String.raw`(?:months?|mos?\.?|meses|mois|Monat(?:e|en)?|месяц\p{L}*|мес\.?|个月|個月|か月|カ月|ヶ月|ケ月|개월)(?![a-zA-Z\u00C0-\u024F\u0400-\u04FF\d-])`;
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d+)?)`;
const MONTHS_FIGURE = new RegExp(
  String.raw`(?<![a-zA-Z\u00C0-\u024F\u0400-\u04FF\d.,])${NUMBER}\s*(?:-\s*)?${MONTH_UNIT}`,
  'giu',
);
/**
 * Words that set a second figure against the first: "8.3 vs 2.0 months", "3,25 gegenüber 1,77 Monaten";
 * the posters' bare "v" ("8.3 v 2.0 months") stands only between two figures here.
 */
const VERSUS = String.raw`(?:vs\.?|v\.?(?=\s)|versus|compared with|against|frente a|contra|contre|gegenüber|statt|anstatt|против|对比|相比|対|대)`;
const SHARED_UNIT = new RegExp(
  String.raw`(?<![a-zA-Z\u00C0-\u024F\u0400-\u04FF\d.,])${NUMBER}\s*${VERSUS}\s*\d{1,3}(?:[.,]\d+)?\s*${MONTH_UNIT}`,
  'giu',
);
/**
 * "HR 0.26", "hazard ratio of 0.49", "HR 0,40", "ハザード比0.49", "위험비 0.40", "风险比（HR）为0.37",
 * "отношение рисков — 0,49", "ОР 0,37"; with the endpoint between ("hazard ratio for progression or
 * death 0.26", "HR de progresión 0,26") and the languages' "of" or copula ("Hazard Ratio von 0,26", "das
 * Hazard Ratio lag bei 0,26", "風險比是0.26").
 */
const HR_FIGURE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:HR|hazard[- ]ratio|razón de riesgos?|raz(?:ão|ao) de risco|rapport de risque|отношение рисков(?: [\p{L}]+){0,4}|ОР)(?![a-zA-Z\u00C0-\u024F\u0400-\u04FF])|ハザード比|위험비|风险比|風險比)\s*(?:[（(]HR[)）])?(?:\s+(?:for|de|del|da|do|für|pour|des|по|для)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)?\s*(?:[:=,：—–-]|of|was|de|von|is|était|era|foi|fue|lag bei|liegt bei|betrug|beträgt|составил[оа]?|是|为|為|は|이|는)?\s*(\d(?:[.,]\d+)?)(?![\d])`,
  'giu',
);
/**
 * A risk reduction in percent is a hazard ratio in other words: "redujo el riesgo de progresión o
 * muerte en un 74 %" (HR 0.26), "Das Risiko … sank um 60 Prozent" (HR 0.40), "风险下降约63%".
 */
const RISK_WORD = String.raw`(?:(?<![\p{L}])(?:risk|riesgo|risco|risque|Risiko|риск\p{L}*)|风险|風險|リスク|위험)`;
const REDUCED = String.raw`(?:(?<![\p{L}])(?:reduc\p{L}*|reduz\p{L}*|redujo|reducción|redução|réduit|réduction|diminu\p{L}*|fell|dropped|cayó|bajó|caiu|baixou|chuté|baissé|sank|senkt\p{L}*|verringert\p{L}*|gesenkt|fiel|снизи\p{L}*|сниж\p{L}*|упал\p{L}*)|降低|下降|減少|减少|低下|감소)`;
/** "lower" after a risk's percentage: "84 % menor", "74 % niedriger", "ниже на", "74% 낮췄다", "74%低下". */
const LOWER = String.raw`(?:(?:lower|less|smaller|menor|inferior|más bajo|mais baixo|niedriger|geringer|kleiner|plus faible|moins élevé|plus bas|ниже|меньше)(?![\p{L}])|낮[추췄춘춰]|줄[였이여]|감소|低下|減少|减少|降低|下降)`;
const PERCENT_OF = String.raw`${NUMBER}\s*(?:%|％|Prozent|por ciento|pour cent|por cento|процент\p{L}*)`;
const RISK_REDUCTION = [
  // "the risk … fell by 60 percent", "风险下降约63%".
  new RegExp(String.raw`${RISK_WORD}[^.;!?。；]{0,60}?${REDUCED}[^.;!?。；\d]{0,30}?${PERCENT_OF}`, 'giu'),
  // "redujo el riesgo de progresión o muerte en un 74 %", "senkte in CARTITUDE-4 das Risiko … um 74 %"
  // (a trial's name, digits and all, may stand between the verb and the risk).
  new RegExp(String.raw`${REDUCED}[^.;!?。；]{0,30}?${RISK_WORD}[^.;!?。；\d]{0,50}?${PERCENT_OF}`, 'giu'),
  // "the risk … was 84 % lower", "o risco … foi 84 % menor", "das Risiko war 74 % niedriger".
  new RegExp(String.raw`${RISK_WORD}[^.;!?。；\d]{0,80}?${PERCENT_OF}\s*${LOWER}`, 'giu'),
  // "a 74% lower risk of progression", "a 74% reduction in the risk", "une réduction de 74 % du risque".
  new RegExp(
    String.raw`${PERCENT_OF}\s+(?:${LOWER}|reduction in|(?:de\s+)?(?:reducción|redução|réduction|Reduktion|снижение)\s+(?:del|do|de|du|des))\s+(?:the\s+|das\s+|o\s+)?${RISK_WORD}`,
    'giu',
  ),
  // "redujo en 74 % el riesgo de progresión", "senkte um 60 % das Risiko": the figure before the risk.
  new RegExp(
    String.raw`${REDUCED}\s+(?:(?:en|em|um|de|by|of|на)\s+(?:(?:un|uma?)\s+)?)?${PERCENT_OF}\s+(?:\p{L}+\s+)?${RISK_WORD}`,
    'giu',
  ),
];

/** A word every RISK_REDUCTION pattern needs: most sentences name no risk, and skip the patterns. */
const RISK_GATE = /risk|riesgo|risco|risque|Risiko|риск|风险|風險|リスク|위험/i;

/**
 * Each risk reduction the text states, with the percent it gives: a hazard ratio for findTimeFigures,
 * and a percentage that is no response rate for the response rule.
 */
export function findRiskReductions(text: string): Array<{ start: number; end: number; percent: number }> {
  const out: Array<{ start: number; end: number; percent: number }> = [];
  if (!RISK_GATE.test(text)) return out;
  for (const re of RISK_REDUCTION) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      out.push({ start: m.index, end: m.index + m[0].length, percent: decimal(m[1] ?? '') });
  }
  return out;
}

/** Durations ("13.3 months") and hazard ratios ("HR 0.26", "hazard ratio of 0.49"). */
export function findTimeFigures(text: string): TimeFigure[] {
  const out: TimeFigure[] = [];
  MONTHS_FIGURE.lastIndex = 0;
  for (let m = MONTHS_FIGURE.exec(text); m; m = MONTHS_FIGURE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: decimal(m[1] ?? ''), unit: 'months' });
  }
  // "8.3 vs 2.0 months": the unit written once covers the figure before "vs" too.
  SHARED_UNIT.lastIndex = 0;
  for (let m = SHARED_UNIT.exec(text); m; m = SHARED_UNIT.exec(text)) {
    const start = m.index;
    if (start > 0 && /[\d.,]/.test(text[start - 1] ?? '')) continue;
    if (out.some((f) => f.start === start)) continue;
    out.push({ start, end: start + (m[1] ?? '').length, value: decimal(m[1] ?? ''), unit: 'months' });
  }
  HR_FIGURE.lastIndex = 0;
  for (let m = HR_FIGURE.exec(text); m; m = HR_FIGURE.exec(text)) {
    const v = decimal(m[1] ?? '');
    if (v > 0 && v < 3) out.push({ start: m.index, end: m.index + m[0].length, value: v, unit: 'ratio' });
  }
  for (const { start, end, percent: p } of findRiskReductions(text)) {
    // The hazard ratio the page also gives ("… 74 % (HR 0,26)") is the same figure.
    if (out.some((f) => f.unit === 'ratio' && f.start < end + 12 && f.start >= start)) continue;
    if (p > 0 && p < 100)
      out.push({ start, end, value: Math.round(100 - p) / 100, unit: 'ratio', riskReduction: p });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Text right before a figure saying it is the comparison arm: "vs 4.4 months", "compared with 22%". */
export const COMPARISON_BEFORE =
  /(?:\bvs\.?|(?<=\d\s?%?\s?(?:months?\s)?)v\.?(?=\s)|\bversus|\bcompared (?:with|to)|\bagainst|\bthan|\bfrente a|\bcomparado con|(?<![\p{L}])(?:contra|contre|gegenüber|statt|anstatt|im Vergleich zu|verglichen mit|против|em comparação com|comparado com)|(?<![\p{L}])(?:(?:mit |con |com |avec |sous |при )?(?:der |el |la |le |o |a )?(?:bisherigen |)?(?:Standardtherapie|Standardbehandlung|tratamiento estándar|tratamento padrão|traitement standard|bras standard|стандартн\p{L}* терапи\p{L}*|(?:Standard|Kontroll|Vergleichs)(?:arm|gruppe)|(?:standard|control|comparator)\s+(?:arm|group)|(?:brazo|grupo|braço|bras|groupe)\s+(?:de\s+)?(?:control|controle|contrôle|estándar|padrão|comparador|comparateur|témoin)|контрольн\p{L}*\s+(?:групп|рук)\p{L}*)(?:\s+\p{L}+)?)|(?:(?:标准|標準)(?:治疗|治療|方案|疗法|療法)(?:组|組|群)?|对照组|對照組|対照群|대조군|표준\s?(?:치료|요법)군?)[^，。；,;、\d]{0,10}|(?<=\d\s?(?:か月|カ月|ヶ月|개월|个月|個月))\s*(?:対|对|對)|(?<=\d\s?(?:か月|カ月|ヶ月|개월|个月))\s*대)\s*[(（]?\s*(?:[\p{L}\w-]+\s+){0,2}$/iu;
