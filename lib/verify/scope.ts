// What the dataset can and cannot speak to. It tracks the approvals of a fixed set of regulators
// (those with approvals recorded, minus the OTHER bucket), and products of a few kinds (CAR-T,
// TCR-T, TIL, oncolytic viruses, gene therapies for cancer). A claim outside that is unverified,
// never judged against the nearest thing the dataset happens to hold.
import type { Dataset, Indication, Product, Regulator } from '../dataset/schema';

/** Regulators whose approvals the dataset records systematically. Built by indexDataset. */
export function trackedRegulatorsOf(ds: Dataset): ReadonlySet<Regulator> {
  const found = new Set<Regulator>();
  for (const p of ds.products)
    for (const i of p.indications) if (i.regulator !== 'OTHER') found.add(i.regulator);
  return found;
}

/** Whether every decision of `regulator` about the product is recorded, so a missing one means "none". */
export function decisionsComplete(product: Product, regulator: Regulator): boolean {
  return product.regulatorCoverage[regulator] === 'complete';
}

/** Whether the regulator's first approval of the product, if there was one, is recorded. */
export function firstApprovalKnown(ds: Dataset, product: Product, regulator: Regulator): boolean {
  // An approval a source shows but the records lack (Adstiladrin in the EU): nothing can be denied.
  if (product.approvedUnrecorded?.includes(regulator)) return false;
  return decisionsComplete(product, regulator) || ds.meta.completeApprovalLists.includes(regulator);
}

/** The regulators (or the one named) whose decisions about the product are all recorded. */
export function completeRegulators(product: Product, named?: Regulator): Regulator[] {
  const all = Object.keys(product.regulatorCoverage) as Regulator[];
  return (named ? [named] : all).filter((r) => decisionsComplete(product, r));
}

/** Classes the dataset covers as a whole, so "the first <class>" can be checked against it. */
const COVERED_CLASS =
  /\bCAR[- ]?T|\bTCR\b|\bTCR-T|T[- ]cell receptor|\bTIL\b|tumou?r[- ]infiltrating|oncolytic/i;
const GENE_THERAPY = /\bgene\s*therap/i;

/**
 * Whether "first/only <class>" can be checked: the class is one of the dataset's kinds, or gene
 * therapy for a named cancer. "The first cellular therapy", "the first immunotherapy" reach past it.
 */
export function rankClassCovered(cls: string, namesCancer: boolean): boolean {
  if (COVERED_CLASS.test(cls)) return true;
  return GENE_THERAPY.test(cls) && namesCancer;
}

const AFTER_PRIOR_THERAPY =
  /\b(?:relapsed|refractory|recurrent|r\/r|previously treated|after (?:\w+ ){0,3}(?:line|therap|treatment|chemo)|progress(?:ed|ing|ion)|unresponsive|second or later)/i;

/** A label for relapsed, refractory or previously treated disease implies at least one prior line. */
export function impliedPriorLines(i: Indication): number | undefined {
  if (i.line.minPriorLines !== undefined) return i.line.minPriorLines;
  return AFTER_PRIOR_THERAPY.test(`${i.labelQuote} ${i.line.text} ${i.population.text}`) ? 1 : undefined;
}
