#!/usr/bin/env node
// Content-script size budget: the scripts injected into a page the user checks, held to
// package.json "bundleBudget" (gzip bytes):
//   contentScriptGzipBytes           the analyzer (content-scripts/analyze.js), what an English page gets;
//   languageSnifferGzipBytes         the sniffer injected first (languages.js), which names the packs;
//   languagePackGzipBytes            each language pack (lang-<language>.js), injected when a page shows
//                                    signs of its language (issue 14);
//   contentScriptWithPacksGzipBytes  the most a page can get: sniffer + every pack + analyzer.
// Usage: node scripts/check-bundle-budget.mjs [--dir .output/chrome-mv3] [--file path/to/analyze.js] [--budget bytes]
// (--file and --budget check the analyzer alone against that budget.)
// Exit 0 within budget, 1 over budget, 2 when a file or a budget is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const shown = (file) => relative(process.cwd(), file) || file;

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const budgets = pkg.bundleBudget ?? {};
function budgetOf(key, override) {
  const value = Number(override ?? budgets[key]);
  if (!Number.isFinite(value) || value <= 0) fail(`no ${key}: set bundleBudget.${key} in package.json`, 2);
  return value;
}

const file = option('--file');
if (file !== undefined || option('--budget') !== undefined) {
  // The analyzer alone (the original interface of this script).
  const path = file ?? join(root, '.output', 'chrome-mv3', 'content-scripts', 'analyze.js');
  const budget = budgetOf('contentScriptGzipBytes', option('--budget'));
  if (!existsSync(path)) fail(`no content script at ${shown(path)}: run npm run build first`, 2);
  const gz = gzip(path);
  const line = `content script: ${kb(gz)} gzip of ${kb(budget)} budget (${kb(readFileSync(path).length)} raw)`;
  if (gz > budget) fail(`${line}: over budget by ${kb(gz - budget)}`, 1);
  console.log(line);
  process.exit(0);
}

const dir = option('--dir') ?? join(root, '.output', 'chrome-mv3');
const analyzer = join(dir, 'content-scripts', 'analyze.js');
const sniffer = join(dir, 'languages.js');
for (const path of [analyzer, sniffer])
  if (!existsSync(path)) fail(`no content script at ${shown(path)}: run npm run build first`, 2);
const packs = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => /^lang-[a-z]+\.js$/.test(f))
      .sort()
  : [];
if (packs.length === 0) fail(`no language packs (lang-*.js) in ${shown(dir)}: run npm run build first`, 2);

const rows = [];
let over = false;
function check(label, gz, budget) {
  const line = `${label.padEnd(34)} ${kb(gz).padStart(9)} gzip of ${kb(budget).padStart(9)}`;
  if (gz > budget) {
    over = true;
    rows.push(`${line}  OVER by ${kb(gz - budget)}`);
  } else rows.push(line);
}

const analyzerGz = gzip(analyzer);
const snifferGz = gzip(sniffer);
check('content script (analyzer)', analyzerGz, budgetOf('contentScriptGzipBytes'));
check('language sniffer (languages.js)', snifferGz, budgetOf('languageSnifferGzipBytes'));
let packsGz = 0;
for (const pack of packs) {
  const gz = gzip(join(dir, pack));
  packsGz += gz;
  check(`language pack ${pack}`, gz, budgetOf('languagePackGzipBytes'));
}
check(
  `sniffer + analyzer + ${packs.length} packs`,
  snifferGz + analyzerGz + packsGz,
  budgetOf('contentScriptWithPacksGzipBytes'),
);
console.log(rows.join('\n'));
if (over) fail('over budget', 1);
