// Plain words for dataset entries: product names, and the labels of the References a verdict was
// compared with (English; a figure's label is rendered from the same templates as explanations).
import type { Dataset, Figure, Indication, Product, Source } from '../dataset/schema';
import type { DatasetLookups } from '../dataset/lookups';
import type { DatasetIndex, ReferenceLabels } from '../match/dataset-index';
import { citedSource } from '../dataset/cited-source';
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

/**
 * Every entry's label, written once when the analysis indexes the dataset (indexDataset): a label
 * depends only on its entry and the product or dataset it is written for, and every claim about a
 * product lists the same ones.
 */
export function referenceLabelsOf(ds: Dataset & DatasetLookups): ReferenceLabels {
  const figures = new Map<Figure, { product: Product; label: string }>();
  const indications = new Map<Indication, string>();
  for (const p of ds.products) {
    // A figure object listed under two products keeps the last: figureReference checks the owner.
    for (const f of p.figures) figures.set(f, { product: p, label: figureLabel(f, p) });
    for (const i of p.indications) indications.set(i, indicationLabel(ds, i));
  }
  return { figures, indications };
}

/** "FDA label: ORR 72%, ZUMA-1, n=101" (+ the citation for publications). */
export function figureLabel(f: Figure, p: Product): string {
  return renderEnglish([figureItem(f, p)]);
}

/** "FDA, 30 Aug 2017: B-cell acute lymphoblastic leukaemia, patients up to 25 years of age" */
export function indicationLabel(ds: Pick<DatasetLookups, 'conditionsById'>, ind: Indication): string {
  const status =
    ind.status === 'superseded' ? ' (superseded)' : ind.status === 'withdrawn' ? ' (withdrawn)' : '';
  const line = ind.line.minPriorLines !== undefined ? `, after ≥${ind.line.minPriorLines} prior lines` : '';
  const unconfirmed = ind.confidence === 'unconfirmed' ? EXPLAIN_EN.unconfirmed : '';
  return `${REGULATOR_LABEL[ind.regulator]}, ${formatDate(ind.date)}${status}: ${conditionName(ds, ind.conditionId)}, ${ind.population.text}${line}${unconfirmed}`;
}

export function pickSource(sources: readonly Source[]): Reference['source'] {
  const s = citedSource(sources);
  // The content script's dataset has neither the cited source's address nor its title
  // (lib/source-titles.ts fills both in the extension's pages).
  return s
    ? { url: (s.url as string | undefined) ?? '', title: (s.title as string | undefined) ?? '', asOf: s.asOf }
    : null;
}

export function figureReference(ds: DatasetIndex, f: Figure, p: Product): Reference {
  const known = ds.referenceLabels.figures.get(f);
  return {
    kind: 'figure',
    id: f.id,
    productId: p.id,
    // A figure shown under another product than its own is described for that product.
    label: known?.product === p ? known.label : figureLabel(f, p),
    source: pickSource([f.source]),
    confidence: f.confidence,
  };
}

export function indicationReference(ds: DatasetIndex, ind: Indication, p: Product): Reference {
  return {
    kind: 'indication',
    id: ind.id,
    productId: p.id,
    label: ds.referenceLabels.indications.get(ind) ?? indicationLabel(ds, ind),
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
