// Runs `cli/dataset.ts` the way `npm run dataset` does and checks what a researcher gets back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index';
import { Dataset } from '../../lib/dataset/schema';
import { testPath } from '../helpers/dom';

const ROOT = testPath('..');
const tmp = mkdtempSync(join(tmpdir(), 'therapylens-dataset-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'cli/dataset.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeInput(name: string, value: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('cli/dataset.ts', () => {
  const expected = Dataset.parse(rawDataset);

  it('prints the whole validated dataset as JSON', () => {
    const r = run('--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('prints one CSV row per indication with quoted fields intact', () => {
    const r = run('--format', 'csv');
    expect(r.status, r.stderr).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'product_id',
      'brand_names',
      'inn',
      'regulator',
      'condition_id',
      'condition_name',
      'population',
      'line_of_therapy',
      'date',
      'approval_type',
      'status',
      'confidence',
      'source_url',
      'source_title',
    ]);
    expect(parsed.data).toHaveLength(expected.products.reduce((n, p) => n + p.indications.length, 0));
    const kymriahAll = parsed.data.find(
      (row) => row.product_id === 'tisagenlecleucel' && row.date === '2017-08-30',
    );
    expect(kymriahAll).toMatchObject({
      brand_names: 'Kymriah',
      inn: 'tisagenlecleucel',
      regulator: 'FDA',
      condition_id: 'b-all',
      condition_name: 'B-cell acute lymphoblastic leukaemia',
      population: 'patients up to 25 years of age',
      approval_type: 'regular',
      status: 'active',
      confidence: 'confirmed',
    });
    expect(kymriahAll?.source_url).toMatch(/^https:\/\/prod-www\.ons\.org\//);
    // A line-of-therapy text with commas must survive quoting.
    const yescarta2l = parsed.data.find(
      (row) => row.product_id === 'axicabtagene-ciloleucel' && row.date === '2022-04-01',
    );
    expect(yescarta2l?.line_of_therapy).toContain('relapsed within 12 months');
  });

  it('exits 1 with a readable schema error for an invalid input file', () => {
    const r = run(
      '--input',
      writeInput('bad.json', {
        ...rawDataset,
        meta: { version: 'one', asOf: '2026-08-11', description: 'x' },
      }),
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/does not match its schema/);
    expect(r.stderr).toMatch(/meta\.version/);
  });

  it('exits 1 listing broken invariants for a schema-valid but inconsistent file', () => {
    const broken = structuredClone(expected);
    broken.products.push(structuredClone(broken.products[0]!));
    const r = run('--input', writeInput('dup.json', broken), '--format', 'csv');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/invariant/);
    expect(r.stderr).toMatch(/is used twice/);
  });

  it('rejects an unknown format', () => {
    const r = run('--format', 'xml');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Unknown --format "xml"/);
  });
});
