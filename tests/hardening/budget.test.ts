// The bundle-budget script, run as CI runs it, against fake bundles in a temp dir.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';

const SCRIPT = testPath('..', 'scripts', 'check-bundle-budget.mjs');
const dir = mkdtempSync(join(tmpdir(), 'therapylens-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const out = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { code: out.status, text: `${out.stdout}${out.stderr}` };
}

function bundle(name: string, content: Buffer | string): { path: string; gzip: number } {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, gzip: gzipSync(content, { level: 9 }).length };
}

describe('check-bundle-budget', () => {
  // Random bytes barely compress, so the gzip size is close to the raw size and easy to straddle.
  const big = bundle('big.js', randomBytes(20_000));

  it('passes and reports the size when the gzip size is within budget', () => {
    const r = run('--file', big.path, '--budget', String(big.gzip));
    expect(r.code).toBe(0);
    expect(r.text).toContain(
      `content script: ${(big.gzip / 1024).toFixed(1)} KB gzip of ${(big.gzip / 1024).toFixed(1)} KB budget`,
    );
  });

  it('fails with exit 1 one byte over budget', () => {
    const r = run('--file', big.path, `--budget=${big.gzip - 1}`);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/over budget/);
  });

  it('measures gzip, not raw size: a large but repetitive bundle fits a small budget', () => {
    const repetitive = bundle('repetitive.js', 'console.log("TherapyLens");\n'.repeat(20_000));
    expect(repetitive.gzip).toBeLessThan(4096);
    expect(run('--file', repetitive.path, '--budget', '4096').code).toBe(0);
  });

  it('tells the user to build first when the bundle is missing', () => {
    const r = run('--file', join(dir, 'missing.js'), '--budget', '1000');
    expect(r.code).not.toBe(0);
    expect(r.text).toContain('run npm run build first');
  });

  it('reads the budget from package.json by default', () => {
    const pkg = JSON.parse(readFileSync(testPath('..', 'package.json'), 'utf8')) as {
      bundleBudget: { contentScriptGzipBytes: number };
    };
    const budget = pkg.bundleBudget.contentScriptGzipBytes;
    const r = run('--file', big.path);
    expect(r.code).toBe(big.gzip <= budget ? 0 : 1);
    expect(r.text).toContain(`of ${(budget / 1024).toFixed(1)} KB budget`);
  });

  it('checks a build: the analyzer, the sniffer, each language pack, and all of them together', () => {
    const build = join(dir, 'build');
    mkdirSync(join(build, 'content-scripts'), { recursive: true });
    writeFileSync(join(build, 'content-scripts', 'analyze.js'), 'console.log("analyzer");\n'.repeat(1000));
    writeFileSync(join(build, 'languages.js'), 'console.log("sniffer");');
    writeFileSync(join(build, 'lang-ja.js'), 'console.log("ja");');
    writeFileSync(join(build, 'lang-zh.js'), 'console.log("zh");');
    const ok = run('--dir', build);
    expect(ok.code).toBe(0);
    expect(ok.text).toContain('language pack lang-ja.js');
    expect(ok.text).toContain('sniffer + analyzer + 2 packs');
    // One pack over its own budget fails the check.
    writeFileSync(join(build, 'lang-zh.js'), randomBytes(8_000));
    const over = run('--dir', build);
    expect(over.code).toBe(1);
    expect(over.text).toMatch(/lang-zh\.js.*OVER/);
  });
});
