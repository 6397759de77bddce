// Proportions written in words: "about half", "two-thirds", "nine in ten", "~1 in 3", "8 out of
// 10", 八成, 三分之二, 半数, 8割, "la mitad", "die Hälfte", "la moitié", "metade", "две трети".
// Words are approximate by nature, so each is a range three points either side of its value; the
// verifier's usual two-point tolerance applies on top ("about half" agrees with 45-55%).
import type { Percent } from './patterns';

/** How far either side of its exact value a proportion in words reaches. */
const WORD_SPREAD = 3;

const SMALL: Readonly<Record<string, number>> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  ein: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  um: 1,
  dois: 2,
  duas: 2,
  две: 2,
  три: 3,
  одна: 1,
};
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tercio: 3,
  tercios: 3,
  cuarto: 4,
  cuartos: 4,
  tiers: 3,
  quart: 4,
  quarts: 4,
  drittel: 3,
  viertel: 4,
  terço: 3,
  terços: 3,
  трети: 3,
  треть: 3,
  четверти: 4,
  четверть: 4,
};
/** Chinese and Japanese digits for 成 (tenths) and 割 (tenths), and fractions 分之. */
export const CJK_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

const APPROX = String.raw`(?:(?:about|around|roughly|nearly|almost|approximately|some|~|≈|aproximadamente|casi|cerca de|etwa|rund|fast|environ|près de|presque|cerca de|quase|около|почти|примерно)\s+|(?:约|約|大约|大約|大概|将近|將近|接近|(?<!最)近|およそ|ほぼ|약|거의)\s*)`;
const MORE = String.raw`(?:(?:more than|over|above|greater than|más de|mehr als|über|plus de|mais de|более|больше)\s+|(?:超过|超過|逾)\s*)`;
/** "九成以上", "8割以上", "9할 이상": more than the figure, said after it. */
const MORE_AFTER = /^\s*(?:以上|이상)/u;
/** Less than the figure: "less than half", "不到三成", "不足一半", and after it "三成以下", "5割未満", "절반 미만". */
const LESS = String.raw`(?:(?:less than|fewer than|under|menos de|menos del|weniger als|moins de|menos que|менее|меньше)\s+|(?:不到|不足|未满|未滿)\s*)`;
const LESS_AFTER = /^\s*(?:以下|未満|미만|이하)/u;

interface Reader {
  re: RegExp;
  value: (m: RegExpExecArray) => number | undefined;
}

const number = (w: string | undefined): number | undefined => {
  if (!w) return undefined;
  if (/^\d+$/.test(w)) return Number(w);
  return SMALL[w.toLowerCase()];
};

const READERS: readonly Reader[] = [
  // "half of the patients", "la mitad", "die Hälfte", "la moitié", "metade", "половина", 一半, 半数
  {
    re: /(?<![\p{L}]|first |second |the )(?:half|la mitad|die Hälfte|la moitié|a metade|metade|половин\p{L}*)(?![\p{L}-])(?!\s+(?:of\s+)?(?:the\s+)?(?:year|decade|century|a (?:dozen|million)|20\d\d|life))|一半|半数|过半/giu,
    value: () => 50,
  },
  // "two-thirds", "one third", "three quarters", "dos tercios", "zwei Drittel", "deux tiers", "две трети"
  {
    re: /(?<![\p{L}])(one|a|two|three|four|uno|un|dos|tres|une|deux|trois|ein|eine|zwei|drei|um|dois|duas|одна|две|три)[\s-](half|halves|thirds?|quarters?|fifths?|tercios?|cuartos?|tiers|quarts?|Drittel|Viertel|terços?|трети|треть|четверти|четверть)(?![\p{L}-])(?!\s+(?:[\w-]+\s+)?(?:line|lines|dose|doses|time|round|generation|party|phase|trimester|relapse))/giu,
    value: (m) => {
      const n = number(m[1]);
      const d = DENOMINATORS[(m[2] ?? '').toLowerCase()];
      return n && d && n < d ? (100 * n) / d : undefined;
    },
  },
  // Russian writes a fraction of one without "one": "у трети пациентов", "четверть больных".
  {
    re: /(?<![\p{L}]|(?:одна|две|три)\s)(треть|трети|четверть|четверти)(?![\p{L}-])/giu,
    value: (m) => (/^тр/iu.test(m[1] ?? '') ? 100 / 3 : 25),
  },
  // "nine in ten", "8 out of 10", "97 in every 100", "1 in 3", "nueve de cada diez", "neun von zehn"
  {
    // Also "8 em cada 10", "neuf sur dix", "8 из 10".
    re: /(?<![\p{L}\d])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|um|uma|dois|duas|três|quatro|sete|oito|nove|un|une|deux|trois|quatre|cinq|sept|huit|neuf|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|одного|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|двое|трое|четверо|пятеро)\s+(?:(?:patients?|persons?|people|adults?|children|pacientes?|personas?|Patient(?:en|innen)?|Menschen|doentes?|pessoas?|malades?|personnes?|пациент\p{L}*|больн\p{L}*|человек)\s+)?(?:in(?: every)?|out of(?: every)?|of every|de cada|von|em cada|de cada|sur|из)\s+(\d{1,3}|two|three|four|five|ten|tres|cuatro|cinco|diez|drei|vier|fünf|zehn|três|quatro|dez|trois|quatre|cinq|dix|десяти|десять|трёх|трех|четырёх|четырех|пяти)(?![\p{L}\d])/giu,
    value: (m) => {
      const words: Record<string, number> = {
        cuatro: 4,
        cinco: 5,
        seis: 6,
        siete: 7,
        ocho: 8,
        nueve: 9,
        diez: 10,
        vier: 4,
        fünf: 5,
        sechs: 6,
        sieben: 7,
        acht: 8,
        neun: 9,
        zehn: 10,
        três: 3,
        quatro: 4,
        sete: 7,
        oito: 8,
        nove: 9,
        dez: 10,
        trois: 3,
        quatre: 4,
        cinq: 5,
        sept: 7,
        huit: 8,
        neuf: 9,
        dix: 10,
        один: 1,
        одна: 1,
        два: 2,
        две: 2,
        три: 3,
        четыре: 4,
        пять: 5,
        шесть: 6,
        семь: 7,
        восемь: 8,
        девять: 9,
        десять: 10,
        десяти: 10,
        // Russian counts after "у" and collective numerals: "у восьми из десяти", "трое из четырёх".
        одного: 1,
        двух: 2,
        трёх: 3,
        трех: 3,
        четырёх: 4,
        четырех: 4,
        пяти: 5,
        шести: 6,
        семи: 7,
        восьми: 8,
        девяти: 9,
        двое: 2,
        трое: 3,
        четверо: 4,
        пятеро: 5,
        six: 6,
        seven: 7,
        eight: 8,
        nine: 9,
        ten: 10,
        five: 5,
      };
      const read = (w: string | undefined) => number(w) ?? (w ? words[w.toLowerCase()] : undefined);
      const n = read(m[1]);
      const d = read(m[2]);
      return n !== undefined && d && n < d ? (100 * n) / d : undefined;
    },
  },
  // "jeder dritte Patient", "jede zweite Patientin": German says one in n with an ordinal.
  {
    // Not an event counted ("jeder dritte Patient erlitt einen Rückfall").
    re: /(?<![\p{L}])jede[rs]?\s+(zweite|dritte|vierte|fünfte|zehnte)(?![\p{L}])(?![^.;,]{0,60}(?:Rückfall|Rezidiv|erlitt|starb|verstarb|Nebenwirkung|CRS|Infektion|Neurotox))/giu,
    value: (m) => {
      const d = { zweite: 2, dritte: 3, vierte: 4, fünfte: 5, zehnte: 10 }[
        (m[1] ?? '').toLowerCase() as 'zweite'
      ];
      return d ? 100 / d : undefined;
    },
  },
  // "10명 중 8명", "10人中8人", "10人に8人", "每10人中有8人": the whole first, the part second.
  {
    re: /(\d{1,2})\s*(?:명|人|名)\s*(?:중|中|のうち|に|里)\s*(?:有\s*)?(\d{1,2})\s*(?:명|人|名)/gu,
    value: (m) => {
      const d = Number(m[1]);
      const n = Number(m[2]);
      return d && n < d ? (100 * n) / d : undefined;
    },
  },
  // 八成, 8割, 三分之二; a second digit for the hundredths: 九成六 (96%), 8割5分 (85%); 七成半 (75%).
  {
    re: /([一二两三四五六七八九]|\d)\s*(?:成([一二三四五六七八九半](?![十百千万成]))?|割(?:([一二三四五六七八九]|\d)分)?)(?![本功员])|([一二三四五六七八九十])分之([一二三四五六七八九])/gu,
    value: (m) => {
      if (m[4] && m[5]) {
        const d = CJK_DIGITS[m[4]];
        const n = CJK_DIGITS[m[5]];
        return d && n && n < d ? (100 * n) / d : undefined;
      }
      const digit = (x: string | undefined) =>
        x === undefined ? 0 : x === '半' ? 5 : /\d/.test(x) ? Number(x) : (CJK_DIGITS[x] ?? 0);
      const t = digit(m[1]);
      return t && t < 10 ? t * 10 + digit(m[2] ?? m[3]) : undefined;
    },
  },
];

const APPROX_BEFORE = new RegExp(`${APPROX}$`, 'iu');
const MORE_BEFORE = new RegExp(`${MORE}$`, 'iu');
const LESS_BEFORE = new RegExp(`${LESS}$`, 'iu');

/** Proportions in words, as percentages with a range; never overlapping a figure in digits. */
export function findWordFigures(text: string, digits: readonly Percent[]): Percent[] {
  const out: Percent[] = [];
  for (const { re, value } of READERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = value(m);
      if (v === undefined) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (
        digits.some((p) => p.start < end && start < p.end) ||
        out.some((p) => p.start < end && start < p.end)
      )
        continue;
      // "About one in three patients responded, 31.5% in …": the words and the digits are one
      // figure said twice; the digits are the claim.
      if (digits.some((p) => restates(p, start, end, v))) continue;
      const before = text.slice(Math.max(0, start - 20), start);
      const rounded = Math.round(v * 10) / 10;
      if (MORE_BEFORE.test(before) || MORE_AFTER.test(text.slice(end, end + 4))) {
        out.push({ start, end, value: rounded, comparator: '>' });
        continue;
      }
      if (LESS_BEFORE.test(before) || LESS_AFTER.test(text.slice(end, end + 4))) {
        out.push({ start, end, value: rounded, comparator: '<' });
        continue;
      }
      out.push({
        start,
        end,
        value: rounded,
        low: Math.max(0, Math.round(v - WORD_SPREAD)),
        high: Math.min(100, Math.round(v + WORD_SPREAD)),
        comparator: APPROX_BEFORE.test(before) ? '~' : '=',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How far apart (in characters) a figure in words and its digits may stand and still be one figure. */
const RESTATED_WITHIN = 40;

function restates(p: Percent, start: number, end: number, value: number): boolean {
  const near = Math.min(Math.abs(p.start - end), Math.abs(start - p.end)) <= RESTATED_WITHIN;
  return near && Math.abs(p.value - value) <= WORD_SPREAD;
}
