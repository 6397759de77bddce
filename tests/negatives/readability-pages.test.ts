// The 130 real pages of mozilla/readability's test corpus are about software, news and fiction,
// never about cancer therapy: a report on them holds no product and no claim.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzePage } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { parseDocument } from '../helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';

const ARCHIVE = join(__dirname, '..', '..', '..', 'shared', 'corpora', 'readability-test-pages.tgz');
const dir = mkdtempSync(join(tmpdir(), 'rdb-'));
execFileSync('tar', ['xzf', ARCHIVE, '-C', dir]);
const pagesDir = join(dir, 'rdb');
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pages not about cancer therapy', () => {
  test('the corpus is there', () => {
    expect(pages.length).toBe(130);
  });

  test('no page yields a claim or a product', { timeout: 180_000 }, () => {
    const found: string[] = [];
    for (const f of pages) {
      const report = analyzePage(parseDocument(readFileSync(join(pagesDir, f), 'utf8')), {
        url: `https://example.test/${f}`,
        dataset: bundledDataset,
        languages: ALL_LANGUAGE_PACKS,
        now: '2026-12-04T00:00:00.000Z',
      });
      for (const c of report.claims) found.push(`${f}: ${c.kind} "${c.matched}"`);
      for (const p of report.products) found.push(`${f}: product ${p.id}`);
    }
    expect(found).toEqual([]);
  });
});
