// The one source a reference cites of an entry's sources: the first primary one, else the first.
// Three places must make the same choice: the verifier that cites it (lib/verify/format.ts), the
// content script's slimmed dataset that keeps only it (scripts/slim-dataset-plugin.ts), and the
// extension's pages that fill its address and title back from the entry (lib/source-titles.ts).

export function citedSource<S extends { secondary?: boolean }>(sources: readonly S[]): S | undefined {
  return sources.find((s) => !s.secondary) ?? sources[0];
}
