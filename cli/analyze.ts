// `npm run analyze -- [options] <file.html | URL>...` — the researcher's batch tool. Runs the same
// engine as the extension (lib/analyze.ts) on saved files (parsed with linkedom) and on URLs it
// fetches, with bounded concurrency, and prints reports in input order. A bad input is one line on
// stderr and exit status 2; the other inputs are still analyzed.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage } from '../lib/analyze';
import { claimsCsv } from '../lib/collection/export';
import { bundledDataset } from '../lib/dataset/bundled';
import type { PageReport } from '../lib/schema';
import { parseAnalyzeArgs, USAGE, type AnalyzeArgs } from './analyze-args';
import { fetchHtml } from './fetch-page';
import { readPdfInput } from './inputs/pdf';
import { loadHtmlFile, parseHtml, type Loaded } from './load-html';
import { mapLimit } from './pool';
import { createProgress, summaryLine } from './progress';
import { formatText } from './text-report';

type Outcome = { ok: true; report: PageReport } | { ok: false; error: string };

/** Total time spent in synchronous parsing and analysis (see FetchOptions.blockedMs). */
let blockedMs = 0;

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseAnalyzeArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`error: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }

  const progress = createProgress(args.inputs.length, {
    tty: Boolean(process.stderr.isTTY),
    plain: args.progress,
    write: (text) => process.stderr.write(text),
  });
  const outcomes = await mapLimit(args.inputs, args.concurrency, async (input) => {
    const outcome = await analyzeInput(input, args);
    if (!outcome.ok) progress.error(`error: ${input}: ${outcome.error}`);
    progress.tick(input);
    return outcome;
  });
  progress.done();

  const reports = outcomes.flatMap((o) => (o.ok ? [o.report] : []));
  const errors = outcomes.length - reports.length;
  const output = render(reports, args);
  try {
    if (args.out) await writeFile(args.out, output);
    else await writeStdout(output);
  } catch (err) {
    process.stderr.write(
      `error: ${args.out ?? 'stdout'}: could not write output (${err instanceof Error ? err.message : String(err)})\n`,
    );
    return 2;
  }
  process.stderr.write(summaryLine(reports, args.inputs.length, errors) + '\n');
  return errors > 0 ? 2 : 0;
}

async function analyzeInput(input: string, args: AnalyzeArgs): Promise<Outcome> {
  let loaded: Loaded;
  // A local PDF (path or file: URL); see cli/inputs/pdf.ts.
  if (/\.pdf$/i.test(input) && !/^(?!file:)[a-z][a-z0-9+.-]+:\/\//i.test(input)) {
    const pdf = await readPdfInput(input);
    if (!pdf.ok) return pdf;
    return analyzeDoc(() => pdf.doc, pdf.source, args);
  }
  if (/^https?:\/\//i.test(input)) {
    loaded = await fetchHtml(input, { timeoutMs: args.timeoutMs, blockedMs: () => blockedMs });
  } else if (/^file:\/\//i.test(input)) {
    loaded = await loadHtmlFile(fileURLToPath(input));
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) {
    return { ok: false, error: 'unsupported URL scheme (use http, https or a file path)' };
  } else {
    loaded = await loadHtmlFile(input);
  }
  if (!loaded.ok) return loaded;
  const html = loaded.html;
  return analyzeDoc(() => parseHtml(html), input, args);
}

function analyzeDoc(parse: () => Document, input: string, args: AnalyzeArgs): Outcome {
  const started = performance.now();
  try {
    const doc = parse();
    // The real clock, read here and passed in: lib/ never reads it.
    const now = args.now ?? new Date().toISOString();
    return { ok: true, report: analyzePage(doc, { url: input, dataset: bundledDataset, now }) };
  } catch (err) {
    return { ok: false, error: `analysis failed (${err instanceof Error ? err.message : String(err)})` };
  } finally {
    blockedMs += performance.now() - started;
  }
}

function render(reports: PageReport[], args: AnalyzeArgs): string {
  switch (args.format) {
    case 'json':
      return JSON.stringify(reports, null, 2) + '\n';
    case 'jsonl':
      return reports.map((r) => JSON.stringify(r) + '\n').join('');
    case 'csv':
      return claimsCsv(
        reports.map((report) => ({ report })),
        { bom: args.bom },
      );
    case 'text':
      return formatText(reports, bundledDataset);
  }
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

// Runs when invoked as a script (tsx cli/analyze.ts), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
