// The build patch that keeps innerHTML out of the shipped bundles must apply exactly, or fail loudly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../scripts/no-html-sinks-plugin';
import { testPath } from '../helpers/dom';

describe('no-html-sinks build patch', () => {
  it('removes every innerHTML assignment from Readability and React DOM', () => {
    for (const id of [
      '@mozilla/readability/Readability.js',
      'react-dom/cjs/react-dom-client.production.js',
    ]) {
      const path = testPath('..', 'node_modules', id);
      const patched = applyPatches(readFileSync(path, 'utf8'), path);
      expect(patched).not.toBeNull();
      // A constant string (React's <script> shim) is harmless; a variable is a sink.
      expect(patched).not.toMatch(/\.innerHTML\s*=\s*[A-Za-z_$]/);
    }
  });

  it('leaves other modules alone', () => {
    expect(applyPatches('el.innerHTML = x', '/src/lib/other.js')).toBeNull();
  });

  it('fails the build when a dependency upgrade moves the code it patches', () => {
    expect(() =>
      applyPatches('nothing to patch here', '/node_modules/@mozilla/readability/Readability.js'),
    ).toThrow(/expected 1×/);
  });
});
