// Parameters that many explanations share: a regulator, a figure with its facts, a list of
// approvals, the page's own figure. Same content as the English strings format.ts writes for
// reference labels, as parts so each language can word them.
import type { Figure, Indication, Product, Regulator } from '../../dataset/schema';
import type { DatasetLookups } from '../../dataset/lookups';
import { REGULATOR_LABEL } from '../../match/regulators';
import { conditionName } from '../lookup';
import type { PageFigure } from '../tolerance';
import { date, list, nest, optional, part, verbatim } from './part';
import type { ExplanationParam, ExplanationPart } from '../../explanation-types';

/**
 * A figure as a verdict compares it: a dataset figure, or a CRi figure computed from a CR/CRi and a
 * CR figure of the same analysis (never stored), which says so itself.
 */
export type ComparedFigure = Figure & { readonly derivedCri?: true };

/** Acronyms and proper names as they are ("FDA", "Health Canada"); words translated. */
export function regulatorParam(r: Regulator): ExplanationParam {
  return r === 'OTHER' || r === 'RU_MOH' ? nest(regulatorItem(r)) : REGULATOR_LABEL[r];
}

/** A regulator as an item of a list ("FDA, EMA and NMPA"). */
export function regulatorItem(r: Regulator): ExplanationPart {
  return r === 'OTHER' || r === 'RU_MOH' ? part(`regulator.${r}`) : verbatim(REGULATOR_LABEL[r]);
}

export function unconfirmedParam(confidence: 'confirmed' | 'unconfirmed'): ExplanationParam {
  return optional(confidence === 'unconfirmed' ? part('unconfirmed') : undefined);
}

/** "FDA label", "publication", "press release"; `start` for the head of a list item ("Label: …"). */
export function figureKindParam(f: Figure, p: Product, start: boolean): ExplanationParam {
  if (f.kind === 'publication')
    return nest(part(start ? 'figureKind.publicationStart' : 'figureKind.publication'));
  if (f.kind === 'press') return nest(part(start ? 'figureKind.pressStart' : 'figureKind.press'));
  const reg = p.indications.some((i) => i.regulator === 'FDA') ? 'FDA' : p.indications[0]?.regulator;
  if (!reg) return nest(part(start ? 'figureKind.labelStart' : 'figureKind.label'));
  if (reg === 'OTHER') return nest(part(start ? 'figureKind.otherLabelStart' : 'figureKind.otherLabel'));
  const regulator = regulatorParam(reg);
  return nest(part(start ? 'figureKind.regulatorLabelStart' : 'figureKind.regulatorLabel', { regulator }));
}

export function valueParam(value: number, unit: string | undefined): ExplanationParam {
  return nest(
    part(unit === '%' ? 'value.percent' : unit === 'months' ? 'value.months' : 'value.plain', { value }),
  );
}

/** The citation inside a figure's follow-up note: "overall remission … (Maude, NEJM 2018)" → "Maude, NEJM 2018". */
function citation(f: Figure): string | undefined {
  const m = /\(([^()]*\d{4}[^()]*)\)/.exec(f.followUp ?? '');
  return m?.[1];
}

/** "ORR 72%, ZUMA-1, n=101" (+ the citation for publications), then "unconfirmed" when it is. */
export function figureFactsParam(f: ComparedFigure): ExplanationParam {
  const metric = nest(part(f.derivedCri ? 'metric.derivedCri' : `metric.${f.metric}`));
  const fields = [
    part('figure.metricValue', { metric, value: valueParam(f.value, f.unit) }),
    verbatim(f.trial),
  ];
  if (f.n !== undefined) fields.push(part('figure.n', { n: f.n }));
  const cite = citation(f);
  if (cite && f.kind !== 'label') fields.push(verbatim(cite));
  else if (f.followUp && f.kind !== 'label' && !cite) fields.push(verbatim(f.followUp));
  return nest(
    part('figure.facts', { facts: list(fields, 'fields'), unconfirmed: unconfirmedParam(f.confidence) }),
  );
}

/** "Label: ORR 72%, ZUMA-1, n=101; Publication: …". */
export function figuresParam(figures: readonly Figure[], p: Product): ExplanationParam {
  return list(
    figures.map((f) => figureItem(f, p)),
    'clauses',
  );
}

/** "FDA label: ORR 72%, ZUMA-1, n=101": a figure in a list, and a reference's label. */
export function figureItem(f: ComparedFigure, p: Product): ExplanationPart {
  return part('figure.item', { kind: figureKindParam(f, p, true), figure: figureFactsParam(f) });
}

/** "FDA (30 Aug 2017) for B-cell ALL; EMA (Aug 2018) for …; and 2 more": the first four, in the order given. */
export function approvalsParam(
  ds: Pick<DatasetLookups, 'conditionsById'>,
  sorted: readonly Indication[],
): ExplanationParam {
  if (sorted.length === 0) return nest(part('approvals.nothing'));
  const shown: ExplanationPart[] = sorted.slice(0, 4).map((i) =>
    part('approvals.item', {
      regulator: regulatorParam(i.regulator),
      date: date(i.date),
      condition: conditionName(ds, i.conditionId),
    }),
  );
  if (sorted.length > 4) shown.push(part('approvals.more', { count: sorted.length - 4 }));
  return list(shown, 'clauses');
}

/** How the page's figure reads: "> 80%", "~73%", "39-43%", "up to 90%", "12 months", "HR 0.7". */
export function pageFigureParam(page: PageFigure): ExplanationParam {
  if (page.unit === 'months') return nest(part('value.months', { value: page.value }));
  // "84 % menor": the page's words, with the hazard ratio they amount to.
  if (page.unit === 'ratio' && page.riskReduction !== undefined)
    return nest(part('pageFigure.riskReduction', { percent: page.riskReduction, value: page.value }));
  if (page.unit === 'ratio') return nest(part('pageFigure.ratio', { value: page.value }));
  if (page.low !== undefined && page.high !== undefined)
    return nest(part('pageFigure.range', { low: page.low, high: page.high }));
  if (page.comparator === 'up to') return nest(part('pageFigure.upTo', { value: page.value }));
  const comparator = page.comparator === '=' ? '' : page.comparator;
  return nest(part('pageFigure.percent', { comparator, value: page.value }));
}
