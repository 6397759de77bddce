// The content script carries the reference dataset, inside a 120 KB gzip budget. Fields only the
// popup shows (summaries, notes, manufacturer, payload, cell source, product sources beyond the one
// a reference cites) are dropped from its copy; the popup bundles the full files. tests/analyze/slim-dataset.test.ts proves the analysis never reads them: reports from the
// slim and full datasets are identical on every fixture page.
import type { Plugin } from 'vite';

/** Product fields the analysis engine never reads. */
export const CONTENT_SCRIPT_UNUSED_FIELDS = [
  'summary',
  'notes',
  'manufacturer',
  'payload',
  'autologous',
  'geneModified',
] as const;

const PRODUCT_FILE = /[\\/]data[\\/]products[\\/][^\\/]+\.json$/;

interface SourceLike {
  secondary?: boolean;
}

export function slimProduct<T extends object>(product: T): T {
  const copy = { ...product } as Record<string, unknown>;
  for (const field of CONTENT_SCRIPT_UNUSED_FIELDS) delete copy[field];
  // A product-level reference cites one source: the first primary one (lib/verify/format.ts pickSource).
  const sources = copy['sources'];
  if (Array.isArray(sources) && sources.length > 1) {
    const picked = (sources as SourceLike[]).find((s) => !s.secondary) ?? sources[0];
    copy['sources'] = [picked];
  }
  return copy as T;
}

export function slimDataset(): Plugin {
  return {
    name: 'therapylens:slim-dataset',
    enforce: 'pre',
    transform(code, id) {
      if (!PRODUCT_FILE.test(id)) return null;
      return { code: JSON.stringify(slimProduct(JSON.parse(code) as object)), map: null };
    },
  };
}
