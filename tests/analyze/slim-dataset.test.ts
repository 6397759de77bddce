// The content script analyzes with a slimmed copy of the dataset (scripts/slim-dataset-plugin.ts).
// That is only safe if the engine never reads the dropped fields: reports must be identical.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Dataset } from '../../lib/dataset/schema';
import { CONTENT_SCRIPT_UNUSED_FIELDS, slimProduct } from '../../scripts/slim-dataset-plugin';
import { FIXED_NOW, parseDocument, readFixture, testPath } from '../helpers/dom';

const slim: Dataset = { ...bundledDataset, products: bundledDataset.products.map((p) => slimProduct(p)) };
const pages = readdirSync(testPath('fixtures', 'pages')).filter((name) => name.endsWith('.html'));

describe('slim content-script dataset', () => {
  it('drops the listed fields', () => {
    for (const product of slim.products) {
      for (const field of CONTENT_SCRIPT_UNUSED_FIELDS) expect(product).not.toHaveProperty(field);
    }
  });

  it.each(pages)('gives the same report as the full dataset on %s', (page) => {
    const html = readFixture('pages', page);
    const opts = { url: `https://example.test/${page}`, now: FIXED_NOW };
    const full = analyzePage(parseDocument(html), { ...opts, dataset: bundledDataset });
    const slimmed = analyzePage(parseDocument(html), { ...opts, dataset: slim });
    expect(slimmed).toEqual(full);
  });
});
