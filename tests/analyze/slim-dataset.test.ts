// The content script analyzes with a slimmed copy of the dataset (scripts/slim-dataset-plugin.ts).
// That is only safe if the engine never reads the dropped fields: reports must be identical.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { Dataset } from '../../lib/dataset/schema';
import { CONTENT_SCRIPT_UNUSED_FIELDS, slimProduct } from '../../scripts/slim-dataset-plugin';
import { FIXED_NOW, parseDocument, readFixture, testPath } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';
import { sourceTitleIndex, withSourceTitles } from '../../lib/source-titles';

const slim: Dataset = { ...bundledDataset, products: bundledDataset.products.map((p) => slimProduct(p)) };
const titles = sourceTitleIndex(bundledDataset);
const pages = readdirSync(testPath('fixtures', 'pages')).filter((name) => name.endsWith('.html'));

describe('slim content-script dataset', () => {
  it('drops the listed fields', () => {
    for (const product of slim.products) {
      for (const field of CONTENT_SCRIPT_UNUSED_FIELDS) expect(product).not.toHaveProperty(field);
    }
  });

  it('keeps limitation notes and a trial\u2019s only figure, drops other unread figures and notes', () => {
    const axicel = slim.products.find((p) => p.id === 'axicabtagene-ciloleucel')!;
    const full = bundledDataset.products.find((p) => p.id === 'axicabtagene-ciloleucel')!;
    // ZUMA-1 keeps its response figures; its CRS/neurotoxicity rates are dropped.
    expect(axicel.figures.some((f) => f.trial === 'ZUMA-1' && f.metric === 'CRS grade ≥3')).toBe(false);
    expect(full.figures.some((f) => f.trial === 'ZUMA-1' && f.metric === 'CRS grade ≥3')).toBe(true);
    // The PCNSL study is named by safety figures only: one stays, so its NCT id still matches.
    expect(axicel.figures.filter((f) => f.nct === 'NCT04608487')).toHaveLength(1);
    const kymriah = slim.products.find((p) => p.id === 'tisagenlecleucel')!;
    const tga = kymriah.indications.find((i) => i.id === 'tisagenlecleucel--tga--dlbcl--2018')!;
    expect(tga.note).toMatch(/not indicated for primary central nervous system lymphoma/i);
    const hc = kymriah.indications.find((i) => i.id === 'tisagenlecleucel--hc--b-all--2018')!;
    expect(hc.note).toBeUndefined();
    // One cited source each, except decisions of authorities grouped as OTHER (Hong Kong's), whose
    // sources name the authority the verifier looks for.
    expect(kymriah.indications.every((i) => i.regulator === 'OTHER' || i.sources.length === 1)).toBe(true);
    expect(kymriah.indications.some((i) => i.regulator !== 'OTHER')).toBe(true);
    // Addresses and titles only people read: gone, except where the titles name an authority the
    // verifier looks for.
    for (const i of kymriah.indications) {
      expect(i.sources.every((src) => (src.title === undefined) === (i.regulator !== 'OTHER'))).toBe(true);
      expect(i.sources.every((src) => (src.url === undefined) === (i.regulator !== 'OTHER'))).toBe(true);
    }
  });

  it('leaves a report without source addresses and titles to be filled, and fills every one', () => {
    const html = readFixture('pages', 'maker--kymriah-hcp-efficacy.html');
    const opts = { url: 'https://example.test/k', now: FIXED_NOW, languages: ALL_LANGUAGE_PACKS };
    const slimmed = analyzePage(parseDocument(html), { ...opts, dataset: slim });
    const refs = slimmed.claims
      .flatMap((c) => [c.reference, ...c.compared])
      .filter((r) => r?.source && !r.id.includes('--other--'));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r!.source!.title === '' && r!.source!.url === '')).toBe(true);
    const filled = withSourceTitles(slimmed, titles).claims.flatMap((c) => [c.reference, ...c.compared]);
    const sources = filled.filter((r) => r?.source).map((r) => r!.source!);
    expect(sources.every((src) => src.title.length >= 3 && /^https?:\/\//.test(src.url))).toBe(true);
  });

  it.each(pages)('gives the same report as the full dataset on %s', (page) => {
    const html = readFixture('pages', page);
    const opts = { url: `https://example.test/${page}`, now: FIXED_NOW };
    const full = analyzePage(parseDocument(html), {
      ...opts,
      dataset: bundledDataset,
      languages: ALL_LANGUAGE_PACKS,
    });
    const slimmed = analyzePage(parseDocument(html), {
      ...opts,
      dataset: slim,
      languages: ALL_LANGUAGE_PACKS,
    });
    // Source addresses and titles are the one difference: the extension's pages fill them back in.
    expect(withSourceTitles(slimmed, titles)).toEqual(full);
  });
});
