// `npm run analyze -- [options] <file.html | archive.warc[.gz] | URL>...` — the researcher's batch
// tool. Runs the same engine as the extension (lib/analyze.ts) on saved files, web archives and
// URLs, on every core (cli/run.ts), streaming reports in input order. A bad input is one line on
// stderr and exit status 2; the other inputs are still analyzed.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDataset } from '../lib/dataset/bundled';
import { parseAnalyzeArgs, USAGE } from './analyze-args';
import { createOutput } from './output';
import { addToTally, createProgress, createTally, summaryLine } from './progress';
import { readDone } from './resume';
import { runAnalysis } from './run';

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

  let done: Set<string> | undefined;
  if (args.resume && args.out) {
    const previous = await readDone(args.out);
    if (!previous.ok) {
      process.stderr.write(`error: ${previous.error}\n`);
      return 2;
    }
    done = previous.keys;
  }

  const progress = createProgress(args.inputs.length, {
    tty: Boolean(process.stderr.isTTY),
    plain: args.progress,
    write: (text) => process.stderr.write(text),
  });
  const tally = createTally();
  const output = createOutput({
    format: args.format,
    append: args.resume,
    bom: args.bom,
    dataset: bundledDataset,
    ...(args.out !== undefined ? { out: args.out } : {}),
  });
  let counts;
  try {
    counts = await runAnalysis(
      {
        inputs: args.inputs,
        workers: args.workers,
        format: args.format,
        lookahead: args.concurrency,
        timeoutMs: args.timeoutMs,
        ...(args.shard ? { shard: args.shard } : {}),
        ...(done ? { done } : {}),
        ...(args.now !== undefined ? { now: args.now } : {}),
      },
      output,
      {
        report: (report) => addToTally(tally, report),
        error: (line) => progress.error(`error: ${line}`),
        page: (source) => progress.page(source),
        inputDone: () => progress.inputDone(),
      },
    );
    await output.end();
  } catch (err) {
    progress.done();
    process.stderr.write(
      `error: ${args.out ?? 'stdout'}: could not write output (${err instanceof Error ? err.message : String(err)})\n`,
    );
    return 2;
  }
  progress.done();
  process.stderr.write(
    summaryLine(tally, {
      pages: counts.analyzed + counts.errors,
      errors: counts.errors,
      skipped: counts.skipped,
      notInRun: counts.notInRun,
    }) + '\n',
  );
  return counts.errors > 0 ? 2 : 0;
}

// Runs when invoked as a script (tsx cli/analyze.ts), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // Never a stack trace: one line, whatever went wrong.
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
