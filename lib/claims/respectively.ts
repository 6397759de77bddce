// "Amtagvi and Tecelra were approved by the FDA in 2024, for melanoma and synovial sarcoma,
// respectively", "브레얀지와 아벡마가 미국에서 각각 2021년 2월과 2021년 3월에 허가": a list of products and a
// list of diseases or dates paired in order. Without this reading,
// every product is said to be approved for every disease, and each wrong pairing is a false alarm.
import type { RawClaim, SentenceContext } from './types';
import { findDates } from './patterns';

/** The words that pair two lists in order. Not "each" or "jeweils", which as often mean "both". */
const RESPECTIVELY =
  /(?<![\p{L}])(?:respectively|respectivamente|respetivamente|respectivement|соответственно)(?![\p{L}])|分别|分別|それぞれ|각각/iu;

/**
 * "…, le premier en 2021, le second en 2022", "the former in 2021 and the latter in 2022", "el primero …,
 * el segundo …", "前者…，後者…": an ordinal for the first listed and one for the second pair the lists as
 * "respectively" does.
 */
// Only as pronouns, after a comma or "and" and before a preposition, a date or a comma: "the first CAR-T
// therapies" or "второй линии" pairs nothing.
const PRONOUN_AFTER = String.raw`(?=\s*(?:,|\d|(?:en|in|em|im|no|na|am|on|à|au|в|el|le|a)\s))`;
const FIRST_OF_TWO = new RegExp(
  String.raw`(?:[,;]\s*|(?<![\p{L}])(?:and|et|y|e|und|и)\s+)(?:the former|the first|le premier|la première|el primero|la primera|o primeiro|a primeira|der erste|die erste|первый|первая)${PRONOUN_AFTER}|前者`,
  'iu',
);
const SECOND_OF_TWO = new RegExp(
  String.raw`(?:[,;]\s*|(?<![\p{L}])(?:and|et|y|e|und|и)\s+)(?:the latter|the second|le second|la seconde|le deuxième|la deuxième|el segundo|la segunda|o segundo|a segunda|der zweite|die zweite|второй|вторая)${PRONOUN_AFTER}|後者|后者`,
  'iu',
);
function pairsInOrder(text: string): boolean {
  if (RESPECTIVELY.test(text)) return true;
  const first = FIRST_OF_TWO.exec(text);
  const second = SECOND_OF_TWO.exec(text);
  return first !== null && second !== null && first.index < second.index;
}

type Located = SentenceContext['hits'][number];

/** The diseases a sentence names, outermost, in order, each once ("B-cell lymphoma", not also "lymphoma"). */
function diseasesInOrder(hits: readonly Located[]): Located[] {
  const conditions = hits.filter((h) => h.kind === 'condition').sort((a, b) => a.at - b.at || b.to - a.to);
  const out: Located[] = [];
  for (const h of conditions) {
    const last = out[out.length - 1];
    if (last && h.at < last.to) continue;
    if (out.some((o) => o.id === h.id)) continue;
    out.push(h);
  }
  return out;
}

/**
 * The product each claim of a "respectively" sentence is about, with the disease and the date paired to
 * it; undefined when the sentence pairs neither as many diseases nor as many dates as it lists products.
 * A claim whose words are one of the diseases is about that disease's product only; a claim that names a
 * disease or a date among others (an approval "for melanoma and synovial sarcoma", "in February and
 * March 2021") is made once per product, each with its own.
 */
export function respectivePairs(
  s: SentenceContext,
  raw: RawClaim,
  listed: readonly string[],
): Array<{ productId: string; details: RawClaim['details'] }> | undefined {
  if (listed.length < 2) return undefined;
  if (!pairsInOrder(s.text))
    return datesInOrder(s, raw, listed) ?? diseasesInOrderOf(s, raw, listed) ?? asideDate(s, raw, listed);
  const diseases = diseasesInOrder(s.hits);
  const paired = diseases.length === listed.length;
  const own = paired ? diseases.findIndex((d) => d.at <= raw.start && d.to >= raw.end) : -1;
  if (own >= 0) return [{ productId: listed[own]!, details: raw.details }];
  const details = raw.details as { conditionId?: string | null; date?: string | null };
  const dates = details.date ? findDates(s.text) : [];
  const byDisease = paired && Boolean(details.conditionId);
  const byDate = dates.length === listed.length;
  if (!byDisease && !byDate) return undefined;
  return listed.map((productId, k) => ({
    productId,
    details: {
      ...raw.details,
      ...(byDisease ? { conditionId: diseases[k]!.id } : {}),
      ...(byDate ? { date: dates[k]!.date } : {}),
    } as RawClaim['details'],
  }));
}

/** Two dates joined by "and" alone, nothing else between. */
const DATE_JOIN = /^\s*,?\s*(?:and|&|y|e|et|und|и)?\s*$/iu;
/** Two diseases joined by "and" alone, an article at most between. */
const DISEASE_JOIN =
  /^\s*,?\s*(?:and|y|e|et|und|и)\s+(?:(?:the|el|la|los|las|o|a|os|as|le|les|l['’]|der|die|das|den)\s*)?$/iu;

type Pairs = Array<{ productId: string; details: RawClaim['details'] }> | undefined;

/**
 * "Yescarta and Breyanzi were approved there on April 1 and June 24, 2022", "Tecelra et Amtagvi :
 * autorisés aux États-Unis pour le sarcome synovial et le mélanome": a list of products and a list of as
 * many dates or diseases after them, joined by "and" alone, are paired in order without "respectively";
 * read otherwise, each product takes the other's date or disease.
 */
function datesInOrder(s: SentenceContext, raw: RawClaim, listed: readonly string[]): Pairs {
  if (!(raw.details as { date?: string | null }).date) return undefined;
  const dates = findDates(s.text).map((d) => ({ at: d.start, to: d.end, value: d.date }));
  return inOrder(s, raw, listed, dates, DATE_JOIN, 'date');
}

function diseasesInOrderOf(s: SentenceContext, raw: RawClaim, listed: readonly string[]): Pairs {
  if (!(raw.details as { conditionId?: string | null }).conditionId) return undefined;
  const diseases = diseasesInOrder(s.hits).map((d) => ({ at: d.at, to: d.to, value: d.id }));
  // A claim whose words are one of the diseases is about that disease's product only.
  const own = diseases.findIndex((d) => d.at <= raw.start && d.to >= raw.end);
  const pairs = inOrder(s, raw, listed, diseases, DISEASE_JOIN, 'conditionId');
  return pairs && own >= 0 ? [{ productId: listed[own]!, details: raw.details }] : pairs;
}

/** The products paired with `items` in order, each item's value set as `field` of its claim. */
function inOrder(
  s: SentenceContext,
  raw: RawClaim,
  listed: readonly string[],
  items: ReadonlyArray<{ at: number; to: number; value: string }>,
  join: RegExp,
  field: 'date' | 'conditionId',
): Pairs {
  if (items.length !== listed.length) return undefined;
  for (let k = 1; k < items.length; k++)
    if (!join.test(s.text.slice(items[k - 1]!.to, items[k]!.at))) return undefined;
  const first = items[0]!.at;
  if (!listed.every((id) => s.hits.some((h) => h.kind === 'product' && h.id === id && h.to <= first)))
    return undefined;
  return listed.map((productId, k) => ({
    productId,
    details: { ...raw.details, [field]: items[k]!.value } as RawClaim['details'],
  }));
}

/**
 * "…deux médicaments sont autorisés : Tecartus, depuis septembre 2022, et Aucatzyl", "Kymriah (since
 * 2018) and Yescarta": the sentence's one date, set between commas or in brackets right after one listed
 * name, dates that product alone; the others keep the claim without it.
 */
function asideDate(s: SentenceContext, raw: RawClaim, listed: readonly string[]): Pairs {
  if (!(raw.details as { date?: string | null }).date) return undefined;
  const dates = findDates(s.text);
  if (dates.length !== 1) return undefined;
  const d = dates[0]!;
  if (!ASIDE_CLOSES.test(s.text.slice(d.end))) return undefined;
  const owner = s.hits.filter((h) => h.kind === 'product' && listed.includes(h.id) && h.to <= d.start).pop();
  if (!owner || !ASIDE_OPENS.test(s.text.slice(owner.to, d.start))) return undefined;
  // Another listed name after the aside: the date sits inside the list, not after it.
  if (
    !s.hits.some((h) => h.kind === 'product' && h.id !== owner.id && listed.includes(h.id) && h.at >= d.end)
  )
    return undefined;
  return listed.map((productId) => ({
    productId,
    details: (productId === owner.id ? raw.details : { ...raw.details, date: null }) as RawClaim['details'],
  }));
}
/** Between a name (and its bracketed other name) and the date of its aside: "Tecartus, depuis ", "Kymriah (since ". */
const ASIDE_OPENS =
  /^\s*(?:[(（][^()（）\d]{0,40}[)）]\s*)?[,，(（]\s*(?:(?:since|from|in|depuis|dès|en|desde|em|seit|im|ab|с|в)\s+)?$/iu;
/** After the aside's date: the aside closes before the list goes on. */
const ASIDE_CLOSES = /^\s*(?:г\.|года?)?\s*[,，)）]/u;
