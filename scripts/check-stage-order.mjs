#!/usr/bin/env node
// The engine's stages run extract → normalize → match → claims → verify → report, and no stage may
// import a later one (a rule that reached into verify once made claims depend on verdict code).
// lib/ is also pure: no extension APIs, React, UI or CLI code. The stages after match read its
// output and never run the matcher again, and no module keeps a cache of its own keyed on objects
// (the dataset, its entries, a page's blocks): what derives from the dataset is built once per
// analysis by indexDataset and passed down; what derives from a page lives in that analysis.
// Run by `npm run lint`.
// Usage: node scripts/check-stage-order.mjs [root]   (exit 1 on a violation, listing each)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const lib = join(root, 'lib');

/** Pipeline stages in order; a module may import its own stage or an earlier one. */
const STAGES = ['extract', 'normalize', 'match', 'claims', 'verify', 'report'];
/** Files at the top of lib/ that assemble the pipeline (and the dataset index it passes down): the report stage. */
const REPORT_FILES = new Set(['analyze.ts', 'report.ts', 'index-dataset.ts']);
/** Shared by every stage (types, the dataset, zod): they import no stage. */
const FOUNDATIONS = new Set([
  'dataset',
  'schema.ts',
  'zod.ts',
  'disclaimer.ts',
  'report-version.ts',
  'explanation-types.ts',
]);
/**
 * Claim frames (lib/claims/rules/<rule>.frame.ts beside each rule, lib/claims/fields.frame.ts, and
 * the rules/frames.ts registry) are foundations inside the claims stage: zod schemas of what a rule
 * reads, filled by the claims stage and validated by the report contract (schema.ts), which may
 * import no stage. Being foundations, they may import only zod, the dataset schema and each other.
 */
const FRAME_FILE = /(?:\.frame|^frames)\.ts$/;
/** Packages lib/ must never import: it runs unchanged in the content script, Node and the UI. */
const FORBIDDEN_PACKAGES = [
  /^react(?:-dom)?(?:\/|$)/,
  /^webextension-polyfill$/,
  /^wxt(?:\/|$)/,
  /^#imports$/,
];
/** Folders outside lib/ that lib/ must not reach. */
const OUTSIDE = ['entrypoints', 'components', 'cli', 'utils', 'bench', 'tests'];

/** Where a lib/ file sits: a stage index, 'foundation', or 'other' (collection, highlight, pdf…). */
function placeOf(file) {
  const parts = relative(lib, file).split(sep);
  const top = parts[0];
  if (top === 'claims' && FRAME_FILE.test(parts[parts.length - 1])) return 'foundation';
  if (parts.length === 1) {
    if (REPORT_FILES.has(top)) return STAGES.indexOf('report');
    return FOUNDATIONS.has(top) ? 'foundation' : 'other';
  }
  if (FOUNDATIONS.has(top)) return 'foundation';
  const stage = STAGES.indexOf(top);
  return stage >= 0 ? stage : 'other';
}

function listTs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTs(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The matcher's and normalizer's entry points: only the pipeline's assembly calls them after match. */
const MATCHER = new Set(['matchBlock', 'matchBlocks', 'buildLexicon', 'prepareBlock', 'prepareBlocks']);
const NAMED_IMPORT = /(?:^|\n)\s*import\s+(?!type\b)\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
/**
 * A cache declared at the top of a module (Prettier keeps those at column 0): any WeakMap or
 * WeakSet, or a Map or Set created empty (to be filled later) whose key type, written as a type
 * argument or an annotation, is not a string or a number. Memos of pure functions over strings (a
 * regular expression per word) and constant tables built from literals stay allowed.
 */
const MODULE_CACHE =
  /^(?:export\s+)?(?:const|let|var)\s+(\w+)\s*(?::\s*(?:Readonly)?(Weak)?(?:Map|Set)<\s*([^,>]+))?[^=\n]*=\s*new\s+(Weak)?(?:Map|Set)\b\s*(?:<\s*([^,>(]+)[^(]*)?\((\s*\))?/gm;
const PLAIN_KEY = /^(?:string|number)$/;

function cacheProblems(text) {
  const out = [];
  for (const m of text.matchAll(MODULE_CACHE)) {
    const [, name, weakType, typeKey, weakNew, argKey, empty] = m;
    const key = (argKey ?? typeKey ?? '').trim();
    if (weakType || weakNew || (empty && key !== '' && !PLAIN_KEY.test(key))) out.push(name);
  }
  return out;
}

export function violations(files) {
  const problems = [];
  for (const file of files) {
    const from = placeOf(file);
    const text = readFileSync(file, 'utf8');
    for (const name of cacheProblems(text))
      problems.push(
        `${relative(root, file)} keeps '${name}', a module-level cache keyed on objects: derive it in indexDataset (lib/index-dataset.ts) or keep it in the analysis`,
      );
    if (typeof from === 'number' && from > STAGES.indexOf('match') && from < STAGES.indexOf('report')) {
      for (const m of text.matchAll(NAMED_IMPORT)) {
        const names = m[1].split(',').map((n) => n.trim().split(/\s+as\s+/)[0]);
        for (const name of names.filter((n) => MATCHER.has(n)))
          problems.push(
            `${relative(root, file)} imports '${name}' from '${m[2]}': ${STAGES[from]} reads the match stage's output (MatchResult), never runs the matcher`,
          );
      }
    }
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      const where = `${relative(root, file)} imports '${spec}'`;
      if (!spec.startsWith('.')) {
        if (FORBIDDEN_PACKAGES.some((re) => re.test(spec)))
          problems.push(`${where}: lib/ stays free of UI and extension APIs`);
        continue;
      }
      const target = resolve(dirname(file), spec);
      const rel = relative(root, target).split(sep);
      if (OUTSIDE.includes(rel[0])) {
        problems.push(`${where}: lib/ may not import ${rel[0]}/`);
        continue;
      }
      if (rel[0] !== 'lib') continue; // data/ and the like
      const candidates = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts'), target];
      const resolved = candidates.find((c) => {
        try {
          return statSync(c).isFile();
        } catch {
          return false;
        }
      });
      if (!resolved) continue;
      const to = placeOf(resolved);
      if (from === 'foundation' && to !== 'foundation')
        problems.push(`${where}: a foundation (dataset, schema, zod) imports no stage`);
      else if (typeof from === 'number' && to === 'other')
        problems.push(`${where}: pipeline stages do not import modules outside the pipeline`);
      else if (typeof from === 'number' && typeof to === 'number' && to > from)
        problems.push(`${where}: ${STAGES[from]} may not import the later stage ${STAGES[to]}`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = violations(listTs(lib));
  if (problems.length > 0) {
    console.error(`Stage order: ${problems.length} violation(s)\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('Stage order: lib/ imports only its own or earlier stages and keeps no module-level caches.');
}
