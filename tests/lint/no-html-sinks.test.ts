// The sink scan is a safety net for the "text, never HTML" rule; prove it actually fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';

const script = testPath('..', 'scripts', 'check-no-html-sinks.mjs');

function runIn(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sinks-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
}

describe('check-no-html-sinks', () => {
  it.each([
    ['components/A.tsx', '<div dangerouslySetInnerHTML={{ __html: x }} />'],
    ['lib/a.ts', 'el.innerHTML = text;'],
    ['utils/b.ts', 'el.outerHTML = text;'],
    ['entrypoints/c.ts', "el.insertAdjacentHTML('beforeend', t);"],
    ['lib/d.ts', 'document.write(t);'],
  ])('fails on %s', (file, line) => {
    const result = runIn({ [file]: line });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(file);
  });

  it('passes text-only DOM code', () => {
    const result = runIn({ 'lib/ok.ts': 'el.textContent = text; const m = document.createElement("mark");' });
    expect(result.status).toBe(0);
  });
});
