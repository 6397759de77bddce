// The bundled dataset is tested like code: it parses, it is already in canonical form (so the
// content script can skip zod), it keeps every invariant, and data/index.ts ships every file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index';
import { bundledDataset } from '../../lib/dataset/bundled';
import { formatDataJson } from '../../lib/dataset/format-json';
import { checkInvariants } from '../../lib/dataset/invariants';
import { Dataset } from '../../lib/dataset/schema';
import { prettifyError } from '../../lib/zod';
import { testPath } from '../helpers/dom';

const DATA_DIR = testPath('..', 'data');
const PRODUCT_DIR = join(DATA_DIR, 'products');
const productFiles = readdirSync(PRODUCT_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const dataFiles = [
  'meta.json',
  'targets.json',
  'conditions.json',
  ...productFiles.map((f) => join('products', f)),
];

function parseOrExplain(raw: unknown): Dataset {
  const result = Dataset.safeParse(raw);
  if (!result.success) throw new Error(`dataset does not match its schema:\n${prettifyError(result.error)}`);
  return result.data;
}

describe('bundled dataset', () => {
  const parsed = parseOrExplain(rawDataset);

  it('matches the schema', () => {
    expect(parsed.products.length).toBeGreaterThan(20);
  });

  it('is stored in canonical form: parsing changes nothing', () => {
    expect(parsed).toEqual(rawDataset);
  });

  it('is exported by lib/dataset/bundled.ts unchanged', () => {
    expect(bundledDataset).toBe(rawDataset as unknown);
    expect(bundledDataset).toEqual(parsed);
  });

  it('keeps every invariant', () => {
    expect(checkInvariants(parsed)).toEqual([]);
  });

  it('lists every product file in data/index.ts, each under its own id', () => {
    expect(rawDataset.products.map((p) => `${p.id}.json`).sort()).toEqual(productFiles);
    for (const file of productFiles) {
      const onDisk: unknown = JSON.parse(readFileSync(join(PRODUCT_DIR, file), 'utf8'));
      const shipped = rawDataset.products.find((p) => `${p.id}.json` === file);
      expect(shipped, file).toEqual(onDisk);
    }
  });

  it.each(dataFiles)('%s is under 5 MB and laid out canonically (npm run dataset -- --fix)', (file) => {
    const path = join(DATA_DIR, file);
    expect(statSync(path).size).toBeLessThan(5 * 1024 * 1024);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(formatDataJson(JSON.parse(text)));
  });

  it('records the as-of date the fact sheet supports', () => {
    expect(parsed.meta.asOf).toBe('2026-08-11');
  });
});

// Spot checks of facts other stages depend on; each names the source figure it guards.
describe('key facts', () => {
  const ds = parseOrExplain(rawDataset);
  const figure = (id: string) => ds.products.flatMap((p) => p.figures).find((f) => f.id === id);
  const indication = (id: string) => ds.products.flatMap((p) => p.indications).find((i) => i.id === id);

  it('keeps label and publication figures apart (ZUMA-1: 72% label, 82% publication)', () => {
    expect(figure('axicabtagene-ciloleucel--zuma-1--orr--label')).toMatchObject({
      value: 72,
      n: 101,
      kind: 'label',
    });
    expect(figure('axicabtagene-ciloleucel--zuma-1--orr--publication')).toMatchObject({
      value: 82,
      kind: 'publication',
    });
  });

  it('uses CR/CRi for ALL remission rates (ELIANA 83%, n=63)', () => {
    expect(figure('tisagenlecleucel--eliana--cr-cri--label')).toMatchObject({
      metric: 'CR/CRi',
      value: 83,
      n: 63,
    });
  });

  it('has every CARTITUDE-1 figure pages quote', () => {
    const values = ds.products
      .find((p) => p.id === 'ciltacabtagene-autoleucel')!
      .figures.filter((f) => f.trial === 'CARTITUDE-1')
      .map((f) => `${f.metric} ${f.value} ${f.kind}`);
    expect(values).toEqual(
      expect.arrayContaining([
        'ORR 97.9 label',
        'sCR 78.4 label',
        'ORR 97 publication',
        'sCR 67 publication',
        'sCR 82.5 publication',
        'CR/sCR 83 publication',
      ]),
    );
  });

  it('records the Abecma label widening as a superseding entry', () => {
    expect(indication('idecabtagene-vicleucel--fda--multiple-myeloma--2021')).toMatchObject({
      status: 'superseded',
      line: { minPriorLines: 4 },
    });
    expect(indication('idecabtagene-vicleucel--fda--multiple-myeloma--2024')).toMatchObject({
      status: 'active',
      supersedes: 'idecabtagene-vicleucel--fda--multiple-myeloma--2021',
      line: { minPriorLines: 2 },
    });
  });

  it('lists investigational products without active indications', () => {
    for (const id of [
      'anitocabtagene-autoleucel',
      'letetresgene-autoleucel',
      'vusolimogene-oderparepvec',
      'cretostimogene-grenadenorepvec',
      'be-car7',
    ]) {
      const p = ds.products.find((x) => x.id === id);
      expect(p?.status, id).toBe('investigational');
      expect(
        p?.indications.filter((i) => i.status === 'active'),
        id,
      ).toEqual([]);
    }
  });

  it('marks inati-cel as approved in China only', () => {
    const p = ds.products.find((x) => x.id === 'inaticabtagene-autoleucel')!;
    expect(new Set(p.indications.map((i) => i.regulator))).toEqual(new Set(['NMPA']));
  });
});
