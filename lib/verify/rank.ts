// "The first CAR-T approved by the FDA", "the only approved TCR therapy": checked against every
// product of that kind in the dataset (kind, target named in the class, regulator, disease), by
// the date of each product's first approval there. Only classes the dataset covers completely
// reach here (lib/verify/scope.ts); a class it reads only in part is left alone.
import type { Dataset, Indication, Product, RecordedFirst, Regulator } from '../dataset/schema';
import type { DatasetIndex } from '../match/dataset-index';
import { covers as conditionCovers } from '../dataset/conditions';
import { displayName } from './format';
import { regulatorParam } from './explain/facts';
import { date, optional, part } from './explain/part';
import type { ExplanationPart } from '../explanation-types';

export interface RankQuery {
  firstOf: string;
  rank: 'first' | 'only';
  /** Its place when not the first: 2 for "the second CAR-T". */
  place?: number;
  regulator?: Regulator;
  /** "in Asia", "in Europe": the regulators of that region. */
  region?: string;
  /** "for a solid tumor": uses in that condition category. */
  category?: 'solid' | 'hematologic';
  conditionId?: string;
}

/** Regulators whose decisions make up a region's; codes the dataset may not hold are harmless. */
const REGION_REGULATORS: Readonly<Record<string, readonly string[]>> = {
  asia: ['PMDA', 'NMPA', 'CDSCO', 'HSA', 'MFDS'],
  europe: ['EMA', 'MHRA', 'SWISSMEDIC'],
};

/** The modality a class names, when it names exactly one ("CAR-T", "TIL"); gene therapy spans several. */
export function modalityOf(cls: string): Product['modality'] | undefined {
  if (/\bCAR[- ]?T/i.test(cls)) return 'car-t';
  if (/\bTCR\b|\bTCR-T|T[- ]cell receptor/i.test(cls)) return 'tcr-t';
  if (/\bTIL\b|tumou?r[- ]infiltrating/i.test(cls)) return 'til';
  if (/oncolytic/i.test(cls)) return 'oncolytic-virus';
  return undefined;
}

/** Kinds a class names; gene therapy spans every gene-modified kind. */
function kindsOf(cls: string): ((p: Product) => boolean) | undefined {
  if (/\bCAR[- ]?T/i.test(cls)) return (p) => p.modality === 'car-t';
  if (/\bTCR\b|\bTCR-T|T[- ]cell receptor/i.test(cls)) return (p) => p.modality === 'tcr-t';
  if (/\bTIL\b|tumou?r[- ]infiltrating/i.test(cls)) return (p) => p.modality === 'til';
  if (/oncolytic/i.test(cls)) return (p) => p.modality === 'oncolytic-virus';
  if (/\bgene\s*therap/i.test(cls)) return (p) => p.modality !== 'til';
  return undefined;
}

/** Dataset targets the class names ("BCMA CAR-T", "CD19-directed"). */
function targetsOf(ds: Dataset, cls: string): string[] {
  const words = cls.toLowerCase();
  return ds.targets
    .filter((t) =>
      [t.label, t.id, ...t.aliases].some(
        (n) =>
          n.length >= 3 &&
          new RegExp(
            `(?:^|[^a-z0-9])${n.toLowerCase().replace(/[^a-z0-9]/g, '[^a-z0-9]?')}(?:$|[^a-z0-9])`,
          ).test(words),
      ),
    )
    .map((t) => t.id);
}

/**
 * The product's first approval within the class's scope. For the product the page ranks, a broader
 * approval counts ("B-cell lymphoma" covers MZL); for the others only one inside the disease named
 * does, since a broad label is no proof they were approved for that disease.
 */
function firstDate(
  ds: DatasetIndex,
  p: Product,
  q: RankQuery,
  broaderCounts: boolean,
): Indication | undefined {
  const qualifying = p.indications.filter(
    (i) =>
      i.status !== 'withdrawn' &&
      i.regulator !== 'OTHER' &&
      (!q.regulator || i.regulator === q.regulator) &&
      (!q.region || (REGION_REGULATORS[q.region] ?? []).includes(i.regulator)) &&
      (!q.category || ds.conditions.find((c) => c.id === i.conditionId)?.category === q.category) &&
      (!q.conditionId ||
        conditionCovers(ds, q.conditionId, i.conditionId) ||
        (broaderCounts && conditionCovers(ds, i.conditionId, q.conditionId))),
  );
  return qualifying.sort((a, b) => (a.date < b.date ? -1 : 1))[0];
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
function numberWord(w: string): number | undefined {
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()];
}

/** Earlier at the precision both dates have ("2021-03" vs "2021": not earlier). */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * A conflict with the dataset ("Kymriah was approved earlier (FDA, 30 Aug 2017; …)"), or undefined
 * when the ranking holds or the class cannot be read.
 */
export function rankConflict(ds: DatasetIndex, product: Product, q: RankQuery): ExplanationPart | undefined {
  // "the first two FDA-approved CAR-T therapies": the product must be among the first N.
  const among = /^(two|three|four|five|\d+)\b/i.exec(q.firstOf);
  const places = among ? (numberWord(among[1]!) ?? 1) : 1;
  const ranked = classOf(ds, product, q);
  if (!ranked) return undefined;
  const { inClass, own } = ranked;
  const where = optional(
    q.regulator ? part('rank.by', { regulator: regulatorParam(q.regulator) }) : undefined,
  );
  // "The second CAR-T": wrong when at least that many came before it.
  if (q.place !== undefined && q.place > 1) {
    const before = rivalsBefore(ds, product, q, inClass, own);
    const last = before[before.length - 1];
    return before.length >= q.place && last
      ? part('rank.earlierMany', { ...last, count: before.length })
      : undefined;
  }
  let earlier = 0;
  for (const other of ds.products) {
    if (other.id === product.id || other.status !== 'approved' || !inClass(other)) continue;
    const theirs = firstDate(ds, other, q, false);
    if (!theirs) continue;
    const rival = {
      product: displayName(other),
      regulator: regulatorParam(theirs.regulator),
      date: date(theirs.date),
    };
    if (q.rank === 'only') return part('rank.alsoApproved', { ...rival, class: q.firstOf, where });
    if (before(theirs.date, own.date) && (earlier += 1) >= places) {
      if (places > 1) return part('rank.earlierMany', { ...rival, count: earlier });
      return part('rank.earlier', { ...rival, ownDate: date(own.date) });
    }
  }
  return undefined;
}

interface Rival {
  product: string;
  regulator: ReturnType<typeof regulatorParam>;
  date: ReturnType<typeof date>;
}

/** Products of the class first approved (within the ranking's scope) before this one, earliest first. */
function rivalsBefore(
  ds: DatasetIndex,
  product: Product,
  q: RankQuery,
  inClass: (p: Product) => boolean,
  own: Indication,
): Rival[] {
  const found: Array<Rival & { at: string }> = [];
  for (const other of ds.products) {
    if (other.id === product.id || other.status !== 'approved' || !inClass(other)) continue;
    const theirs = firstDate(ds, other, q, false);
    if (!theirs || !before(theirs.date, own.date)) continue;
    found.push({
      at: theirs.date,
      product: displayName(other),
      regulator: regulatorParam(theirs.regulator),
      date: date(theirs.date),
    });
  }
  return found.sort((a, b) => (a.at < b.at ? -1 : 1)).map(({ at: _at, ...r }) => r);
}

/** How many products of the class the records show approved before this one, if the class is read. */
export function earlierInClass(ds: DatasetIndex, product: Product, q: RankQuery): number | undefined {
  const ranked = classOf(ds, product, q);
  return ranked ? rivalsBefore(ds, product, q, ranked.inClass, ranked.own).length : undefined;
}

/**
 * The class a ranking names (its kind and the targets it names) and the product's own first approval
 * within the ranking's scope; undefined when the class is unread or the product is not in it.
 */
function classOf(
  ds: DatasetIndex,
  product: Product,
  q: RankQuery,
): { inClass: (p: Product) => boolean; own: Indication } | undefined {
  const kind = kindsOf(q.firstOf);
  if (!kind) return undefined;
  const targets = targetsOf(ds, q.firstOf);
  const inClass = (p: Product): boolean => kind(p) && targets.every((t) => p.targets.includes(t));
  if (!inClass(product)) return undefined;
  const own = firstDate(ds, product, q, true);
  return own ? { inClass, own } : undefined;
}

/** The kind a class names, gene therapy included: what a recorded ranking and a page's must share. */
function classKey(cls: string): string | undefined {
  return modalityOf(cls) ?? (/\bgene\s*therap/i.test(cls) ? 'gene-therapy' : undefined);
}

/**
 * A ranking the product's sources state that a page's "first" is: the same class, the record's limit
 * named on the page (its words, or a disease within the record's), and the same place (a worldwide
 * first holds within a regulator only where that regulator approved the product first). Positive
 * evidence only: a page's ranking no record states stays unconfirmed, never "differs".
 */
export function recordedFirst(
  ds: DatasetIndex,
  product: Product,
  q: RankQuery,
  text: string,
): RecordedFirst | undefined {
  if (q.rank !== 'first' || (q.place ?? 1) > 1) return undefined;
  const kind = classKey(q.firstOf);
  if (kind === undefined) return undefined;
  const earliest = product.indications
    .filter((i) => i.regulator !== 'OTHER')
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  return (product.firsts ?? []).find((f) => {
    if (classKey(f.class) !== kind) return false;
    const limited =
      new RegExp(f.limit, 'iu').test(text) ||
      (f.conditionId !== undefined &&
        q.conditionId !== undefined &&
        conditionCovers(ds, f.conditionId, q.conditionId));
    if (!limited) return false;
    if (q.regulator === undefined) return f.regulator === undefined;
    return f.regulator === q.regulator || (f.regulator === undefined && earliest?.regulator === q.regulator);
  });
}
