// Command line of `npm run analyze`. Parsed with node:util so unknown flags are errors, not inputs.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { parseShard, type Shard } from './shard';

export const FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface AnalyzeArgs {
  format: Format;
  out?: string;
  concurrency: number;
  /** Worker threads analyzing pages in parallel. */
  workers: number;
  shard?: Shard;
  /** Skip the pages already in --out and append (jsonl only). */
  resume: boolean;
  timeoutMs: number;
  /** Files and URLs in the order given: positional arguments first, then --urls lists. */
  inputs: string[];
  bom: boolean;
  progress: boolean;
  /** Fixed analysis time (ISO) for reproducible runs; otherwise the clock at each page. */
  now?: string;
  help: boolean;
}

export const USAGE = `usage: npm run analyze -- [options] <file.html | file.pdf | archive.warc[.gz] | URL>...

Analyzes saved HTML files, web archives (each HTML response record is a page) and web pages with
the TherapyLens engine and the bundled reference dataset, on every core. Reports go to stdout (or
--out) in input order; progress, errors and a summary go to stderr.

options:
  --format text|json|jsonl|csv  output format (default text)
                                  json   one array of PageReports, in input order
                                  jsonl  one PageReport per line (archived pages add "capture":
                                         archive, WARC-Record-ID and capture date)
                                  csv    one row per claim (same columns as the extension export)
  --out FILE                    write the output to FILE instead of stdout
  --urls FILE                   read more inputs from FILE, one per line (# comments allowed;
                                  - reads them from standard input)
  --workers N                   pages analyzed in parallel, one thread each (default: the
                                  machine's cores, here ${availableParallelism()})
  --shard K/N                   analyze only shard K of N (1 ≤ K ≤ N): a fixed 1/N of the pages,
                                  the same on every machine (by input name; by record in archives)
  --resume                      with --out and --format jsonl: skip pages already in the file and
                                  append the rest (for a run that was stopped)
  --concurrency N               inputs read ahead at once, e.g. URLs downloading (default 4)
  --timeout MS                  time limit per URL, in milliseconds (default 15000)
  --bom                         start CSV output with a UTF-8 byte order mark (for Excel)
  --progress                    print one progress line per page, with pages/s (a bar is shown
                                  on terminals)
  --now ISO                     use this analysis time instead of the clock (reproducible runs)
  --help                        show this help

Exit status: 0 when every input was analyzed, 2 when any input failed or the command line is wrong.
Not medical advice.`;

export type ParsedArgs = { ok: true; args: AnalyzeArgs } | { ok: false; error: string };

export function parseAnalyzeArgs(argv: readonly string[]): ParsedArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        urls: { type: 'string', multiple: true },
        concurrency: { type: 'string', short: 'c' },
        workers: { type: 'string', short: 'w' },
        shard: { type: 'string' },
        resume: { type: 'boolean' },
        timeout: { type: 'string' },
        bom: { type: 'boolean' },
        progress: { type: 'boolean' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
  const help = values.help ?? false;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: `--format must be one of ${FORMATS.join(', ')} (got "${format}")` };
  }
  const concurrency = wholeNumber(values.concurrency ?? '4', 1, 64);
  if (concurrency === undefined)
    return { ok: false, error: '--concurrency must be a whole number from 1 to 64' };
  const workers = wholeNumber(values.workers ?? String(availableParallelism()), 1, 256);
  if (workers === undefined) return { ok: false, error: '--workers must be a whole number from 1 to 256' };
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const parsedShard = parseShard(values.shard);
    if (!parsedShard.ok) return parsedShard;
    shard = parsedShard.shard;
  }
  const resume = values.resume ?? false;
  if (resume && (values.out === undefined || format !== 'jsonl')) {
    return { ok: false, error: '--resume needs --out FILE and --format jsonl' };
  }
  const timeoutMs = wholeNumber(values.timeout ?? '15000', 1, 600_000);
  if (timeoutMs === undefined)
    return { ok: false, error: '--timeout must be a whole number of milliseconds (1 to 600000)' };
  if (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(values.now)) {
    return { ok: false, error: '--now must be an ISO UTC time such as 2026-01-31T12:00:00Z' };
  }

  const inputs = [...positionals];
  for (const list of values.urls ?? []) {
    let text: string;
    try {
      // Standard input is file descriptor 0 (Spark's RDD.pipe, xargs-free shell pipelines).
      text = readFileSync(list === '-' ? 0 : list, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return {
        ok: false,
        error: `--urls ${list}: ${code === 'ENOENT' ? 'file not found' : 'could not be read'}`,
      };
    }
    for (const line of text.split(/\r?\n/)) {
      const entry = line.replace(/^\uFEFF/, '').trim();
      if (entry && !entry.startsWith('#')) inputs.push(entry);
    }
  }
  if (!help && inputs.length === 0) return { ok: false, error: 'no input files or URLs given' };

  const args: AnalyzeArgs = {
    format: format as Format,
    concurrency,
    workers,
    resume,
    timeoutMs,
    inputs,
    bom: values.bom ?? false,
    progress: values.progress ?? false,
    help,
  };
  if (values.out !== undefined) args.out = values.out;
  if (shard) args.shard = shard;
  if (values.now !== undefined) args.now = new Date(values.now).toISOString();
  return { ok: true, args };
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}
