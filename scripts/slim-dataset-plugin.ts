// The content script carries the reference dataset, inside a 120 KB gzip budget. Fields only the
// popup and CLI show are dropped from its copy; the popup bundles the full files.
// tests/analyze/slim-dataset.test.ts proves the analysis never reads them: reports from the slim and
// full datasets are identical on every fixture page.
//   - product summary, notes, manufacturer, payload, cell source;
//   - label history (events) except removed limitations of use (lib/verify/indication.ts names
//     them when a page still states the limitation) and complete response letters (read by
//     lib/verify/designation.ts), and boxed-warning items: the popup shows them, the page analysis
//     does not read them;
//   - of designations and other steps, all but what lib/verify/designation.ts reads (kind,
//     regulator, date and confidence; a confirmed step is not shown as a reference card);
//   - figures of metrics no claim rule reads (landmark rates, CRS/ICANS/neurotoxicity rates), unless
//     the figure is the only one naming its trial (trial names and NCT ids feed the matcher);
//   - indication notes, except where the indication's text states a limitation ("not indicated
//     for …"): lib/verify/indication.ts reads a note only then (computeExcludes, and the limiting
//     label's note in its explanation) and for OTHER-regulator approvals, whose notes are kept;
//   - the dataset description and completeness note (meta.json) and target notes (targets.json), which
//     only people read;
//   - the sources of the rankings a product's sources state (`firsts`): a confirmed ranking cites the
//     approval's source;
//   - sources beyond the one a reference cites (lib/verify/format.ts pickSource), for the product
//     and for each indication, except OTHER-regulator indications, whose source titles name the
//     authority ("Hong Kong") the engine looks for; and the cited source's address and title,
//     which the extension's pages fill back in by the entry that cites it (lib/source-titles.ts).
import type { Plugin } from 'vite';
import { citedSource } from '../lib/dataset/cited-source';

/** Product fields the analysis engine never reads. */
export const CONTENT_SCRIPT_UNUSED_FIELDS = [
  'summary',
  'notes',
  'manufacturer',
  'payload',
  'autologous',
  'geneModified',
  'boxedWarning',
] as const;

const PRODUCT_FILE = /[\\/]data[\\/]products[\\/][^\\/]+\.json$/;
const META_FILE = /[\\/]data[\\/]meta\.json$/;
const TARGETS_FILE = /[\\/]data[\\/]targets\.json$/;

interface SourceLike {
  secondary?: boolean;
  title?: string;
  url?: string;
}

/** Figure metrics the claim rules never produce (lib/claims/metrics.ts), so verify never reads them. */
export const CONTENT_SCRIPT_UNUSED_METRICS: ReadonlySet<string> = new Set([
  'PFS rate',
  'OS rate',
  'EFS rate',
  'DoR rate',
  'CRS any grade',
  'CRS grade ≥3',
  'ICANS any grade',
  'ICANS grade ≥3',
  'NT any grade',
  'NT grade ≥3',
]);

interface FigureLike {
  source?: SourceLike;
  metric?: string;
  trial?: string;
  nct?: string;
}

/** Figures the engine reads, plus one figure for any trial only unread figures name. */
function usedFigures(figures: FigureLike[]): FigureLike[] {
  const read = figures.filter((f) => !CONTENT_SCRIPT_UNUSED_METRICS.has(f.metric ?? ''));
  const named = new Set(read.flatMap((f) => [f.trial, f.nct]));
  const kept = new Set(read);
  for (const f of figures) {
    if (kept.has(f) || (named.has(f.trial) && (f.nct === undefined || named.has(f.nct)))) continue;
    kept.add(f);
    named.add(f.trial);
    named.add(f.nct);
  }
  return figures.filter((f) => kept.has(f));
}

interface EventLike {
  id?: string;
  kind?: string;
  date?: string;
  regulator?: string;
  text?: string;
}

interface DesignationLike {
  kind?: string;
  regulator?: string;
  date?: string;
  confidence?: string;
}

interface IndicationLike {
  regulator?: string;
  sources?: SourceLike[];
  note?: string;
  labelQuote?: string;
  line?: { text?: string; requirements?: string[] };
}

/** The limitation wording computeExcludes (lib/verify/indication.ts) looks for; keep the two in step. */
const LIMITATION = /\bnot (?:indicated |approved |for use )?(?:for|in)\b/i;

function slimIndication(i: IndicationLike): IndicationLike {
  if (i.regulator === 'OTHER') return i;
  const copy = { ...i };
  if (Array.isArray(copy.sources)) copy.sources = cited(copy.sources);
  const text = [i.labelQuote, i.line?.text, ...(i.line?.requirements ?? []), i.note].join(' ');
  if (copy.note !== undefined && !LIMITATION.test(text)) delete copy.note;
  return copy;
}

/**
 * The one source a reference cites: the first primary one, else the first (its flag no longer
 * matters), without its address and title, which the extension's pages fill back in by the entry
 * that cites it (lib/source-titles.ts).
 */
function cited(sources: SourceLike[]): SourceLike[] {
  const one = citedSource(sources);
  if (!one) return sources;
  const { secondary: _secondary, title: _title, url: _url, ...rest } = one;
  return [rest];
}

export function slimProduct<T extends object>(product: T): T {
  const copy = { ...product } as Record<string, unknown>;
  for (const field of CONTENT_SCRIPT_UNUSED_FIELDS) delete copy[field];
  const sources = copy['sources'];
  if (Array.isArray(sources)) copy['sources'] = cited(sources as SourceLike[]);
  // The matcher reads a local name, not its language tag.
  const names = copy['names'] as { localNames?: { name: string }[] } | undefined;
  if (names?.localNames?.length)
    copy['names'] = { ...names, localNames: names.localNames.map(({ name }) => ({ name })) };
  const figures = copy['figures'];
  if (Array.isArray(figures))
    copy['figures'] = usedFigures(figures as FigureLike[]).map((f) =>
      f.source ? { ...f, source: cited([f.source])[0] } : f,
    );
  const indications = copy['indications'];
  if (Array.isArray(indications)) copy['indications'] = (indications as IndicationLike[]).map(slimIndication);
  const designations = copy['designations'];
  if (Array.isArray(designations))
    copy['designations'] = (designations as DesignationLike[]).map((d) => ({
      kind: d.kind,
      regulator: d.regulator,
      ...(d.date !== undefined ? { date: d.date } : {}),
      confidence: d.confidence,
      sources: [],
    }));
  // Rankings the sources state: the verifier reads class, limit, disease, place and text; the reference
  // it shows is the approval's.
  const firsts = copy['firsts'];
  if (Array.isArray(firsts))
    copy['firsts'] = (firsts as Record<string, unknown>[]).map(({ sources: _sources, ...f }) => f);
  const events = copy['events'];
  if (Array.isArray(events))
    copy['events'] = (events as EventLike[])
      .filter((e) => e.kind === 'limitation-removed' || e.kind === 'crl')
      .map(({ kind, date, regulator, text, id }) => ({ id, kind, date, regulator, text, sources: [] }));
  return copy as T;
}

export function slimDataset(): Plugin {
  return {
    name: 'therapylens:slim-dataset',
    enforce: 'pre',
    transform(code, id) {
      let slim: unknown;
      if (PRODUCT_FILE.test(id)) slim = slimProduct(JSON.parse(code) as object);
      else if (META_FILE.test(id))
        slim = { ...(JSON.parse(code) as object), description: '', completenessNote: '' };
      else if (TARGETS_FILE.test(id))
        slim = (JSON.parse(code) as Record<string, unknown>[]).map(({ note: _note, ...t }) => t);
      else return null;
      return { code: JSON.stringify(slim), map: null };
    },
  };
}
