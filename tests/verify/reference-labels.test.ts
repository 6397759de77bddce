// Reference labels are written once per dataset entry, when the dataset is indexed; a label must
// still follow the dataset (or product) it is written for when the same entry object appears in
// another one.
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import { indexDataset } from '../../lib/analyze';
import { figureLabel, figureReference, indicationReference } from '../../lib/verify/format';
import { bundledIndex } from '../helpers/dataset-index';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

describe('reference labels', () => {
  const product = bundledDataset.products.find(
    (p) => p.indications.length > 0 && p.figures.some((f) => f.kind === 'label'),
  )!;
  const indication = product.indications[0]!;

  it('names the condition as the dataset it is written for names it', () => {
    const first = indicationReference(bundledIndex, indication, product).label;
    const renamed = indexDataset(
      {
        ...bundledDataset,
        conditions: bundledDataset.conditions.map((c) =>
          c.id === indication.conditionId ? { ...c, name: 'Renamed condition' } : c,
        ),
      },
      { languages: ALL_LANGUAGE_PACKS },
    );
    expect(indicationReference(renamed, indication, product).label).toContain('Renamed condition');
    expect(indicationReference(bundledIndex, indication, product).label).toBe(first);
    expect(first).not.toContain('Renamed condition');
  });

  it('describes a figure by the product it is listed for', () => {
    const figure = product.figures.find((f) => f.kind === 'label')!;
    expect(figureReference(bundledIndex, figure, product).label).toMatch(/label:/);
    // The same figure under a product with no FDA and no other approvals is a plain "label".
    const bare = { ...product, indications: [] };
    expect(figureReference(bundledIndex, figure, bare).label).toMatch(/^Label: /);
  });

  it('writes every label when the dataset is indexed, the same as on demand', () => {
    for (const p of bundledDataset.products)
      for (const f of p.figures) expect(figureReference(bundledIndex, f, p).label).toBe(figureLabel(f, p));
    expect(bundledIndex.referenceLabels.figures.size).toBeGreaterThan(0);
    expect(bundledIndex.referenceLabels.indications.size).toBeGreaterThan(0);
  });
});
