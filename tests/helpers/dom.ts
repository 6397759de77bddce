// Node-side DOM for tests: parse saved HTML into a Document with linkedom, the same library the
// CLI and the benchmark use, so lib/ runs unchanged outside the browser.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Absolute path under tests/ (fixture reads must not use new URL() under jsdom/happy-dom). */
export function testPath(...parts: string[]): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(testPath('fixtures', ...parts), 'utf8');
}

/** Fixed clock for reports: tests never depend on the real time. */
export const FIXED_NOW = '2026-11-21T12:00:00.000Z';
