// Checks on the labeled corpus itself (independent of the engine): every page has a label, every
// label parses, every quote is really on the page inside one block, and every id exists.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPageNames, matchesFilter, quotesNotOnPage, readCorpus } from '../../cli/eval/corpus';
import { parseExpected, type ExpectedPage } from '../../cli/eval/expected';
import { visibleBlocks } from '../../cli/eval/visible-text';
import { parseDocument, testPath } from '../helpers/dom';

const dirs = { pagesDir: testPath('fixtures', 'pages'), expectedDir: testPath('expected') };

function readJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(testPath('..', ...parts), 'utf8'));
}

describe('labeled corpus', () => {
  const corpus = readCorpus(dirs);

  test('has no malformed, orphaned or unlabeled files', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.pages.length).toBe(listPageNames(dirs.pagesDir).length);
  });

  test('covers every page kind', () => {
    const kinds = new Set(corpus.pages.map((p) => p.name.split('--')[0]));
    for (const kind of [
      'seed',
      'clinic',
      'tourism',
      'center',
      'maker',
      'label',
      'news',
      'forum',
      'planted',
      'none',
      'mixed',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  test('labels every verdict at least a few times', () => {
    const verdicts = corpus.pages.flatMap((p) => p.expected.claims.map((c) => c.verdict));
    for (const v of ['consistent', 'differs', 'not-approved', 'unverified'] as const) {
      expect(verdicts.filter((x) => x === v).length, v).toBeGreaterThanOrEqual(5);
    }
  });

  test('uses only target ids from data/targets.json', () => {
    const known = new Set((readJson('data', 'targets.json') as { id: string }[]).map((t) => t.id));
    const unknown = corpus.pages.flatMap((p) =>
      p.expected.targets.filter((t) => !known.has(t)).map((t) => `${p.name}: ${t}`),
    );
    expect(unknown).toEqual([]);
  });

  test('uses only product ids from data/products', () => {
    const files = readdirSync(testPath('..', 'data', 'products')).filter((f) => f.endsWith('.json'));
    const known = new Set(files.map((f) => (readJson('data', 'products', f) as { id: string }).id));
    const unknown = corpus.pages.flatMap((p) =>
      p.expected.products.filter((id) => !known.has(id)).map((id) => `${p.name}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  test('none-- pages expect no products and no claims but marketing', () => {
    const offending = corpus.pages
      .filter((p) => p.name.startsWith('none--'))
      .filter((p) => p.expected.products.length > 0 || p.expected.claims.some((c) => c.kind !== 'marketing'));
    expect(offending.map((p) => p.name)).toEqual([]);
  });
});

describe('corpus helpers', () => {
  const base: ExpectedPage = {
    url: 'u',
    description: 'a test page',
    products: ['a'],
    targets: [],
    claims: [],
  };
  const withQuote = (quote: string): ExpectedPage => ({
    ...base,
    claims: [{ kind: 'response', productId: 'a', quote, verdict: 'consistent', why: 'a reason here' }],
  });

  test('visible text skips scripts, styles and hidden elements and splits at blocks and <br>', () => {
    const doc = parseDocument(
      '<html><head><title>T</title><script>var x = "Kymriah 100% cure";</script></head><body>' +
        '<p>ORR <b>72%</b>&nbsp;in ZUMA-1</p><style>.a{}</style><div hidden>secret</div>' +
        '<ul><li>one</li><li>two</li></ul><p>Tisagen-<br>lecleucel</p><span>&gt;80%</span><span>Response</span></body></html>',
    );
    expect(visibleBlocks(doc)).toEqual([
      'ORR 72% in ZUMA-1',
      'one',
      'two',
      'Tisagen-',
      'lecleucel',
      '>80%Response',
    ]);
  });

  test('quotesNotOnPage flags quotes that are absent, only in scripts, or straddle two blocks', () => {
    const html = '<html><body><script>ORR 90%</script><td>CD19</td><td>ORR 72%</td></body></html>';
    expect(quotesNotOnPage(html, withQuote('ORR 72%'))).toEqual([]);
    expect(quotesNotOnPage(html, withQuote('ORR 90%'))).toEqual(['ORR 90%']);
    expect(quotesNotOnPage(html, withQuote('CD19ORR'))).toEqual(['CD19ORR']);
  });

  test('parseExpected rejects unknown keys, claims on unlisted products and verified marketing', () => {
    expect(parseExpected(JSON.stringify(withQuote('x1'))).ok).toBe(true);
    expect(parseExpected('{').ok).toBe(false);
    expect(parseExpected(JSON.stringify({ ...base, extra: 1 })).ok).toBe(false);
    const unlisted = { ...withQuote('x1'), products: [] };
    expect(parseExpected(JSON.stringify(unlisted))).toMatchObject({ ok: false });
    const marketing = {
      ...base,
      claims: [
        { kind: 'marketing', productId: null, quote: 'cure', verdict: 'consistent', why: 'a reason here' },
      ],
    };
    expect(parseExpected(JSON.stringify(marketing))).toMatchObject({ ok: false });
  });

  test('readCorpus reports unlabeled pages, orphaned labels and quotes that are not on the page', () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-corpus-'));
    try {
      const pagesDir = join(root, 'pages');
      const expectedDir = join(root, 'expected');
      mkdirSync(pagesDir);
      mkdirSync(expectedDir);
      const html = '<html><body><p>Kymriah ORR 83%.</p></body></html>';
      writeFileSync(join(pagesDir, 'ok--a.html'), html);
      writeFileSync(join(pagesDir, 'bad--quote.html'), html);
      writeFileSync(join(pagesDir, 'no--label.html'), html);
      writeFileSync(join(expectedDir, 'ok--a.json'), JSON.stringify(withQuote('ORR 83%')));
      writeFileSync(join(expectedDir, 'bad--quote.json'), JSON.stringify(withQuote('ORR 90%')));
      writeFileSync(join(expectedDir, 'orphan.json'), JSON.stringify(base));
      const corpus = readCorpus({ pagesDir, expectedDir });
      expect(corpus.pages.map((p) => p.name)).toEqual(['bad--quote', 'ok--a']);
      expect(corpus.problems).toEqual([
        'orphan.json: no page tests/fixtures/pages/orphan.html',
        'bad--quote.json: quote not in one visible block of the page: "ORR 90%"',
        'no--label: no expected file no--label.json',
      ]);
      expect(readCorpus({ pagesDir, expectedDir }, 'ok').pages.map((p) => p.name)).toEqual(['ok--a']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('page filters take a substring or a glob', () => {
    expect(matchesFilter('planted--miracle-clinic', 'planted')).toBe(true);
    expect(matchesFilter('planted--miracle-clinic', 'seed')).toBe(false);
    expect(matchesFilter('planted--miracle-clinic', 'p*clinic')).toBe(true);
    expect(matchesFilter('planted--miracle-clinic', '*blog*')).toBe(false);
    expect(matchesFilter('x', undefined)).toBe(true);
  });
});
