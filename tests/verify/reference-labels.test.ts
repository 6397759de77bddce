// Reference labels are written once per dataset entry; a label must still follow the dataset (or
// product) it is written for when the same entry object appears in another one.
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Dataset } from '../../lib/dataset/schema';
import { figureReference, indicationReference } from '../../lib/verify/format';

describe('reference labels', () => {
  const product = bundledDataset.products.find(
    (p) => p.indications.length > 0 && p.figures.some((f) => f.kind === 'label'),
  )!;
  const indication = product.indications[0]!;

  it('names the condition as the dataset it is written for names it', () => {
    const first = indicationReference(bundledDataset, indication, product).label;
    const renamed: Dataset = {
      ...bundledDataset,
      conditions: bundledDataset.conditions.map((c) =>
        c.id === indication.conditionId ? { ...c, name: 'Renamed condition' } : c,
      ),
    };
    expect(indicationReference(renamed, indication, product).label).toContain('Renamed condition');
    expect(indicationReference(bundledDataset, indication, product).label).toBe(first);
    expect(first).not.toContain('Renamed condition');
  });

  it('describes a figure by the product it is listed for', () => {
    const figure = product.figures.find((f) => f.kind === 'label')!;
    expect(figureReference(figure, product).label).toMatch(/label:/);
    // The same figure under a product with no FDA and no other approvals is a plain "label".
    const bare = { ...product, indications: [] };
    expect(figureReference(figure, bare).label).toMatch(/^Label: /);
  });
});
