// The content script's copy of the dataset leaves out the cited source's address and title
// (scripts/slim-dataset-plugin.ts): only people read them, and they weigh about 12 KB of its gzip
// budget. Where a report reaches the extension's own pages, which carry the full dataset, each
// reference gets them back from the entry it cites: an entry cites one source (lib/verify/format.ts
// pickSource), so the entry's id names it.
import type { Dataset, Source } from './dataset/schema';
import { citedSource } from './dataset/cited-source';
import type { PageReport, Reference } from './schema';

/** Key of a source as an entry cites it: one address can carry other titles in other entries. */
const keyOf = (entryId: string, url: string): string => `${entryId}\u0000${url}`;

export interface SourceIndex {
  /** A title by the entry citing the source and its address (references that kept the address). */
  readonly titles: ReadonlyMap<string, string>;
  /** The source each entry cites, for references whose address was left out. */
  readonly cited: ReadonlyMap<string, { url: string; title: string }>;
}

/** Every source's title, and each entry's cited source, read once from the full dataset. */
export function sourceTitleIndex(ds: Dataset): SourceIndex {
  const titles = new Map<string, string>();
  const cited = new Map<string, { url: string; title: string }>();
  const add = (entryId: string, sources: readonly Source[]) => {
    for (const s of sources) titles.set(keyOf(entryId, s.url), s.title);
    const one = citedSource(sources);
    if (one) cited.set(entryId, { url: one.url, title: one.title });
  };
  for (const p of ds.products) {
    add(p.id, p.sources);
    for (const i of p.indications) add(i.id, i.sources);
    for (const f of p.figures) add(f.id, [f.source]);
  }
  return { titles, cited };
}

function filled(ref: Reference, index: SourceIndex): Reference {
  const source = ref.source;
  if (!source || source.title !== '') return ref;
  if (source.url === '') {
    const one = index.cited.get(ref.id);
    return { ...ref, source: { ...source, url: one?.url ?? '', title: one?.title ?? '' } };
  }
  return { ...ref, source: { ...source, title: index.titles.get(keyOf(ref.id, source.url)) ?? '' } };
}

/** The report with every reference's source address and title filled in, where the analysis left them out. */
export function withSourceTitles(report: PageReport, index: SourceIndex): PageReport {
  return {
    ...report,
    claims: report.claims.map((c) => ({
      ...c,
      reference: c.reference && filled(c.reference, index),
      compared: c.compared.map((r) => filled(r, index)),
    })),
  };
}
