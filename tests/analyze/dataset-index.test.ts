// The dataset is indexed once per analysis and passed down: no stage builds its own lexicon or runs
// the matcher again (headings, table headers and stat cards come from the match stage's output).
// Counting spies wrap indexDataset, the lexicon builder and the matcher's per-block entry point.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../lib/dataset/bundled';
import { FIXED_NOW, parseDocument } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

vi.mock('../../lib/index-dataset', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/index-dataset')>();
  return { ...actual, indexDataset: vi.fn(actual.indexDataset) };
});
vi.mock('../../lib/match/lexicon', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/match/lexicon')>();
  return { ...actual, buildLexicon: vi.fn(actual.buildLexicon) };
});
// matchBlocks calls matchBlock inside its own module (not through this mock): a call counted here
// is another module running the matcher.
vi.mock('../../lib/match', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/match')>();
  return { ...actual, matchBlock: vi.fn(actual.matchBlock) };
});

const { analyzePage, indexDataset } = await import('../../lib/analyze');
const { buildLexicon } = await import('../../lib/match/lexicon');
const { matchBlock, matchBlocks } = await import('../../lib/match');
const { extract } = await import('../../lib/extract');
const { prepareBlocks } = await import('../../lib/normalize/prepare');

/** Headings naming products, a product table under a header row, and a stat card. */
const PAGE = `<!doctype html><html><head><title>CAR-T options</title></head><body><main>
<h1>CAR-T therapy for lymphoma</h1>
<h2>Yescarta (axicabtagene ciloleucel)</h2>
<p>Yescarta was approved by the FDA in 2017 for large B-cell lymphoma after two or more lines of therapy.</p>
<h2>Kymriah</h2>
<p>It targets CD19 and is approved for children and young adults with B-cell acute lymphoblastic leukemia.</p>
<div>83%</div><div>of patients achieved complete remission in the ELIANA trial.</div>
<h2>Comparison</h2>
<table>
<tr><th>Product</th><th>Target</th><th>Approved for</th><th>Response rate</th></tr>
<tr><td>Abecma</td><td>BCMA</td><td>multiple myeloma</td><td>ORR 72%</td></tr>
<tr><td>Breyanzi</td><td>CD19</td><td>large B-cell lymphoma</td><td>ORR 73%</td></tr>
</table>
</main></body></html>`;

const opts = { url: 'https://example.test/car-t', now: FIXED_NOW };

afterEach(() => vi.clearAllMocks());

describe('the dataset index', () => {
  it('is built once for an analysis given the dataset, and no stage runs the matcher again', () => {
    const report = analyzePage(parseDocument(PAGE), {
      ...opts,
      dataset: bundledDataset,
      languages: ALL_LANGUAGE_PACKS,
    });
    // The page exercises headings, table headers and a stat card, and yields claims.
    expect(report.claims.length).toBeGreaterThan(3);
    expect(report.products.map((p) => p.id)).toEqual(
      expect.arrayContaining(['axicabtagene-ciloleucel', 'tisagenlecleucel', 'idecabtagene-vicleucel']),
    );
    expect(indexDataset).toHaveBeenCalledTimes(1);
    expect(buildLexicon).toHaveBeenCalledTimes(1);
    expect(matchBlock).not.toHaveBeenCalled();
  });

  it('is not built at all when the caller passes one, and gives the same report', () => {
    const index = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
    vi.clearAllMocks();
    const first = analyzePage(parseDocument(PAGE), { ...opts, index });
    const second = analyzePage(parseDocument(PAGE), { ...opts, index });
    expect(indexDataset).not.toHaveBeenCalled();
    expect(buildLexicon).not.toHaveBeenCalled();
    expect(matchBlock).not.toHaveBeenCalled();
    expect(second).toEqual(first);
    expect(first).toEqual(
      analyzePage(parseDocument(PAGE), { ...opts, dataset: bundledDataset, languages: ALL_LANGUAGE_PACKS }),
    );
  });

  it('hands the claims stage the names in headings, table headers and stat cards', () => {
    const index = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
    const blocks = prepareBlocks(extract(parseDocument(PAGE)).blocks);
    const matches = matchBlocks(blocks, index);
    const ids = (text: string) => matches.headings.get(text)?.map((h) => h.id);
    expect(ids('Kymriah')).toEqual(['tisagenlecleucel']);
    expect(ids('Yescarta (axicabtagene ciloleucel)')).toEqual([
      'axicabtagene-ciloleucel',
      'axicabtagene-ciloleucel',
    ]);
    expect(ids('Target')).toEqual([]);
    expect([...matches.readOn.values()].map((r) => [r.block.text, r.hits.map((h) => h.id)])).toEqual([
      ['83% of patients achieved complete remission in the ELIANA trial.', ['ELIANA']],
    ]);
  });

  it('reads the limitations of use of every label once, for every condition they name', () => {
    const index = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
    const limited = [...index.labelExclusions].filter(([, excluded]) => excluded.size > 0);
    // Kymriah's TGA label for DLBCL: "not indicated for … primary central nervous system lymphoma".
    expect(limited.map(([i, excluded]) => [i.id, excluded.has('pcnsl')])).toEqual([
      ['tisagenlecleucel--tga--dlbcl--2018', true],
    ]);
    expect(index.labelExclusions.size).toBe(bundledDataset.products.flatMap((p) => p.indications).length);
  });

  it('is frozen, and holds the dataset as it was given', () => {
    const index = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
    expect(Object.isFrozen(index)).toBe(true);
    expect(index.products).toBe(bundledDataset.products);
    expect(index.conditions).toBe(bundledDataset.conditions);
    expect(index.meta).toBe(bundledDataset.meta);
  });
});
