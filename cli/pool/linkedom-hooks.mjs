// Module hook of the analysis workers: loads ./linkedom-event-target.mjs in place of linkedom's
// interface/event-target.js (why: see that file). Only for the linkedom version that file copies;
// any other version is loaded as it is, so an upgrade can never run a stale copy (the pool test
// then fails, as a reminder to compare the new version's file and update the copy).
import { readFileSync } from 'node:fs';

const TARGET = '/node_modules/linkedom/esm/interface/event-target.js';
const COPIED = '0.18.14';
const SUBSTITUTE = new URL('./linkedom-event-target.mjs', import.meta.url).href;

let matches;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.endsWith(TARGET)) return resolved;
  if (matches === undefined) {
    const pkg = new URL('../../package.json', resolved.url);
    try {
      matches = JSON.parse(readFileSync(pkg, 'utf8')).version === COPIED;
    } catch {
      matches = false;
    }
  }
  return matches ? { ...resolved, url: SUBSTITUTE } : resolved;
}
