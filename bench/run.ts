// npm run bench [-- --json] [-- --quick]; npm run bench -- --throughput: see bench/throughput.ts.
// Full analysis (analyzePage) against a Readability-only parse of the same pages, both on linkedom,
// over the fixture pages and generated clinic pages of ~10 KB, 100 KB, 1 MB and 5 MB.
// What is timed: the work on an already-parsed document (a fresh parse per iteration, parse and GC
// excluded from both sides; see bench/measure.ts). Medians over iterations after warm-up.
// Goals (reported, not asserted): full/Readability ≤ 1.3 on typical pages (fixtures, 10 KB, 100 KB);
// time per KB within 2× from 10 KB to 5 MB.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexDataset } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import { BENCH_SIZES, generateClinicPage } from './generate';
import { measurePage, timeFull, type PageTiming } from './measure';
import { markdownTable, median, round, spread } from './stats';
import { runThroughput } from './throughput';
import { ALL_LANGUAGE_PACKS } from '../lib/match/multilingual/all';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pages');

interface PagePlan {
  group: string;
  name: string;
  html: string;
  typical: boolean;
  /** Generated sizes take part in the per-KB spread. */
  scaling: boolean;
  warmup: number;
  iterations: number;
  maxSeconds: number;
}

export interface PageResult {
  group: string;
  name: string;
  kb: number;
  fullMs: number;
  readabilityMs: number;
  ratio: number;
  msPerKb: number;
  iterations: number;
  partial: boolean;
  claims: number;
  words: number;
  notes: string[];
}

function plan(quick: boolean): PagePlan[] {
  const pages: PagePlan[] = [];
  let fixtures: string[] = [];
  try {
    fixtures = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.html'))
      .sort();
  } catch {
    fixtures = [];
  }
  for (const file of fixtures) {
    pages.push({
      group: 'fixtures',
      name: basename(file, '.html'),
      html: readFileSync(join(FIXTURES, file), 'utf8'),
      typical: true,
      scaling: false,
      warmup: quick ? 1 : 2,
      iterations: quick ? 3 : 9,
      maxSeconds: 4,
    });
  }
  const perSize: Record<string, { pages: number; warmup: number; iterations: number; maxSeconds: number }> = {
    '10 KB': { pages: 5, warmup: 3, iterations: 15, maxSeconds: 3 },
    '100 KB': { pages: 3, warmup: 2, iterations: 9, maxSeconds: 6 },
    '1 MB': { pages: 1, warmup: 1, iterations: 5, maxSeconds: 20 },
    '5 MB': { pages: 1, warmup: 0, iterations: 3, maxSeconds: 40 },
  };
  for (const size of BENCH_SIZES) {
    const p = perSize[size.label];
    if (!p) continue;
    for (let seed = 1; seed <= p.pages; seed++) {
      pages.push({
        group: size.label,
        name: `generated ${size.label} #${seed}`,
        html: generateClinicPage(size.bytes, seed),
        typical: size.bytes <= 100 * 1024,
        scaling: true,
        warmup: quick ? Math.min(1, p.warmup) : p.warmup,
        iterations: quick ? 3 : p.iterations,
        maxSeconds: quick ? p.maxSeconds / 3 : p.maxSeconds,
      });
    }
  }
  return pages;
}

function summarize(page: PagePlan, t: PageTiming): PageResult {
  const kb = Buffer.byteLength(page.html, 'utf8') / 1024;
  const fullMs = median(t.fullMs);
  const readabilityMs = median(t.readabilityMs);
  return {
    group: page.group,
    name: page.name,
    kb: round(kb, 1),
    fullMs: round(fullMs, 2),
    readabilityMs: round(readabilityMs, 2),
    ratio: round(fullMs / readabilityMs, 3),
    msPerKb: round(fullMs / kb, 4),
    iterations: t.fullMs.length,
    partial: t.partial,
    claims: t.claims,
    words: t.words,
    notes: t.notes,
  };
}

interface GroupRow {
  size: string;
  pages: number;
  medianKb: number;
  fullMs: number;
  readabilityMs: number;
  ratio: number;
  msPerKb: number;
  partial: number;
}

function groupRows(results: PageResult[]): GroupRow[] {
  const groups = [...new Set(results.map((r) => r.group))];
  return groups.map((g) => {
    const rs = results.filter((r) => r.group === g);
    return {
      size: g,
      pages: rs.length,
      medianKb: round(median(rs.map((r) => r.kb)), 1),
      fullMs: round(median(rs.map((r) => r.fullMs)), 2),
      readabilityMs: round(median(rs.map((r) => r.readabilityMs)), 2),
      ratio: round(median(rs.map((r) => r.ratio)), 3),
      msPerKb: round(median(rs.map((r) => r.msPerKb)), 4),
      partial: rs.filter((r) => r.partial).length,
    };
  });
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const json = args.has('--json');
  const quick = args.has('--quick');
  const pages = plan(quick);
  const log = (line: string) => {
    if (!json) process.stderr.write(`${line}\n`);
  };

  // The dataset is indexed once, outside the timings, as the CLI workers index it once per dataset.
  const index = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
  // Warm the JIT on every code path once before anything is measured.
  const warm = pages.find((p) => p.group === '10 KB') ?? pages[0];
  if (warm) for (let i = 0; i < 3; i++) timeFull(warm.html, index, 'https://bench.example/warm');

  const started = Date.now();
  const results: PageResult[] = [];
  for (const page of pages) {
    const url = `https://bench.example/${encodeURIComponent(page.name)}`;
    const timing = measurePage(page.html, { ...page, index, url });
    const r = summarize(page, timing);
    results.push(r);
    log(
      `  ${r.name.padEnd(40)} ${String(r.kb).padStart(8)} KB  full ${r.fullMs} ms  readability ${r.readabilityMs} ms  ×${r.ratio}${r.partial ? `  (partial: ${r.notes[0] ?? 'no note'})` : ''}`,
    );
  }

  const typical = results.filter((r, i) => pages[i]?.typical);
  const scaling = groupRows(results.filter((r, i) => pages[i]?.scaling));
  const medianRatio = round(median(typical.map((r) => r.ratio)), 3);
  const perKbSpread = round(spread(scaling.map((g) => g.msPerKb)), 3);
  // The same over sizes analyzed whole: a page the budget cut short does less work per KB by design.
  const perKbSpreadWhole = round(spread(scaling.filter((g) => g.partial === 0).map((g) => g.msPerKb)), 3);
  const rows = groupRows(results);
  const summary = {
    method:
      'median ms of the work on an already-parsed linkedom document; fresh parse per iteration, parse and GC excluded from both sides',
    node: process.version,
    seconds: round((Date.now() - started) / 1000, 1),
    medianRatio,
    perKbSpread,
    perKbSpreadWhole,
    goals: {
      medianRatioMax: 1.3,
      perKbSpreadMax: 2,
      medianRatioMet: medianRatio <= 1.3,
      perKbSpreadMet: perKbSpread <= 2,
    },
    rows,
    pages: results,
  };

  if (json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  console.log('');
  console.log(
    markdownTable(
      [
        'size',
        'pages',
        'median full ms',
        'median Readability ms',
        'full / Readability',
        'full ms per KB',
        'partial',
      ],
      rows.map((r) => [
        r.size === 'fixtures' ? `fixtures (median ${r.medianKb} KB)` : r.size,
        r.pages,
        r.fullMs,
        r.readabilityMs,
        r.ratio,
        r.msPerKb,
        r.partial ? `${r.partial}/${r.pages}` : 'no',
      ]),
    ),
  );
  console.log('');
  console.log(
    `median ratio on typical pages (fixtures, 10 KB, 100 KB): ${medianRatio} (goal ≤ 1.3: ${medianRatio <= 1.3 ? 'met' : 'MISSED'})`,
  );
  console.log(
    `time per KB spread, 10 KB → 5 MB: ${perKbSpread}× (goal ≤ 2: ${perKbSpread <= 2 ? 'met' : 'MISSED'})`,
  );
  console.log(`time per KB spread over sizes analyzed whole (not cut by the budget): ${perKbSpreadWhole}×`);
  const cut = typical.filter((r) => r.partial);
  if (cut.length > 0)
    console.log(
      `warning: ${cut.length} typical page(s) came back partial, e.g. ${cut[0]?.name}: ${cut[0]?.notes[0] ?? 'no note'}`,
    );
  console.log(`${summary.method}; node ${process.version}; ${summary.seconds} s`);
}

if (process.argv.includes('--throughput')) {
  runThroughput(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
} else {
  main();
}
