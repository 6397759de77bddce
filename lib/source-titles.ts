// The content script's copy of the dataset leaves out source titles (scripts/slim-dataset-plugin.ts):
// only people read them, and they weigh about 7 KB of its gzip budget. Where a report reaches the
// extension's own pages, which carry the full dataset, each reference gets its source's title back
// by the source's address.
import type { Dataset, Source } from './dataset/schema';
import type { PageReport, Reference } from './schema';

/** Key of a source as an entry cites it: one address can carry other titles in other entries. */
const keyOf = (entryId: string, url: string): string => `${entryId}\u0000${url}`;

/** Every source's title by the entry citing it and its address, read once from the full dataset. */
export function sourceTitleIndex(ds: Dataset): ReadonlyMap<string, string> {
  const titles = new Map<string, string>();
  const add = (entryId: string, sources: readonly Source[]) => {
    for (const s of sources) titles.set(keyOf(entryId, s.url), s.title);
  };
  for (const p of ds.products) {
    add(p.id, p.sources);
    for (const i of p.indications) add(i.id, i.sources);
    for (const f of p.figures) add(f.id, [f.source]);
  }
  return titles;
}

function filled(ref: Reference, titles: ReadonlyMap<string, string>): Reference {
  if (!ref.source || ref.source.title !== '') return ref;
  return { ...ref, source: { ...ref.source, title: titles.get(keyOf(ref.id, ref.source.url)) ?? '' } };
}

/** The report with every reference's source title filled in, where the analysis left it empty. */
export function withSourceTitles(report: PageReport, titles: ReadonlyMap<string, string>): PageReport {
  return {
    ...report,
    claims: report.claims.map((c) => ({
      ...c,
      reference: c.reference && filled(c.reference, titles),
      compared: c.compared.map((r) => filled(r, titles)),
    })),
  };
}
