// Plain words for dataset entries: product names, and the labels of the References a verdict was
// compared with (English; a figure's label is rendered from the same templates as explanations).
import type { Dataset, Figure, Indication, Product, Source } from '../dataset/schema';
import { conditionName } from './lookup';
import { REGULATOR_LABEL } from '../match/regulators';
import type { Reference } from '../schema';
import { EXPLAIN_EN } from './explain/en';
import { figureItem } from './explain/facts';
import { formatDate, renderEnglish } from './explain/render';

/** "Kymriah (tisagenlecleucel)"; the INN or the id when there is no brand. */
export function displayName(p: Product): string {
  const brand = p.names.brands[0]?.name;
  const inn = p.names.inn;
  if (brand && inn) return `${brand} (${inn})`;
  return brand ?? inn ?? p.names.codes[0] ?? p.id;
}

/** The name used mid-sentence: the INN, else the brand. */
export function shortName(p: Product): string {
  return p.names.inn ?? p.names.brands[0]?.name ?? p.names.codes[0] ?? p.id;
}

// A label depends only on its dataset entry and the product or dataset it is written for, and every
// claim about a product lists the same ones: each is written once per entry (and owner).
const labels = new WeakMap<object, [owner: object, label: string]>();

function cachedLabel(owner: object, entry: object, write: () => string): string {
  const hit = labels.get(entry);
  if (hit?.[0] === owner) return hit[1];
  const label = write();
  labels.set(entry, [owner, label]);
  return label;
}

/** "FDA label: ORR 72%, ZUMA-1, n=101" (+ the citation for publications). */
export function figureLabel(f: Figure, p: Product): string {
  return renderEnglish([figureItem(f, p)]);
}

/** "FDA, 30 Aug 2017: B-cell acute lymphoblastic leukaemia, patients up to 25 years of age" */
export function indicationLabel(ds: Dataset, ind: Indication): string {
  const status =
    ind.status === 'superseded' ? ' (superseded)' : ind.status === 'withdrawn' ? ' (withdrawn)' : '';
  const line = ind.line.minPriorLines !== undefined ? `, after ≥${ind.line.minPriorLines} prior lines` : '';
  const unconfirmed = ind.confidence === 'unconfirmed' ? EXPLAIN_EN.unconfirmed : '';
  return `${REGULATOR_LABEL[ind.regulator]}, ${formatDate(ind.date)}${status}: ${conditionName(ds, ind.conditionId)}, ${ind.population.text}${line}${unconfirmed}`;
}

export function pickSource(sources: readonly Source[]): Reference['source'] {
  const s = sources.find((x) => !x.secondary) ?? sources[0];
  return s ? { url: s.url, title: s.title, asOf: s.asOf } : null;
}

export function figureReference(f: Figure, p: Product): Reference {
  return {
    kind: 'figure',
    id: f.id,
    productId: p.id,
    label: cachedLabel(p, f, () => figureLabel(f, p)),
    source: pickSource([f.source]),
    confidence: f.confidence,
  };
}

export function indicationReference(ds: Dataset, ind: Indication, p: Product): Reference {
  return {
    kind: 'indication',
    id: ind.id,
    productId: p.id,
    label: cachedLabel(ds, ind, () => indicationLabel(ds, ind)),
    source: pickSource(ind.sources),
    confidence: ind.confidence,
  };
}

export function productReference(p: Product, label: string): Reference {
  return {
    kind: 'product',
    id: p.id,
    productId: p.id,
    label,
    source: pickSource(p.sources),
    confidence: 'confirmed',
  };
}
