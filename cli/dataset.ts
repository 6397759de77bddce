// `npm run dataset`: validate the reference dataset and export it.
//   --format json   the whole validated dataset (default)
//   --format csv    one row per indication, for spreadsheets and reviewers
//   --input <file>  check a dataset JSON file instead of the bundled one
//   --fix           rewrite data/ files in canonical form (defaults written out, stable layout)
// Exit 1 with the problems on stderr when the dataset fails its schema or its invariants.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { rawDataset } from '../data/index';
import { formatDataJson } from '../lib/dataset/format-json';
import { checkInvariants } from '../lib/dataset/invariants';
import { Condition, Dataset, DatasetMeta, Product, Target } from '../lib/dataset/schema';
import { prettifyError, z } from '../lib/zod';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

const CSV_COLUMNS = [
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
] as const;

function indicationRows(ds: Dataset): Record<(typeof CSV_COLUMNS)[number], string>[] {
  const conditionName = new Map(ds.conditions.map((c) => [c.id, c.name]));
  return ds.products.flatMap((p) =>
    p.indications.map((i) => ({
      product_id: p.id,
      brand_names: p.names.brands.map((b) => b.name).join('; '),
      inn: p.names.inn ?? '',
      regulator: i.regulator,
      condition_id: i.conditionId,
      condition_name: conditionName.get(i.conditionId) ?? '',
      population: i.population.text,
      line_of_therapy: i.line.text,
      date: i.date,
      approval_type: i.approvalType,
      status: i.status,
      confidence: i.confidence,
      // Several sources are joined so no row loses its evidence.
      source_url: i.sources.map((s) => s.url).join(' | '),
      source_title: i.sources.map((s) => s.title).join(' | '),
    })),
  );
}

function fail(message: string): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(1);
}

function validate(raw: unknown): Dataset {
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) fail(`Dataset does not match its schema:\n${prettifyError(parsed.error)}`);
  const problems = checkInvariants(parsed.data);
  if (problems.length > 0)
    fail(`Dataset breaks ${problems.length} invariant(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return parsed.data;
}

function fixFiles(): void {
  const rewrite = (file: string, schema: z.ZodMiniType) => {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) fail(`${file}:\n${prettifyError(parsed.error)}`);
    writeFileSync(file, formatDataJson(parsed.data));
  };
  rewrite(join(DATA_DIR, 'meta.json'), DatasetMeta);
  rewrite(join(DATA_DIR, 'targets.json'), z.array(Target));
  rewrite(join(DATA_DIR, 'conditions.json'), z.array(Condition));
  for (const f of readdirSync(join(DATA_DIR, 'products'))) {
    if (f.endsWith('.json')) rewrite(join(DATA_DIR, 'products', f), Product);
  }
}

function main(): void {
  // `npm run dataset | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let args;
  try {
    args = parseArgs({
      options: {
        format: { type: 'string', default: 'json' },
        input: { type: 'string' },
        fix: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\nusage: dataset [--format json|csv] [--input dataset.json] [--fix]`);
  }
  if (args.fix) fixFiles();

  let raw: unknown = rawDataset;
  if (args.input !== undefined) {
    try {
      raw = JSON.parse(readFileSync(args.input, 'utf8'));
    } catch (e) {
      fail(`Cannot read ${args.input}: ${(e as Error).message}`);
    }
  }
  const ds = validate(raw);

  if (args.format === 'json') process.stdout.write(`${JSON.stringify(ds, null, 2)}\n`);
  else if (args.format === 'csv')
    process.stdout.write(`${Papa.unparse(indicationRows(ds), { columns: [...CSV_COLUMNS] })}\n`);
  else fail(`Unknown --format "${args.format}" (expected json or csv)`);
}

main();
