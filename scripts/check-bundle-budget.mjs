#!/usr/bin/env node
// Content-script size budget: the script is injected into every page the user checks, so its
// gzip size is held to package.json "bundleBudget.contentScriptGzipBytes".
// Usage: node scripts/check-bundle-budget.mjs [--file path/to/analyze.js] [--budget bytes]
// Exit 0 within budget, 1 over budget, 2 when the bundle or the budget is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function fail(message, code) {
  console.error(message);
  process.exit(code);
}

const file = option('--file') ?? join(root, '.output', 'chrome-mv3', 'content-scripts', 'analyze.js');
let budget = option('--budget');
if (budget === undefined) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  budget = pkg.bundleBudget?.contentScriptGzipBytes;
}
budget = Number(budget);
if (!Number.isFinite(budget) || budget <= 0)
  fail('no content-script budget: set bundleBudget.contentScriptGzipBytes in package.json', 2);
if (!existsSync(file))
  fail(`no content script at ${relative(process.cwd(), file) || file}: run npm run build first`, 2);

const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = `content script: ${kb(gz)} gzip of ${kb(budget)} budget (${kb(raw.length)} raw)`;
if (gz > budget) fail(`${line}: over budget by ${kb(gz - budget)}`, 1);
console.log(line);
