// Landmark survival rates: the share of patients alive, or alive without an event or progression, at a
// time point ("2-year EFS 41% vs 16%", "2년 무사건 생존율 41%", "兩年無事件存活41%對16%", "1年生存割合が
// 84.2%"). A rate at a time, not a best response and not a median: the response rule reports it with
// its time point, and verify compares it only with a recorded rate of the same measure at that time.

import { numberFrom } from './patterns';

/** The three measures, each with its words in the languages pages use; the first found names the rate. */
const MEASURES: ReadonlyArray<readonly ['EFS rate' | 'PFS rate' | 'OS rate', RegExp]> = [
  [
    'EFS rate',
    /event[- ]free|(?<![\p{L}])EFS(?![\p{L}])|(?:sin|sem|sans|ohne)\s+(?:eventos|événements?|evento|Ereignis)|libre de eventos|livre de eventos|ereignisfrei\p{L}*|бессобытийн\p{L}*|無イベント|무사건|사건 없이|无事件/iu,
  ],
  [
    'PFS rate',
    /progression[- ]free|(?<![\p{L}])PFS(?![\p{L}])|libre de progresi\p{L}*|livre de progress\p{L}*|sans progression|progressionsfrei\p{L}*|без прогрессирования|無増悪|進行していな|무진행|진행 없이|无进展|无恶化|无疾病进展/iu,
  ],
  [
    'OS rate',
    /overall survival|(?<![\p{L}])OS(?![\p{L}])|(?<![\p{L}])(?:were |was |remained )?alive(?![\p{L}])|survival rate|supervivencia global|sobrevida global|sobreviv[eê]ncia global|survie globale|Gesamt[üu]berleben|общ\p{L}* выживаемост\p{L}*|全生存|生存割合|生存率|生存していた|전체 ?생존|생존율|总生存|总存活|整体存活|存活率/iu,
  ],
];

/** A superset of the measures' words, tested before them. */
const GATE =
  /free|EFS|PFS|OS|alive|surviv|supervivencia|sobrevi|survie|berleben|выживаем|ereignis|progress|evento|événement|無イベント|무사건|사건 없이|无事件|無増悪|進行|무진행|진행 없이|无进展|无恶化|无疾病|全生存|生存|생존|存活|прогрессир|бессобыт/iu;

/** Number words `numberFrom` (patterns.ts) does not know, as the time points below write them. */
const MORE_NUMBERS: Readonly<Record<string, number>> = {
  un: 1,
  um: 1,
  dois: 2,
  deux: 2,
  zwei: 2,
  três: 3,
  trois: 3,
  drei: 3,
  兩: 2,
};

/**
 * A time point: "2-year", "at 24 months", "à 2 ans", "nach 2 Jahren", "через 2 года", "2年", "两年",
 * "24个月", "2년", "24개월". The number, then its unit.
 */
const TIME = new RegExp(
  [
    String.raw`(?<![\p{L}\d.,])(\d{1,2}|one|two|three|four|five|uno?|um|dos|dois|deux|zwei|tres|três|trois|drei)[\s-]*(years?|months?|años?|anos?|ans?|mois|meses|Jahre[ns]?|Jahres|Monate[ns]?|Monats|года?|лет|месяц\p{L}*)(?![\p{L}])`,
    // Not a date's year ("2022年8月", "令和4年"): no digit or era before, no month after.
    String.raw`(?<!\d|令和|平成|昭和)(\d{1,2}|[一二两兩三四五])\s*(年(?!\s*\d{1,2}\s*月|代)|个月|個月|ヶ月|カ月|か月|ヵ月|년(?!\s*\d{1,2}\s*월)|개월)`,
  ].join('|'),
  'iu',
);
/** Global copies, for the last match before a figure. */
const MEASURES_GLOBAL = MEASURES.map(([name, re]) => [name, new RegExp(re.source, `${re.flags}g`)] as const);
const TIME_GLOBAL = new RegExp(TIME.source, `${TIME.flags}g`);
/** A follow-up length, not a landmark: "median follow-up of 24.9 months", "追跡期間", "随访". */
const FOLLOW_UP = /follow|seguimiento|acompanhamento|suivi|Nachbeobachtung|наблюдени|追跡|随访|隨訪|추적/iu;
/** What joins a rate to its comparison arm's: "41% vs 16%", "41% 대 16%", "41%對16%", "41％対16％". */
const ARM_JOINER =
  /^\s*(?:vs\.?|versus|v\.|contre|contra|frente a|gegenüber|против|대|対|对|對|比|,?\s*(?:and|y|e|et|und|и)?\s*(?:the )?(?:standard[- ]care|standard|control)\s*(?:arm|group)?\s*(?:of|with)?|[(（]?\s*(?:標準治療群|标准治疗组|標準治療組|对照组|對照組|対照群|대조군|표준\s?치료군)\s*[:：]?)\s*[(（]?\s*$/iu;

export interface LandmarkRate {
  metric: 'EFS rate' | 'PFS rate' | 'OS rate';
  /** "24 months": years written as months, so "2-year" and "24 months" are one time point. */
  timepoint: string;
}

/**
 * The landmark rate a percentage at `fig` reports, read from its clause: a survival measure and a
 * time point before it (or the time point right after: "41% at 2 years"); undefined when the clause
 * names no such measure or no time point, or the time is a follow-up's length.
 */
export function landmarkRate(text: string, fig: { start: number; end: number }): LandmarkRate | undefined {
  const from = Math.max(
    0,
    text.lastIndexOf(';', fig.start) + 1,
    text.lastIndexOf('。', fig.start) + 1,
    fig.start - 80,
  );
  const before = text.slice(from, fig.start);
  // Most percentages have no survival word before them: the cheap test first.
  if (!GATE.test(before)) return undefined;
  const after = text.slice(fig.end, fig.end + 24).split(/[,;.。，；]/u)[0] ?? '';
  // The measure and the time point nearest the figure: "2-year EFS was 41%, and 3-year overall
  // survival 63%" gives the second figure its own.
  const found = MEASURES_GLOBAL.map(([name, re]) => ({ name, at: lastIndex(before, re) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => b.at - a.at);
  // "무사건 생존율", "无事件存活率": a survival word right after "event-free" is that measure's.
  const qualified = found.find(
    (m) => m.name !== 'OS rate' && found[0] !== undefined && found[0].at - m.at <= 8,
  );
  const measure = (found[0]?.name === 'OS rate' && qualified ? qualified : found[0])?.name;
  if (!measure) return undefined;
  const inBefore = lastMatch(before, TIME_GLOBAL);
  const time = inBefore ?? TIME.exec(after);
  if (!time) return undefined;
  const where = inBefore ? before : after;
  if (FOLLOW_UP.test(where.slice(Math.max(0, time.index - 20), time.index + time[0].length + 30)))
    return undefined;
  const months = monthsOf(time);
  return months === undefined ? undefined : { metric: measure, timepoint: `${months} months` };
}

/** The last match of `global` (a pattern with the g flag) in `text`. */
function lastMatch(text: string, global: RegExp): RegExpExecArray | null {
  global.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    last = m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return last;
}

function lastIndex(text: string, re: RegExp): number {
  return lastMatch(text, re)?.index ?? -1;
}

function monthsOf(m: RegExpExecArray): number | undefined {
  const raw = (m[1] ?? m[3] ?? '').toLowerCase();
  const unit = (m[2] ?? m[4] ?? '').toLowerCase();
  const n = numberFrom(raw) ?? MORE_NUMBERS[raw];
  if (n === undefined) return undefined;
  const years = /^(?:year|año|ano|an|jahr|год|лет|年|년)/u.test(unit);
  return years ? n * 12 : n;
}

/** Whether the words between two rates make the second the comparison arm of the first. */
export function isArmOf(between: string): boolean {
  return ARM_JOINER.test(between);
}

/** A recorded time point ("24 months", "1 year", "30 months") in months, to compare with a page's. */
export function timepointMonths(timepoint: string | undefined): number | undefined {
  if (!timepoint) return undefined;
  const m = /(\d+(?:\.\d+)?)\s*(year|month)/i.exec(timepoint);
  if (!m) return undefined;
  return /year/i.test(m[2]!) ? Number(m[1]) * 12 : Number(m[1]);
}
