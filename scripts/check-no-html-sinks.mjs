#!/usr/bin/env node
// Plain-text guard (the CI twin of the eslint rules): page text must never become markup, so the
// HTML sinks may not appear at all in extension code, not even in comments that could be
// uncommented. Fails with file:line for each hit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['entrypoints', 'components', 'lib', 'utils'];
const SINKS =
  /\binnerHTML\b|\bouterHTML\s*=|\binsertAdjacentHTML\b|\bdangerouslySetInnerHTML\b|\bdocument\.write(ln)?\s*\(/;

function* files(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) yield path;
  }
}

const hits = [];
for (const root of ROOTS) {
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (SINKS.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
}
if (hits.length) {
  console.error('HTML sinks are not allowed in extension code (render page text as text):');
  for (const hit of hits) console.error('  ' + hit);
  process.exit(1);
}
console.log(`no HTML sinks in ${ROOTS.join(', ')}`);
