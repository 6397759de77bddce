// `npm run eval`: runs the engine over the labeled fixture corpus and prints how well it finds
// products, targets and claim verdicts. Exit code 1 only when the corpus itself is malformed.
//   npx tsx cli/eval.ts [--json] [--pages <substring or glob>] [--corpus <dir with pages/ and expected/>]
//                       [--real blind|dev|all]   (real-page excerpts in ../shared/corpora, labels in tests/real)
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage, indexDataset } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import { PageReport } from '../lib/schema';
import { prettifyError } from '../lib/zod';
import { readCorpus, readRealCorpus, type RealPart } from './eval/corpus';
import { formatMetrics } from './eval/format';
import { loadDocument } from './eval/load';
import { scoreCorpus, type ScoredInput } from './eval/score';
import { ALL_LANGUAGE_PACKS } from '../lib/match/multilingual/all';

/** Fixed analysis time, the same as the fixture tests, so dated verdicts never drift. */
const EVAL_NOW = '2026-11-21T12:00:00.000Z';

interface Args {
  json: boolean;
  pages: string | undefined;
  /** Another labeled corpus, e.g. tests/holdout (pages the engine was never tuned on). */
  corpus: string | undefined;
  /** The real-page corpora (tests/real): `blind`, `dev` or `all`. */
  real: RealPart | undefined;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { json: false, pages: undefined, corpus: undefined, real: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--pages') {
      const value = argv[++i];
      if (!value) return '--pages needs a value';
      args.pages = value;
    } else if (arg?.startsWith('--pages=')) args.pages = arg.slice('--pages='.length);
    else if (arg === '--corpus') {
      const value = argv[++i];
      if (!value) return '--corpus needs a directory';
      args.corpus = value;
    } else if (arg === '--real') {
      const value = argv[++i];
      if (value !== 'blind' && value !== 'dev' && value !== 'all') return '--real takes blind, dev or all';
      args.real = value;
    } else return `unknown argument: ${arg}`;
  }
  return args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(
      `${args}\nusage: tsx cli/eval.ts [--json] [--pages <substring or glob>] [--corpus <dir> | --real blind|dev|all]\n`,
    );
    return 1;
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dirs = args.corpus
    ? { pagesDir: resolve(args.corpus, 'pages'), expectedDir: resolve(args.corpus, 'expected') }
    : { pagesDir: join(root, 'tests', 'fixtures', 'pages'), expectedDir: join(root, 'tests', 'expected') };
  const corpus = args.real
    ? readRealCorpus(root, resolve(root, '..', 'shared'), args.real, args.pages)
    : readCorpus(dirs, args.pages);

  const index = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
  const invalidReports: string[] = [];
  const scored: ScoredInput[] = corpus.pages.map((page) => {
    const report = analyzePage(loadDocument(page.html), {
      url: page.expected.url,
      index,
      now: EVAL_NOW,
    });
    const check = PageReport.safeParse(report);
    if (!check.success) invalidReports.push(`${page.name}: ${prettifyError(check.error)}`);
    return { name: page.name, expected: page.expected, report };
  });
  const metrics = scoreCorpus(scored);

  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ ...metrics, invalidReports, corpusProblems: corpus.problems }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${formatMetrics(metrics)}\n`);
    if (invalidReports.length)
      process.stdout.write(`\nreports failing the PageReport schema:\n${invalidReports.join('\n')}\n`);
  }
  if (corpus.problems.length) {
    process.stderr.write(`\nmalformed corpus:\n${corpus.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
