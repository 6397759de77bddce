import { describe, expect, it } from 'vitest';
import { bundledDataset as ds } from '../../lib/dataset/bundled';
import {
  conditionAncestors,
  conditionById,
  conditionCovers,
  productById,
  targetById,
} from '../../lib/dataset/index';
import type { Dataset } from '../../lib/dataset/schema';
import { datasetLookups } from '../../lib/dataset/lookups';
import { covers } from '../../lib/dataset/conditions';

describe('dataset lookups', () => {
  it('finds products, conditions and targets by id and returns undefined otherwise', () => {
    expect(productById(ds, 'tisagenlecleucel')?.names.brands[0]?.name).toBe('Kymriah');
    expect(productById(ds, 'Kymriah')).toBeUndefined();
    expect(conditionById(ds, 'dlbcl')?.abbreviations).toContain('DLBCL');
    expect(targetById(ds, 'TNFRSF17')?.label).toBe('BCMA');
    expect(targetById(ds, 'BCMA')).toBeUndefined();
  });

  it('walks condition parents narrowest first', () => {
    expect(conditionAncestors(ds, 'dlbcl')).toEqual(['dlbcl', 'lbcl', 'b-nhl', 'nhl', 'lymphoma']);
    expect(conditionAncestors(ds, 'b-all')).toEqual(['b-all', 'all', 'leukemia']);
    expect(conditionAncestors(ds, 'no-such-condition')).toEqual([]);
  });

  it('says a broader condition covers a narrower one, not the reverse', () => {
    expect(conditionCovers(ds, 'lbcl', 'dlbcl')).toBe(true);
    expect(conditionCovers(ds, 'fl', 'fl3b')).toBe(true);
    expect(conditionCovers(ds, 'dlbcl', 'dlbcl')).toBe(true);
    expect(conditionCovers(ds, 'dlbcl', 'lbcl')).toBe(false);
    expect(conditionCovers(ds, 'b-all', 't-all')).toBe(false);
    expect(conditionCovers(ds, 'lbcl', 'unknown')).toBe(false);
  });

  it('stops on a parent cycle instead of looping', () => {
    const cyclic: Dataset = {
      ...ds,
      conditions: [
        { id: 'a', name: 'A', parent: 'b', category: 'other', synonyms: [], abbreviations: [] },
        { id: 'b', name: 'B', parent: 'a', category: 'other', synonyms: [], abbreviations: [] },
      ],
    };
    expect(conditionAncestors(cyclic, 'a')).toEqual(['a', 'b']);
    expect(conditionCovers(cyclic, 'b', 'a')).toBe(true);
  });

  it('gives the same answers from the lookups the dataset index holds', () => {
    const lookups = datasetLookups(ds);
    for (const p of ds.products) expect(lookups.productsById.get(p.id)).toBe(productById(ds, p.id));
    for (const t of ds.targets) expect(lookups.targetsById.get(t.id)).toBe(targetById(ds, t.id));
    const ids = [...ds.conditions.map((c) => c.id), 'no-such-condition'];
    for (const a of ids) {
      expect(lookups.conditionsById.get(a)).toBe(conditionById(ds, a));
      for (const b of ids) expect(covers(lookups, a, b)).toBe(conditionCovers(ds, a, b));
    }
  });

  it('keeps the first entry of a repeated id, as the linear lookups do', () => {
    const first = { id: 'x', name: 'First', category: 'other' as const, synonyms: [], abbreviations: [] };
    const twice: Dataset = { ...ds, conditions: [first, { ...first, name: 'Second' }] };
    expect(datasetLookups(twice).conditionsById.get('x')).toBe(conditionById(twice, 'x'));
  });
});
