// Plain words for dataset entries: product names, dates, figures and indications, as they appear
// in verdict explanations and Reference labels.
import type { Dataset, Figure, Indication, Metric, Product, Source } from '../dataset/schema';
import { byId } from './lookup';
import { REGULATOR_LABEL } from '../match/regulators';
import type { Reference } from '../schema';

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

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-08-30" → "30 Aug 2017"; "2021-08" → "Aug 2021"; "2003" → "2003". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

export function conditionName(ds: Dataset, id: string): string {
  return byId(ds.conditions, id)?.name ?? id;
}

const METRIC_WORDS: Readonly<Record<Metric, string>> = {
  ORR: 'ORR',
  CR: 'CR',
  'CR/CRi': 'overall remission (CR/CRi)',
  sCR: 'sCR',
  'CR/sCR': 'CR/sCR',
  '≥CR': '≥CR',
  DRR: 'durable response rate',
  'median PFS': 'median PFS',
  'median EFS': 'median EFS',
  'median OS': 'median OS',
  'median DoR': 'median DoR',
  HR: 'HR',
  'PFS rate': 'PFS rate',
  'OS rate': 'OS rate',
  'EFS rate': 'EFS rate',
  'DoR rate': 'rate still in response',
  'MRD-negative': 'MRD-negative rate',
  'CRS any grade': 'CRS (any grade)',
  'CRS grade ≥3': 'CRS grade ≥3',
  'ICANS any grade': 'ICANS (any grade)',
  'ICANS grade ≥3': 'ICANS grade ≥3',
  'NT any grade': 'neurologic toxicity (any grade)',
  'NT grade ≥3': 'neurologic toxicity grade ≥3',
};

export function metricWords(metric: Metric): string {
  return METRIC_WORDS[metric];
}

/** "FDA label", "publication", "press release". */
export function figureKind(f: Figure, p: Product): string {
  if (f.kind === 'publication') return 'publication';
  if (f.kind === 'press') return 'press release';
  const reg = p.indications.some((i) => i.regulator === 'FDA') ? 'FDA' : p.indications[0]?.regulator;
  return reg ? `${REGULATOR_LABEL[reg]} label` : 'label';
}

/** The citation inside a figure's follow-up note: "overall remission … (Maude, NEJM 2018)" → "Maude, NEJM 2018". */
function citation(f: Figure): string | undefined {
  const m = /\(([^()]*\d{4}[^()]*)\)/.exec(f.followUp ?? '');
  return m?.[1];
}

export function formatValue(f: Figure): string {
  return f.unit === '%' ? `${f.value}%` : f.unit === 'months' ? `${f.value} months` : String(f.value);
}

/** CRi figures computed from a CR/CRi and a CR figure of the same analysis (never stored). */
export const DERIVED_CRI = new WeakSet<Figure>();

/** "ORR 72%, ZUMA-1, n=101" (+ citation for publications). */
export function figureFacts(f: Figure): string {
  const metric = DERIVED_CRI.has(f) ? 'CRi (overall remission minus CR)' : metricWords(f.metric);
  const parts = [`${metric} ${formatValue(f)}`, f.trial];
  if (f.n !== undefined) parts.push(`n=${f.n}`);
  const cite = citation(f);
  if (cite && f.kind !== 'label') parts.push(cite);
  else if (f.followUp && f.kind !== 'label' && !cite) parts.push(f.followUp);
  return parts.join(', ') + unconfirmed(f.confidence);
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

export function figureLabel(f: Figure, p: Product): string {
  return `${capitalize(figureKind(f, p))}: ${figureFacts(f)}`;
}

export function unconfirmed(confidence: 'confirmed' | 'unconfirmed'): string {
  return confidence === 'unconfirmed' ? ' (unconfirmed in our sources)' : '';
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** "FDA, 30 Aug 2017: B-cell acute lymphoblastic leukaemia, patients up to 25 years of age" */
export function indicationLabel(ds: Dataset, ind: Indication): string {
  const status =
    ind.status === 'superseded' ? ' (superseded)' : ind.status === 'withdrawn' ? ' (withdrawn)' : '';
  const line = ind.line.minPriorLines !== undefined ? `, after ≥${ind.line.minPriorLines} prior lines` : '';
  return `${REGULATOR_LABEL[ind.regulator]}, ${formatDate(ind.date)}${status}: ${conditionName(ds, ind.conditionId)}, ${ind.population.text}${line}${unconfirmed(ind.confidence)}`;
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
