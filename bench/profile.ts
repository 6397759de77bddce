// npm run bench is the measurement; this is the microscope. Runs the full analysis on one page
// repeatedly so a CPU profile shows where the time goes, and times each pipeline stage by hand:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts [size KB | fixture name] [runs]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeExtracted, indexDataset } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import { extract } from '../lib/extract';
import { prepareBlocks } from '../lib/normalize/prepare';
import { matchBlocks } from '../lib/match';
import { detectClaims } from '../lib/claims';
import { verifyClaims } from '../lib/verify';
import { buildReport } from '../lib/report';
import { generateClinicPage } from './generate';
import { BENCH_NOW } from './measure';
import { median, round } from './stats';
import { ALL_LANGUAGE_PACKS } from '../lib/match/multilingual/all';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = process.argv[2] ?? '100';
const runs = Number(process.argv[3] ?? 5);
const html = /^\d+$/.test(arg)
  ? generateClinicPage(Number(arg) * 1024, 1)
  : readFileSync(join(ROOT, 'tests', 'fixtures', 'pages', `${arg.replace(/\.html$/, '')}.html`), 'utf8');

const parse = () => parseHTML(html).document as unknown as Document;
const stages: Record<string, number[]> = {};
function time<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  (stages[name] ??= []).push(performance.now() - t0);
  return out;
}

const index = time('indexDataset (once per dataset)', () =>
  indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS }),
);
for (let i = 0; i < runs; i++) {
  const doc = parse();
  time('readability alone', () => new Readability(parse().cloneNode(true) as Document).parse());
  const extracted = time('extract (walk + Readability)', () => extract(doc));
  const blocks = time('normalize: prepareBlocks', () => prepareBlocks(extracted.blocks));
  const matches = time('match: matchBlocks', () => matchBlocks(blocks, index));
  const claims = time('claims: detectClaims', () => detectClaims(blocks, matches, index));
  const verified = time('verify: verifyClaims', () => verifyClaims(claims, index));
  const opts = { url: 'https://bench.example/', now: BENCH_NOW };
  time('report: buildReport', () =>
    buildReport({ extracted, blocks, matches, claims: verified }, { ...opts, dataset: index }),
  );
  time('analyzeExtracted (all after extract)', () => analyzeExtracted(extracted, { ...opts, index }));
}

console.log(`${arg}: ${round(html.length / 1024, 1)} KB, ${runs} runs, median ms per stage`);
for (const [name, values] of Object.entries(stages))
  console.log(`  ${name.padEnd(40)} ${round(median(values), 1)}`);
