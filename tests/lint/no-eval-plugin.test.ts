// The build patch that keeps code generation and run-time code loading out of the shipped pdf.js:
// applied to the installed pdf.js sources, nothing of the kind is left; a mismatch fails the build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { applyNoEvalPatches } from '../../scripts/no-eval-plugin';

const require = createRequire(import.meta.url);
const source = (file: string): { id: string; code: string } => {
  const id = require.resolve(`pdfjs-dist/build/${file}`);
  return { id, code: readFileSync(id, 'utf8') };
};

describe('no-eval build patch for pdf.js', () => {
  it.each(['pdf.mjs', 'pdf.worker.mjs'])('%s: no new Function and no import() of a run-time URL', (file) => {
    const { id, code } = source(file);
    expect(code).toMatch(/new Function\(/);
    const patched = applyNoEvalPatches(code, id)!;
    expect(patched).not.toMatch(/new Function\(/);
    // Every import() left takes a string literal (none in these builds).
    expect(patched.match(/\bimport\(\s*(\/\*[^*]*\*\/\s*)*[^\s"'`/]/g) ?? []).toEqual([]);
  });

  it('fails loudly when pdf.js changes under it, and leaves other modules and Vite stubs alone', () => {
    const { id } = source('pdf.mjs');
    expect(() => applyNoEvalPatches('export const x = 1;', id)).toThrow(/no-eval: expected 1×/);
    expect(applyNoEvalPatches('new Function("");', '/x/node_modules/other/index.js')).toBeNull();
    expect(
      applyNoEvalPatches('export default "/w.js";', `${id.replace('pdf.mjs', 'pdf.worker.mjs')}?worker&url`),
    ).toBeNull();
  });
});
